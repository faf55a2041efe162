package main

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/internal/probe"
	"github.com/gdpure/gdpure/variant"
)

// Every method of every builtin type, called on a zero value with zero arguments. The methods are
// found by reflection, so the test covers the generated and the hand-written ones and cannot fall
// behind the generator. A call must not crash or panic (an error result is fine), and afterwards
// the empty values that zero values share must be unchanged: a method that wrote through one would
// change what every other zero value reads.

// zeroValueTypes are the builtin types of package variant, as pointers to zero values.
func zeroValueTypes() []any {
	return []any{
		new(variant.String), new(variant.StringName), new(variant.NodePath), new(variant.Callable),
		new(variant.Signal), new(variant.Dictionary), new(variant.Variant), new(variant.PackedStrings),
		new(variant.Array[variant.Variant]), new(variant.Array[int64]), new(variant.Array[variant.Vector2]),
		new(variant.Packed[uint8]), new(variant.Packed[int32]), new(variant.Packed[int64]),
		new(variant.Packed[float32]), new(variant.Packed[float64]), new(variant.Packed[variant.Vector2]),
		new(variant.Packed[variant.Vector3]), new(variant.Packed[variant.Vector4]), new(variant.Packed[variant.Color]),
		new(variant.Vector2), new(variant.Vector2i), new(variant.Rect2), new(variant.Rect2i), new(variant.Vector3),
		new(variant.Vector3i), new(variant.Transform2D), new(variant.Vector4), new(variant.Vector4i),
		new(variant.Plane), new(variant.Quaternion), new(variant.AABB), new(variant.Basis),
		new(variant.Transform3D), new(variant.Projection), new(variant.Color), new(variant.RID),
	}
}

// zeroArgs returns zero arguments for a method of type ft (receiver excluded): a no-op function
// for each function parameter, nothing for a variadic tail.
func zeroArgs(ft reflect.Type) []reflect.Value {
	n := ft.NumIn()
	if ft.IsVariadic() {
		n--
	}
	args := make([]reflect.Value, 0, n)
	for i := 0; i < n; i++ {
		in := ft.In(i)
		if in.Kind() == reflect.Func {
			args = append(args, reflect.MakeFunc(in, func([]reflect.Value) []reflect.Value {
				out := make([]reflect.Value, in.NumOut())
				for j := range out {
					out[j] = reflect.Zero(in.Out(j))
				}
				return out
			}))
			continue
		}
		args = append(args, reflect.Zero(in))
	}
	return args
}

// callOnZero calls method m of a fresh zero value of the pointed-to type of ptrType; a panic is
// returned as an error.
func callOnZero(ptrType reflect.Type, m reflect.Method) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	recv := reflect.New(ptrType.Elem())
	args := append([]reflect.Value{recv}, zeroArgs(m.Type)[1:]...)
	m.Func.Call(args)
	// A method that materialised the receiver made a value of its own: release it now.
	if d, ok := recv.Interface().(interface{ Destroy() }); ok {
		d.Destroy()
	}
	return nil
}

var integerDivisionByZero = regexp.MustCompile(`^panic: variant: (division|modulo) by zero`)

// takesRawAddress reports whether a method takes an address of C memory (a type of internal/gdi).
func takesRawAddress(ft reflect.Type) bool {
	for i := 0; i < ft.NumIn(); i++ {
		if strings.HasSuffix(ft.In(i).PkgPath(), "internal/gdi") {
			return true
		}
	}
	return false
}

func init() {
	godottest.Test("Ownership/EveryMethodOnZeroValues", func(t *godottest.T) {
		require.NoError(t, probe.EmptyValuesIntact())
		calls, seen, stride := 0, 0, sweepStride()
		for _, z := range zeroValueTypes() {
			pt := reflect.TypeOf(z)
			for i := 0; i < pt.NumMethod(); i++ {
				m := pt.Method(i)
				if takesRawAddress(m.Type) {
					continue // plumbing for code that calls the engine itself (WriteTo a C slot)
				}
				if seen++; (seen-1)%stride != 0 {
					continue
				}
				err := callOnZero(pt, m)
				calls++
				if err != nil && integerDivisionByZero.MatchString(err.Error()) {
					err = nil // Vector2i{}.Div(Vector2i{}): the argument's error, as for Go's integers
				}
				if err != nil && err.Error() == "panic: "+variant.ErrNoElement.Error() {
					err = nil // Front of an empty array: as an index out of range in Go
				}
				assert.NoError(t, err, "%s.%s on a zero value", pt.Elem(), m.Name)
				if err := probe.EmptyValuesIntact(); err != nil {
					t.Fatalf("after %s.%s on a zero value: %v", pt.Elem(), m.Name, err)
				}
			}
		}
		t.Logf("%d methods called on zero values", calls)
		assert.Greater(t, calls*stride, 700, "every method of every builtin type (every eighth under GC stress)")
	})
}
