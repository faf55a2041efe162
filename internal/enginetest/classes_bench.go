package main

import (
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/godottest"
)

// benchSink keeps the benchmarks' results from being optimised away.
//
//lint:ignore U1000 written only, by design
var benchSink int

func init() {
	// A typed engine method call through the class API: freed check, frame, lazy bind, ptrcall.
	godottest.Bench("Classes/NodeGetChildCount", func(b *godottest.B) {
		n := godot.NewNode()
		defer n.AsObject().Free()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			benchSink += n.ChildCount()
		}
	})
	// The freed-object check alone: a Go-side load of the binding's flag (the same check every
	// method makes before its engine call).
	godottest.Bench("Classes/FreedCheck", func(b *godottest.B) {
		n := godot.NewNode()
		defer n.AsObject().Free()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if n.IsAlive() {
				benchSink++
			}
		}
	})
	// Wrapping an object the engine returns (its binding exists): one engine call for the
	// binding, a table lookup.
	godottest.Bench("Classes/GetParentWrap", func(b *godottest.B) {
		p := godot.NewNode()
		defer p.AsObject().Free()
		c := godot.NewNode()
		p.AddChild(c)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if !c.Parent().IsNull() {
				benchSink++
			}
		}
	})
}
