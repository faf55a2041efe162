package gdi

import (
	"reflect"
	"strings"
	"testing"
)

// layoutType is one entry of the generated layoutTypes table (zlayout_test.go): a type of
// gdextension_interface.json with the size and alignment of its Go form, and for a struct its
// members.
type layoutType struct {
	c      string // C (typedef) name, as in the JSON and the header
	kind   string // JSON kind: enum, handle, alias, struct, function
	goName string
	typ    reflect.Type // the Go type
	size   uintptr
	align  uintptr
	fields []layoutField
}

// layoutField is one member of a struct in layoutTypes.
type layoutField struct {
	c      string // C member name
	cType  string // C type, as in the JSON
	goName string
	offset uintptr
	size   uintptr
}

// TestLayoutTableComplete checks that the generated layout table covers every type of the pinned
// gdextension_interface.json and every member of every struct: the struct layout test writes its C
// program from the same table, so a short table would make it check less without failing.
func TestLayoutTableComplete(t *testing.T) {
	api := loadInterfaceJSON(t)
	if len(layoutTypes) != len(api.Types) {
		t.Errorf("layoutTypes has %d types, the JSON %d: run go run ./cmd/gdgen", len(layoutTypes), len(api.Types))
	}
	for i, jt := range api.Types {
		if i >= len(layoutTypes) {
			break
		}
		lt := layoutTypes[i]
		if lt.c != jt.Name || lt.kind != jt.Kind {
			t.Errorf("layoutTypes[%d] is %s (%s), the JSON has %s (%s)", i, lt.c, lt.kind, jt.Name, jt.Kind)
			continue
		}
		if jt.Kind != "struct" {
			continue
		}
		var want, got []string
		for _, m := range jt.Members {
			want = append(want, m.Name)
		}
		for _, f := range lt.fields {
			got = append(got, f.c)
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("layoutTypes entry %s has members\n\t%v\nthe JSON\n\t%v", lt.c, got, want)
		}
	}
}
