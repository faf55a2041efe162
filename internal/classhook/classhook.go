// Package classhook lets package variant carry the engine's objects without importing the class
// API (package godot, a layer above it): godot installs these hooks when it is linked in. Nothing
// here is for plugins.
package classhook

import "reflect"

var (
	// ClassOf returns the engine class name of a Go class type (godot.Node2D, or a Go class that
	// embeds one), or ok == false for any other type.
	ClassOf func(t reflect.Type) (class string, ok bool)
	// ObjectOf returns the engine object a value of a class type refers to (0 for a null one), or
	// ok == false when x is not of a class type. It panics when the object was freed.
	ObjectOf func(x any) (ptr uintptr, ok bool)
	// Wrap makes a value of the class type t for the engine object ptr (0: the zero value). It
	// takes a reference of its own when the object is RefCounted; it fails when the object is not
	// of t's class.
	Wrap func(t reflect.Type, ptr uintptr) (reflect.Value, error)
)
