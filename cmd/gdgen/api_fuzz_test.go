package main

import (
	"fmt"
	"runtime/debug"
	"testing"
)

// FuzzAPI feeds any bytes to gdgen as extension_api.json and runs every generator over what
// parses. Malformed input must be an error, never a panic. go test runs the seeds (and
// testdata/fuzz); go test -fuzz=FuzzAPI ./cmd/gdgen searches.
func FuzzAPI(f *testing.F) {
	for _, seed := range []string{
		``, `{}`, `null`, `[]`, `{"builtin_classes": []}`,
		`{"builtin_classes": [{"name": "int"}]}`,
		`{"builtin_classes": [{"name": ""}], "classes": [{"name": ""}]}`,
		`{"builtin_classes": [{"name": "Vector2", "methods": [{"name": "", "return_type": "", "arguments": [{"name": "", "type": ""}]}]}]}`,
		`{"builtin_classes": [{"name": "int"}], "classes": [{"name": "Node", "inherits": "Missing", "methods": [{"name": "f", "return_value": {"type": "enum::"}, "arguments": [{"name": "x", "type": "typedarray::"}]}]}]}`,
		`{"builtin_classes": [{"name": "int"}], "classes": [{"name": "A", "inherits": "A"}]}`,
		`{"builtin_classes": [{"name": "int"}], "utility_functions": [{"name": "", "return_type": "bitfield::", "arguments": [{"type": "const void*"}]}]}`,
		`{"builtin_classes": [{"name": "int", "constants": [{"name": "", "type": "Vector2", "value": "Vector2("}]}]}`,
		`{"builtin_classes": [{"name": "int"}], "global_enums": [{"name": "", "values": [{"name": ""}]}]}`,
		`{"builtin_classes": [{"name": "int"}], "classes": [{"name": "B", "methods": [{"name": "_v", "is_virtual": true, "arguments": [{"name": "a", "type": "typeddictionary::;"}]}]}]}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		api, err := parseAPI(data)
		if err != nil {
			return
		}
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("gdgen panicked on %q: %v", data, r)
			}
		}()
		gens := []func() error{
			func() error { _, err := genBuiltinHashes(api); return err },
			func() error { _, err := genUtilities(api); return err },
			func() error { _, err := genBuiltinConstants(api); return err },
			func() error { _, err := genVariantTypes(api); return err },
			func() error { _, err := genClasses(api); return err },
			func() error { _, err := genBuiltinMethods(api, "../../variant"); return err },
			func() error { genBuiltinConstantList(api); return nil },
		}
		for i, g := range gens {
			func() {
				defer func() {
					if r := recover(); r != nil {
						panic(fmt.Sprintf("generator %d: %v\n%s", i, r, debug.Stack()))
					}
				}()
				_ = g()
			}()
		}
	})
}
