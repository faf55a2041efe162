// Package bind is the run-time support of the code `gdgen bind` writes: typed dispatch functions
// for the methods of a package's Go classes, their parameter names, and their doc comments. With
// them a call from the engine into a Go method decodes its arguments and calls the method directly,
// with no reflection and no allocation; without them (no go:generate step) classdb calls through
// reflection, which works the same, only slower, and names parameters arg0, arg1, ….
//
// Plugins do not write code against this package; add to one file of the package that registers
// the classes
//
//	//go:generate go run github.com/gdpure/gdpure/cmd/gdgen bind
//
// and run `go generate` after changing a class's methods. A binding that no longer matches its
// class fails to compile.
//
// Memory rules: a Call refers to the engine's arguments and result slot of one call into Go (C
// memory the engine owns for the call). It must not be kept after the dispatch function returns.
package bind

import (
	"fmt"
	"math"
	"reflect"
	"sync/atomic"
	"unsafe"

	"github.com/gdpure/gdpure/internal/bindings"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/variantmem"
	"github.com/gdpure/gdpure/internal/variantplumb"
	"github.com/gdpure/gdpure/variant"
)

// Call is one call from the engine into a Go method: its arguments and result slot.
type Call struct{ a bindings.Args }

// Func is a generated dispatch function: it decodes the call's arguments, calls the method on
// self (a *T) and writes its result. An error (a bad argument, or the method's own) fails the call.
type Func func(self unsafe.Pointer, c Call) error

// Method is the binding of one Go method of the class T.
type Method struct {
	Name   string   // the Go method's name
	Params []string // its parameter names
	Doc    string   // its doc comment
	Func   Func     // its dispatch function; nil when it is called through reflection
	// Value is the method expression (*T).Name. With the build tag gdpure_bound, package classdb
	// finds a class's methods here instead of by reflection over its method set.
	Value any
	// Promoted says the method is promoted from an embedded struct of the package that is not a
	// class (a mixin) rather than declared by T.
	Promoted bool
}

// Doc is the doc comment of a field (property or signal) or a constant of the class.
type Doc struct{ Name, Text string }

// Class records the generated binding of the Go class T: its doc comment, methods, and the doc
// comments of its fields and constants. It is called from the generated file's init function.
func Class[T any](doc string, methods []Method, fields, consts []Doc) {
	c := &bindings.Class{Type: reflect.TypeFor[T](), Doc: doc, Methods: map[string]*bindings.Method{},
		Fields: map[string]string{}, Consts: map[string]string{}}
	for _, m := range methods {
		bm := &bindings.Method{GoName: m.Name, Params: m.Params, Doc: m.Doc, Promoted: m.Promoted}
		if m.Value != nil {
			bm.Value = reflect.ValueOf(m.Value)
		}
		if f := m.Func; f != nil {
			bm.Func = func(self unsafe.Pointer, a bindings.Args) error { return f(self, Call{a}) }
		}
		c.Methods[m.Name] = bm
	}
	for _, d := range fields {
		c.Fields[d.Name] = d.Text
	}
	for _, d := range consts {
		c.Consts[d.Name] = d.Text
	}
	bindings.Add(c)
}

// Bound records the part of the class T's binding that only builds with -tags gdpure_bound use
// (the generated zgdpure_bound.go calls it): the methods T gets from structs of its package it
// embeds (mixins), and the names of T's own methods that hide its engine class's.
func Bound[T any](promoted []Method, shadows []string) {
	b := &bindings.Bound{Shadows: shadows}
	for _, m := range promoted {
		b.Promoted = append(b.Promoted, &bindings.Method{GoName: m.Name, Promoted: true, Value: reflect.ValueOf(m.Value)})
	}
	bindings.AddBound(reflect.TypeFor[T](), b)
}

// An ArgError is an argument that does not fit its Go parameter: a call error naming the argument.
type ArgError struct {
	Index int          // the argument's position, from 0
	Want  variant.Type // the engine type the parameter takes
	Err   error
}

func (e *ArgError) Error() string { return fmt.Sprintf("argument %d: %v", e.Index+1, e.Err) }

func (e *ArgError) Unwrap() error { return e.Err }

func mismatch(i int, want, got variant.Type) error {
	return &ArgError{Index: i, Want: want, Err: &variant.MismatchError{Want: want, Got: got}}
}

// arg returns the address of argument i and, for a varcall, checks that its Variant holds want.
func (c Call) arg(i int, want variant.Type) (uintptr, error) {
	p := c.a.Arg(i)
	if c.a.Varcall {
		if got := variantmem.TypeOf(p); got != want {
			return 0, mismatch(i, want, got)
		}
		return variantmem.Payload(p), nil
	}
	return p, nil
}

// Bool returns argument i as a bool.
func Bool[T ~bool](c Call, i int) (T, error) {
	p, err := c.arg(i, variant.TypeBool)
	if err != nil {
		return false, err
	}
	return *(*uint8)(gdi.CPtr(p)) != 0, nil
}

// Integer is the Go integer types.
type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// Int returns argument i (the engine's int64) as the integer type T; a value out of T's range is an
// error, never a truncation.
func Int[T Integer](c Call, i int) (T, error) {
	p, err := c.arg(i, variant.TypeInt)
	if err != nil {
		return 0, err
	}
	x := *(*int64)(gdi.CPtr(p))
	t := T(x)
	if int64(t) != x || (t < 0) != (x < 0) {
		return 0, &ArgError{Index: i, Want: variant.TypeInt, Err: fmt.Errorf("%d does not fit a Go %T", x, t)}
	}
	return t, nil
}

// Float returns argument i as the float type T (a varcall int widens, as in GDScript).
func Float[T ~float32 | ~float64](c Call, i int) (T, error) {
	p := c.a.Arg(i)
	if c.a.Varcall {
		switch got := variantmem.TypeOf(p); got {
		case variant.TypeFloat:
			return T(variantmem.Float(p)), nil
		case variant.TypeInt:
			return T(variantmem.Int(p)), nil
		default:
			return 0, mismatch(i, variant.TypeFloat, got)
		}
	}
	return T(math.Float64frombits(*(*uint64)(gdi.CPtr(p)))), nil
}

// String returns argument i as a Go string.
func String[T ~string](c Call, i int) (T, error) {
	p := c.a.Arg(i)
	if c.a.Varcall {
		s, err := variantplumb.ToString(gdi.ConstVariantPtr(p))
		if err != nil {
			return "", &ArgError{Index: i, Want: variant.TypeString, Err: err}
		}
		return T(s), nil
	}
	return T(variantplumb.StringAt(gdi.ConstStringPtr(p))), nil
}

// Math is the math value types, whose Go layout is the engine's.
type Math interface {
	variant.Vector2 | variant.Vector2i | variant.Rect2 | variant.Rect2i | variant.Vector3 | variant.Vector3i |
		variant.Transform2D | variant.Vector4 | variant.Vector4i | variant.Plane | variant.Quaternion |
		variant.AABB | variant.Basis | variant.Transform3D | variant.Projection | variant.Color | variant.RID
}

// Value returns argument i as the math value type T, whose engine type is t.
func Value[T Math](c Call, i int, t variant.Type) (T, error) {
	var x T
	p := c.a.Arg(i)
	if c.a.Varcall {
		if got := variantmem.TypeOf(p); got != t {
			return x, mismatch(i, t, got)
		}
		variantmem.ReadValue(p, t, unsafe.Pointer(&x), unsafe.Sizeof(x))
		return x, nil
	}
	x = *(*T)(gdi.CPtr(p))
	return x, nil
}

// Variant returns argument i as a Variant of its own (a copy).
func Variant(c Call, i int) (variant.Variant, error) {
	return variantplumb.CopyVariant(gdi.ConstVariantPtr(c.a.Arg(i))), nil
}

// A Codec moves a type the generated code does not specialise (objects, arrays, dictionaries,
// callables, Go class pointers, …) with classdb's own conversion; the generated file declares one
// per such type. The zero value is ready to use.
type Codec[T any] struct {
	c atomic.Pointer[bindings.Codec]
}

func (k *Codec[T]) get() *bindings.Codec {
	if c := k.c.Load(); c != nil {
		return c
	}
	c, err := bindings.CodecFor(reflect.TypeFor[T]())
	if err != nil {
		panic(err) // classdb refused the type at registration already
	}
	k.c.Store(c)
	return c
}

// Arg returns argument i as T.
func Arg[T any](k *Codec[T], c Call, i int) (T, error) {
	var x T
	cd := k.get()
	p := c.a.Arg(i)
	var err error
	if c.a.Varcall {
		err = cd.FromVar(unsafe.Pointer(&x), gdi.ConstVariantPtr(p))
	} else {
		err = cd.FromPtr(unsafe.Pointer(&x), p)
	}
	if err != nil {
		return x, &ArgError{Index: i, Want: cd.VariantType, Err: err}
	}
	return x, nil
}

// Results. A ptrcall's result slot holds an initialized value of the type; a varcall's is an
// uninitialized Variant.

// ReturnBool writes a bool result.
func ReturnBool[T ~bool](c Call, x T) {
	if c.a.Varcall {
		variantmem.SetBool(c.a.Ret, bool(x))
		return
	}
	var b uint8
	if x {
		b = 1
	}
	*(*uint8)(gdi.CPtr(c.a.Ret)) = b
}

// ReturnInt writes an integer result (the engine's int64).
func ReturnInt[T Integer](c Call, x T) {
	if c.a.Varcall {
		variantmem.SetInt(c.a.Ret, int64(x))
		return
	}
	*(*int64)(gdi.CPtr(c.a.Ret)) = int64(x)
}

// ReturnFloat writes a float result (the engine's float64).
func ReturnFloat[T ~float32 | ~float64](c Call, x T) {
	if c.a.Varcall {
		variantmem.SetFloat(c.a.Ret, float64(x))
		return
	}
	*(*float64)(gdi.CPtr(c.a.Ret)) = float64(x)
}

// ReturnString writes a string result.
func ReturnString[T ~string](c Call, x T) {
	if c.a.Varcall {
		variantplumb.SetString(gdi.UninitializedVariantPtr(c.a.Ret), string(x))
		return
	}
	variantplumb.DestroyString(gdi.StringPtr(c.a.Ret))
	variantplumb.NewStringAt(gdi.UninitializedStringPtr(c.a.Ret), string(x))
}

// ReturnValue writes a math value result of engine type t.
func ReturnValue[T Math](c Call, x T, t variant.Type) {
	if c.a.Varcall {
		variantmem.WriteValue(c.a.Ret, t, unsafe.Pointer(&x), unsafe.Sizeof(x))
		return
	}
	*(*T)(gdi.CPtr(c.a.Ret)) = x
}

// ReturnVariant writes a Variant result (a copy).
func ReturnVariant(c Call, x variant.Variant) {
	if !c.a.Varcall {
		gdi.VariantDestroy(gdi.VariantPtr(c.a.Ret))
	}
	variantplumb.WriteVariant(x, gdi.UninitializedVariantPtr(c.a.Ret))
}

// Return writes a result of a type the generated code does not specialise.
func Return[T any](k *Codec[T], c Call, x T) {
	cd := k.get()
	if c.a.Varcall {
		cd.ToVar(unsafe.Pointer(&x), gdi.UninitializedVariantPtr(c.a.Ret))
		return
	}
	cd.ToPtr(unsafe.Pointer(&x), c.a.Ret)
}
