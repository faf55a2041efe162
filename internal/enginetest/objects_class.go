package main

import (
	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/gdextension"
	"github.com/gdpure/gdpure/godot"
)

// GoObjects passes engine objects in and out of Go methods (test_objects.gd), as GDScript class GoObjectParams.
type GoObjects struct{}

// Parent returns the parent of n.
func (*GoObjects) Parent(n godot.Node) godot.Node { return n.GetParent() }

// MakeNode returns a new Node2D (the caller frees it).
func (*GoObjects) MakeNode() godot.Node2D {
	n := godot.NewNode2D()
	n.AsNode().SetName("MadeInGo")
	return n
}

// MakeResource returns a new Resource: RefCounted, so the caller's reference keeps it.
func (*GoObjects) MakeResource() godot.Resource {
	r := godot.NewResource()
	r.SetName("from go")
	return r
}

// ClassOf returns the class of any object.
func (*GoObjects) ClassOf(o godot.Object) string { return o.GetClass() }

// Settle collects Go garbage, so references Go dropped are released.
func (*GoObjects) Settle() { gdextension.CollectGarbage(); gdextension.CollectGarbage() }

func init() {
	classdb.Register[GoObjects]("GoObjectParams", "RefCounted").
		Method("parent", (*GoObjects).Parent).
		Method("make_node", (*GoObjects).MakeNode).
		Method("make_resource", (*GoObjects).MakeResource).
		Method("class_of", (*GoObjects).ClassOf).
		Method("settle", (*GoObjects).Settle)
}
