// Package classhook lets package variant carry the engine's objects without importing the class
// API (package godot, a layer above it): godot installs its Classes when it is linked in. Nothing
// here is for plugins.
package classhook

import (
	"reflect"
	"sync/atomic"
	"unsafe"
)

// Classes is what package godot gives the layers around it. Package godot installs its
// implementation once, from its init (Set). The package functions below call it; before godot's
// init (or in a program without package godot) Installed is false and they must not be called.
type Classes interface {
	// ClassOf returns the engine class name of a Go class type (godot.Node2D, or a Go class that
	// embeds one), or ok == false for any other type.
	ClassOf(t reflect.Type) (class string, ok bool)
	// ObjectOf returns the engine object a value of a class type refers to (0 for a null one), or
	// ok == false when x is not of a class type. It panics when the object was freed.
	ObjectOf(x any) (ptr uintptr, ok bool)
	// Wrap makes a value of the class type t for the engine object ptr (0: the zero value). It
	// takes a reference of its own when the object is RefCounted; it fails when the object is not
	// of t's class.
	Wrap(t reflect.Type, ptr uintptr) (reflect.Value, error)
	// VirtualsOf returns the virtual methods declared by the engine class named class (not those
	// of its ancestors).
	VirtualsOf(class string) []Virtual
	// BindObject makes the class value at dst (a godot class type's memory, one handle pointer)
	// refer to the engine object ptr, a new instance of the Go class named class (refCounted: a
	// RefCounted one): a Go class's embedded engine class is its own object. The handle holds no
	// engine reference; setting the returned flag marks it freed (the class's free_instance does).
	// The binding behind the handle is made at mem, zeroed memory of BindingType that the caller
	// allocated (as part of the instance's allocation, which then lives as long as the binding is
	// referenced), or, for a nil mem, in an allocation of its own.
	BindObject(mem, dst unsafe.Pointer, ptr uintptr, class string, refCounted bool) (freed *atomic.Bool)
	// BindingType is the type of the binding BindObject makes at mem.
	BindingType() reflect.Type
	// ParentOf returns the parent class of an engine class ("" for Object or an unknown class).
	ParentOf(class string) string
	// HasMethod reports whether the engine class (or a class it inherits) has the method of that
	// engine name among the methods Go calls (its virtuals do not count).
	HasMethod(class, method string) bool
	// AdoptNew takes over a new object of a Go class (made by the engine's construct call, which
	// sends no NOTIFICATION_POSTINITIALIZE, or, for an internal Go class, by package classdb
	// itself; refCounted: a RefCounted one): it sends NOTIFICATION_POSTINITIALIZE and returns the
	// godot.Object that holds it (its first reference, for a RefCounted one). When the
	// notification freed the object (freed, the instance's flag, is set), it touches it no more and
	// returns false.
	AdoptNew(ptr uintptr, refCounted bool, freed *atomic.Bool) (obj any, alive bool)
}

var impl Classes

// Set installs package godot's implementation; godot's init calls it, once.
func Set(c Classes) {
	if impl != nil {
		panic("gdpure: classhook.Set called twice")
	}
	impl = c
}

// Installed reports whether package godot is linked in and initialized.
func Installed() bool { return impl != nil }

// ClassOf: see Classes.
func ClassOf(t reflect.Type) (class string, ok bool) { return impl.ClassOf(t) }

// ObjectOf: see Classes.
func ObjectOf(x any) (ptr uintptr, ok bool) { return impl.ObjectOf(x) }

// Wrap: see Classes.
func Wrap(t reflect.Type, ptr uintptr) (reflect.Value, error) { return impl.Wrap(t, ptr) }

// VirtualsOf: see Classes.
func VirtualsOf(class string) []Virtual { return impl.VirtualsOf(class) }

// BindObject: see Classes.
func BindObject(mem, dst unsafe.Pointer, ptr uintptr, class string, refCounted bool) (freed *atomic.Bool) {
	return impl.BindObject(mem, dst, ptr, class, refCounted)
}

// BindingType: see Classes.
func BindingType() reflect.Type { return impl.BindingType() }

// ParentOf: see Classes.
func ParentOf(class string) string { return impl.ParentOf(class) }

// HasMethod: see Classes.
func HasMethod(class, method string) bool { return impl.HasMethod(class, method) }

// AdoptNew: see Classes.
func AdoptNew(ptr uintptr, refCounted bool, freed *atomic.Bool) (obj any, alive bool) {
	return impl.AdoptNew(ptr, refCounted, freed)
}

// A Virtual is one of the engine's virtual methods that a Go class can implement (package godot
// generates them; package classdb registers Go classes with them).
type Virtual struct {
	Class, Name string // the engine class and its virtual ("_process")
	Hash        int64
	GoName      string // the Go method: Process
	GoSignature string // its signature: "Process(delta float64)"
	Interface   reflect.Type
	// Signature is the Go method's type without its receiver (func(delta float64)): what a
	// method of that name must have, known without reflecting on Interface's methods (which
	// would keep every exported method of the program in the library: see classdb's gdpure_bound).
	Signature reflect.Type
	// Call calls the virtual on impl (a pointer to a Go class value implementing Interface) with the
	// engine's ptrcall arguments, and writes the result, if any, to ret (an initialized slot).
	Call func(impl any, args, ret uintptr)
}
