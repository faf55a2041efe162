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

// splitTag splits at commas that start a new option (a word followed by = or the end): the values
// of range, enum, flags and file hold commas of their own.
func splitTag(s string) []string {
	var out []string
	cur := ""
	for i, part := range strings.Split(s, ",") {
		if i == 0 {
			cur = part
			// the name may hold a signal's argument list with commas
			if strings.Contains(cur, "(") && !strings.Contains(cur, ")") {
				continue
			}
			out = append(out, cur)
			cur = ""
			continue
		}
		if cur != "" && strings.Contains(cur, "(") && !strings.Contains(cur, ")") {
			cur += "," + part
			if strings.Contains(part, ")") {
				out = append(out, cur)
				cur = ""
			}
			continue
		}
		if isOptionStart(part) || len(out) == 0 {
			out = append(out, part)
		} else {
			out[len(out)-1] += "," + part
		}
	}
	if cur != "" {
		out = append(out, cur)
	}
	if len(out) == 0 {
		out = []string{""}
	}
	return out
}

var tagOptions = map[string]bool{"range": true, "enum": true, "flags": true, "file": true, "dir": true,
	"multiline": true, "nodepath": true, "placeholder": true, "group": true, "subgroup": true, "noeditor": true,
	"nostorage": true, "readonly": true, "or_greater": true, "or_less": true}

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
