package classdb

import (
	"fmt"
	"reflect"

	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/internal/classhook"
	"github.com/gdpure/gdpure/internal/gdi"
)

// New makes a new instance of the Go class T, as GDScript's T.new() does: the engine creates the
// object (running Init), and New returns its Go value. T must be registered (and the scene level
// initialized) and must not be RefCounted: a Node or another manually managed object lives until it
// is freed (Free, QueueFree, or its tree's end), like any engine object made from Go. For a
// RefCounted class use NewRef, whose Ref holds the engine reference. New panics with an error naming
// T when T cannot be made (unregistered, abstract, RefCounted).
func New[T any]() *T {
	c := classesByType[reflect.TypeFor[T]()]
	if c != nil && c.refCounted {
		panic(fmt.Errorf("classdb: %s is RefCounted: make it with NewRef, whose Ref keeps it alive", c.name))
	}
	p, _ := instantiate[T](c)
	return p
}

// A Ref is a counted engine reference to an instance of a RefCounted Go class T, as godot's class
// values of RefCounted classes are: the instance lives while a Ref (or the engine, or GDScript)
// holds it, and is freed when the last reference goes. The *T that Get returns does not keep it
// alive on its own: keep the Ref while you use it (a use after the free panics with a
// *godot.FreedError, never a crash).
type Ref[T any] struct {
	obj godot.Object
	p   *T
}

// NewRef makes a new instance of the RefCounted Go class T and returns the first reference to it.
// It panics with an error naming T when T cannot be made (unregistered, abstract, not RefCounted).
func NewRef[T any]() Ref[T] {
	c := classesByType[reflect.TypeFor[T]()]
	if c != nil && !c.refCounted {
		panic(fmt.Errorf("classdb: %s is not RefCounted: make it with New", c.name))
	}
	p, o := instantiate[T](c)
	return Ref[T]{o, p}
}

// RefOf returns a reference to the Go instance behind o when o is an instance of T (or of a Go
// class derived from it), as InstanceOf does, holding o's engine reference; else InstanceOf's error.
func RefOf[T any](o godot.AnyObject) (Ref[T], error) {
	p, err := InstanceOf[T](o)
	if err != nil {
		return Ref[T]{}, err
	}
	return Ref[T]{o.AsObject(), p}, nil
}

// Get returns the Go value of the instance (nil for a zero Ref).
func (r Ref[T]) Get() *T { return r.p }

// Object returns the engine object (a counted reference of its own).
func (r Ref[T]) Object() godot.Object { return r.obj }

func (Ref[T]) refTarget() reflect.Type   { return reflect.TypeFor[T]() }
func (r Ref[T]) refObject() godot.Object { return r.obj }

// setRef makes r refer to o (its engine reference), which must be an instance of T.
func (r *Ref[T]) setRef(o godot.Object) error {
	if o.IsNull() {
		*r = Ref[T]{}
		return nil
	}
	p, err := InstanceOf[T](o)
	if err != nil {
		return err
	}
	*r = Ref[T]{o, p}
	return nil
}

// IsNull reports whether the Ref refers to no instance (the zero value).
func (r Ref[T]) IsNull() bool { return r.p == nil }

func instantiate[T any](c *classInfo) (*T, godot.Object) {
	t := reflect.TypeFor[T]()
	if c == nil || !c.registered.Load() {
		panic(fmt.Errorf("classdb: the Go type %s is not a registered class (Register it, and make it once the engine has loaded the extension)", t))
	}
	if c.spec.virtual || c.spec.abstract {
		panic(fmt.Errorf("classdb: %s is a virtual or abstract class: make a class derived from it", c.name))
	}
	c.initPanic.Store("")
	var obj gdi.ObjectPtr
	if c.spec.internal {
		// The engine does not make an unexposed class by name: make its engine base and bind the
		// Go value, as the engine's create_instance call would.
		obj = createInstance(uintptr(c.index), 0)
	} else {
		obj = gdi.ClassdbConstructObject2(c.nameSN)
	}
	if obj == 0 {
		if why, _ := c.initPanic.Load().(string); why != "" {
			panic(fmt.Errorf("classdb: cannot make %s: %s", c.name, why))
		}
		panic(fmt.Errorf("classdb: cannot make %s: the engine made no object of the class", c.name))
	}
	inst := instanceOfObject(uintptr(obj))
	if inst == nil {
		panic(fmt.Errorf("classdb: a new %s has no Go instance", c.name))
	}
	x, alive := classhook.AdoptNew(uintptr(obj), c.refCounted, inst.freed)
	if !alive {
		panic(fmt.Errorf("classdb: cannot make %s: its postinitialize notification freed it", c.name))
	}
	o := x.(godot.Object)
	p, ok := inst.pointerAs(c)
	if !ok {
		panic(fmt.Errorf("classdb: a new %s has no Go value of type %s", c.name, t))
	}
	return (*T)(p), o
}
