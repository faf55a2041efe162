package classdb

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/gdpure/gdpure/godot"
)

// The gd struct tag of a field: `gd:"name,option,option=value,…"`, every part optional.
//
//	gd:"-"                 not a property
//	gd:"speed"             the engine name (default: the field's name in snake_case)
//	gd:",range=0,100,0.5"  a number in a range (min, max[, step]); also "or_greater", "or_less"
//	gd:",enum=Idle,Run"    an int chosen from names (values 0, 1, …; "Name:3" sets a value)
//	gd:",flags=Fire,Ice"   an int of bit flags
//	gd:",file=*.png,*.jpg" a string holding a file path (with filters)
//	gd:",dir"              a string holding a directory path
//	gd:",multiline"        a string edited in a multi-line box
//	gd:",nodepath=Node2D"  a string holding a node path (to a node of the class)
//	gd:",placeholder=…"    a string's placeholder text
//	gd:",group=Stats"      starts a group of properties in the inspector (this field and the next)
//	gd:",subgroup=Speed"   starts a subgroup
//	gd:",noeditor"         stored (in scenes and resources), not shown in the inspector
//	gd:",nostorage"        shown in the inspector, not stored
//	gd:",readonly"         shown read-only in the inspector
//	gd:"hit(damage,by)"    on a Signal field: the signal's name and argument names
type fieldTag struct {
	skip            bool
	name            string
	args            []string
	group, subgroup string
	opts            [][2]string
}

func parseTag(f reflect.StructField) (fieldTag, error) {
	raw, ok := f.Tag.Lookup("gd")
	if !ok {
		return fieldTag{}, nil
	}
	if raw == "-" {
		return fieldTag{skip: true}, nil
	}
	var t fieldTag
	parts := splitTag(raw)
	t.name = parts[0]
	if i := strings.Index(t.name, "("); i >= 0 && strings.HasSuffix(t.name, ")") {
		for _, a := range strings.Split(t.name[i+1:len(t.name)-1], ",") {
			if a = strings.TrimSpace(a); a != "" {
				t.args = append(t.args, a)
			}
		}
		t.name = t.name[:i]
		for _, a := range t.args {
			if strings.ContainsAny(a, "()") {
				return fieldTag{}, fmt.Errorf("gd tag %q: the signal argument %q is not a name", raw, a)
			}
		}
	}
	if strings.ContainsAny(t.name, "(),") {
		return fieldTag{}, fmt.Errorf("gd tag %q: %q is not a name (a signal's arguments go in one pair of parentheses at its end: \"hit(damage,by)\")", raw, t.name)
	}
	for _, p := range parts[1:] {
		k, v, _ := strings.Cut(p, "=")
		switch k {
		case "group":
			t.group = v
		case "subgroup":
			t.subgroup = v
		default:
			t.opts = append(t.opts, [2]string{k, v})
		}
	}
	return t, nil
}

// splitTag splits at commas that start a new part: the name (which may hold a signal's argument
// list, with commas), then options. The values of range, enum, flags, file and placeholder hold
// commas of their own, so a part that is not an option continues such a value; any other part is
// an option of its own (an unknown one is an error when applied). Linear in the tag's length.
func splitTag(s string) []string {
	type segment struct {
		start, end   int
		list         bool // an option whose value may hold commas
		open, closed bool // the name has "(" / ")"
	}
	var segs []segment
	pos := 0
	for i, part := range strings.Split(s, ",") {
		start, end := pos, pos+len(part)
		pos = end + 1
		if i > 0 {
			last := &segs[len(segs)-1]
			if len(segs) == 1 && last.open && !last.closed { // inside the signal's argument list
				last.end, last.closed = end, strings.Contains(part, ")")
				continue
			}
			if len(segs) > 1 && last.list && !isOptionStart(part) {
				last.end = end
				continue
			}
		}
		segs = append(segs, segment{start: start, end: end, list: i > 0 && takesList(part),
			open: strings.Contains(part, "("), closed: strings.Contains(part, ")")})
	}
	out := make([]string, len(segs))
	for i, g := range segs {
		out[i] = s[g.start:g.end]
	}
	return out
}

var tagOptions = map[string]bool{"range": true, "enum": true, "flags": true, "file": true, "dir": true,
	"multiline": true, "nodepath": true, "placeholder": true, "group": true, "subgroup": true, "noeditor": true,
	"nostorage": true, "readonly": true, "or_greater": true, "or_less": true}

// takesList reports whether an option's value may hold commas ("range=0,100,0.5").
func takesList(option string) bool {
	k, _, hasValue := strings.Cut(option, "=")
	return hasValue && (k == "range" || k == "enum" || k == "flags" || k == "file" || k == "placeholder")
}

func isOptionStart(part string) bool {
	k, _, _ := strings.Cut(part, "=")
	return tagOptions[k]
}

// apply sets the property's name, hint and usage from the tag.
func (t fieldTag) apply(p *propInfo, f reflect.StructField) error {
	if t.name != "" {
		p.name = t.name
	}
	kind := f.Type.Kind()
	isNumber := kind >= reflect.Int && kind <= reflect.Float64
	for _, o := range t.opts {
		k, v := o[0], o[1]
		switch k {
		case "range", "or_greater", "or_less":
			if !isNumber {
				return fmt.Errorf("%s needs a number field", k)
			}
			if k == "range" {
				p.hint, p.hintString = godot.PropertyHintRange, v
			} else {
				p.hintString += "," + k
			}
		case "enum", "flags":
			if kind < reflect.Int || kind > reflect.Uint64 {
				return fmt.Errorf("%s needs an integer field", k)
			}
			p.hint, p.hintString = godot.PropertyHintEnum, v
			if k == "flags" {
				p.hint = godot.PropertyHintFlags
			}
		case "file", "dir", "multiline", "nodepath", "placeholder":
			if kind != reflect.String {
				return fmt.Errorf("%s needs a string field", k)
			}
			switch k {
			case "file":
				p.hint, p.hintString = godot.PropertyHintFile, v
			case "dir":
				p.hint = godot.PropertyHintDir
			case "multiline":
				p.hint = godot.PropertyHintMultilineText
			case "placeholder":
				p.hint, p.hintString = godot.PropertyHintPlaceholderText, v
			case "nodepath":
				p.hint, p.hintString = godot.PropertyHintNodePathValidTypes, v
			}
		case "noeditor":
			p.usage &^= godot.PropertyUsageEditor
		case "nostorage":
			p.usage &^= godot.PropertyUsageStorage
		case "readonly":
			p.usage |= godot.PropertyUsageReadOnly
		default:
			return fmt.Errorf("unknown gd tag option %q", k)
		}
	}
	return nil
}
