package main

import (
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/variant"
)

// GDScript calling Go, against GDScript calling GDScript: the loops run inside the engine
// (project/bench/calls.gd), n calls per benchmark iteration count.
func init() {
	for _, c := range []struct{ name, script, loop string }{
		{"Calls/GDScriptLoop/empty", "calls", "loop_empty"},
		{"Calls/GDScriptLoop/GDScriptFunc", "calls", "loop_gdscript"},
		{"Calls/GDScriptLoop/GoTyped", "calls", "loop_go_typed"},
		{"Calls/GDScriptLoop/GoUntyped", "calls", "loop_go_untyped"},
		{"Calls/GDScriptLoop/CTyped", "calls_c", "loop_c_typed"},
		{"Calls/GDScriptLoop/CUntyped", "calls_c", "loop_c_untyped"},
	} {
		godottest.Bench(c.name, func(b *godottest.B) {
			obj := newScriptObject(b, "res://bench/"+c.script+".gd")
			b.ResetTimer()
			r, err := obj.Call(c.loop, b.N)
			b.StopTimer()
			if err != nil {
				b.Fatal(err)
			}
			if n, _ := r.Int(); n != int64(b.N) {
				b.Fatalf("%s returned %d, want %d", c.loop, n, b.N)
			}
		})
	}
}

// newScriptObject makes an instance of the GDScript at path.
func newScriptObject(b *godottest.B, path string) variant.Variant {
	s, err := godot.As[godot.GDScript](godot.ResourceLoader.Load(path))
	if err != nil {
		b.Fatal(err)
	}
	obj, err := s.New()
	if err != nil {
		b.Fatal(err)
	}
	return obj
}
