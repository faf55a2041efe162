package classdb

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// FuzzGDTag feeds any text to the gd struct tag parser, as the tag of an int, a string and a
// float64 field. It must never panic; a tag it accepts gives a name and signal arguments that are
// names (no parentheses or commas left over, no blank argument), and options it knows, each
// applied only to a field of its kind. go test runs the seeds (testdata/fuzz holds found inputs);
// go test -fuzz=FuzzGDTag ./classdb searches.
func FuzzGDTag(f *testing.F) {
	for _, seed := range []string{
		"", "-", "speed", ",range=0,100,0.5", ",range=0,100,or_greater", ",enum=Idle,Run:3",
		",flags=Fire,Ice", ",file=*.png,*.jpg", ",dir", ",multiline", ",nodepath=Node2D",
		",placeholder=name, please", ",group=Stats", ",subgroup=Speed", ",noeditor,nostorage,readonly",
		"hit(damage,by)", "hit( damage , by )", "hit(damage", "hit(a,b", "hit)", "(x)", "a(b)c",
		"x,,range=1", ",unknown=1", "name,range", "é\xff\x00", strings.Repeat("a,", 1000),
	} {
		f.Add(seed)
	}
	fields := []reflect.Type{reflect.TypeFor[int](), reflect.TypeFor[string](), reflect.TypeFor[float64]()}
	f.Fuzz(func(t *testing.T, raw string) {
		for _, ft := range fields {
			field := reflect.StructField{Name: "Field", Type: ft, Tag: reflect.StructTag(`gd:` + strconv.Quote(raw))}
			tag, err := parseTag(field)
			if err != nil {
				continue
			}
			if tag.skip {
				if raw != "-" {
					t.Fatalf("%q: skipped", raw)
				}
				continue
			}
			if strings.ContainsAny(tag.name, "(),") {
				t.Fatalf("%q: accepted with the name %q", raw, tag.name)
			}
			for _, a := range tag.args {
				if a == "" || a != strings.TrimSpace(a) || strings.ContainsAny(a, "(),") {
					t.Fatalf("%q: accepted with the signal argument %q", raw, a)
				}
			}
			p := &propInfo{name: "field"}
			if err := tag.apply(p, field); err != nil {
				continue
			}
			for _, o := range tag.opts {
				if !tagOptions[o[0]] {
					t.Fatalf("%q: applied the unknown option %q", raw, o[0])
				}
			}
			if tag.name != "" && p.name != tag.name {
				t.Fatalf("%q: the property is named %q, the tag says %q", raw, p.name, tag.name)
			}
		}
	})
}
