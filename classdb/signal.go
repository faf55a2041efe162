package classdb

import (
	"reflect"
	"sync/atomic"
	"unsafe"

	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/variant"
)

// Signals of Go classes are fields of a Signal type: Signal0 for a signal without arguments,
// Signal1[A] for one with an argument of type A, and so on. The field's name in snake_case (or its
// gd tag, "hit(damage)", which also names the arguments) is the signal's name. The engine lists it
// (get_signal_list), GDScript connects to it and awaits it; Go emits it with Emit and connects
// functions with Connect:
//
//	type Player struct {
//		godot.CharacterBody2D
//		Hit  classdb.Signal1[int] `gd:"hit(damage)"`
//		Died classdb.Signal0
//	}
//	…
//	p.Hit.Emit(10)
//	p.Died.Connect(func() { … })
//
// A Signal field is bound to its instance's object when the engine makes the instance; before that
// (a Go value made with new, not by the engine) Emit and Connect panic.
type signalBase struct {
	owner  godot.Object
	name   string
	nameAt atomic.Uintptr // the name as a shared StringName Variant (nameVariant), found on first Emit
}

func (s *signalBase) bind(owner godot.Object, name string) {
	s.owner, s.name = owner, name
	s.nameAt.Store(0)
}

func (s *signalBase) connect(c variant.Callable) godot.Connection {
	if s.owner.IsNull() {
		c.Destroy()
		panic("classdb: Connect on a signal of a Go value the engine did not make")
	}
	return s.owner.ConnectCallable(s.name, c)
}

// Name returns the signal's engine name ("" before the engine made the instance).
func (s *signalBase) Name() string { return s.name }

func bindSignal(p unsafe.Pointer, owner godot.Object, name string) {
	(*signalBase)(p).bind(owner, name)
}

// Signal0 is a signal without arguments.
type Signal0 struct{ signalBase }

func (*Signal0) signalArgs() []reflect.Type { return nil }

// Emit emits the signal.
func (s *Signal0) Emit() { s.emitWith(0, nil) }

// Connect connects fn to the signal.
func (s *Signal0) Connect(fn func()) godot.Connection {
	return s.connect(variant.NewCallable0(s.name, fn))
}

// Signal1 is a signal with one argument.
type Signal1[A any] struct{ signalBase }

func (*Signal1[A]) signalArgs() []reflect.Type { return []reflect.Type{reflect.TypeFor[A]()} }

// Emit emits the signal.
func (s *Signal1[A]) Emit(a A) {
	s.emitWith(1, func(_ int, dst gdi.UninitializedVariantPtr) error { return setArg(dst, a) })
}

// Connect connects fn to the signal.
func (s *Signal1[A]) Connect(fn func(A)) godot.Connection {
	return s.connect(variant.NewCallable1(s.name, fn))
}

// Signal2 is a signal with two arguments.
type Signal2[A, B any] struct{ signalBase }

func (*Signal2[A, B]) signalArgs() []reflect.Type {
	return []reflect.Type{reflect.TypeFor[A](), reflect.TypeFor[B]()}
}

// Emit emits the signal.
func (s *Signal2[A, B]) Emit(a A, b B) {
	s.emitWith(2, func(i int, dst gdi.UninitializedVariantPtr) error {
		if i == 0 {
			return setArg(dst, a)
		}
		return setArg(dst, b)
	})
}

// Connect connects fn to the signal.
func (s *Signal2[A, B]) Connect(fn func(A, B)) godot.Connection {
	return s.connect(variant.NewCallable2(s.name, fn))
}

// Signal3 is a signal with three arguments.
type Signal3[A, B, C any] struct{ signalBase }

func (*Signal3[A, B, C]) signalArgs() []reflect.Type {
	return []reflect.Type{reflect.TypeFor[A](), reflect.TypeFor[B](), reflect.TypeFor[C]()}
}

// Emit emits the signal.
func (s *Signal3[A, B, C]) Emit(a A, b B, c C) {
	s.emitWith(3, func(i int, dst gdi.UninitializedVariantPtr) error {
		switch i {
		case 0:
			return setArg(dst, a)
		case 1:
			return setArg(dst, b)
		}
		return setArg(dst, c)
	})
}

// Connect connects fn to the signal.
func (s *Signal3[A, B, C]) Connect(fn func(A, B, C)) godot.Connection {
	return s.connect(variant.NewCallable3(s.name, fn))
}
