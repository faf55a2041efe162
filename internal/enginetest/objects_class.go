package main

import (
	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/internal/engine"
)

// GoObjectParams passes engine objects in and out of Go methods (test_objects.gd), as GDScript class GoObjectParams.
type GoObjectParams struct{ godot.RefCounted }

// Parent returns the parent of n.
func (*GoObjectParams) Parent(n godot.Node) godot.Node { return n.Parent() }

// MakeNode returns a new Node2D (the caller frees it).
func (*GoObjectParams) MakeNode() godot.Node2D {
	n := godot.NewNode2D()
	n.AsNode().SetName("MadeInGo")
	return n
}

// MakeResource returns a new Resource: RefCounted, so the caller's reference keeps it.
func (*GoObjectParams) MakeResource() godot.Resource {
	r := godot.NewResource()
	r.SetName("from go")
	return r
}

// ClassOf returns the class of any object.
func (*GoObjectParams) ClassOf(o godot.Object) string { return o.Class() }

// Settle collects Go garbage, so references Go dropped are released.
func (*GoObjectParams) Settle() { engine.CollectGarbage(); engine.CollectGarbage() }

func init() {
	classdb.Register[GoObjectParams]()
}
