package main

import (
	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/variant"
)

// Arrays passes engine Arrays between GDScript and Go (test_arrays.gd).
type Arrays struct{}

// Squares returns [0, 1, 4, …] as an engine Array[int].
func (*Arrays) Squares(n int64) variant.Array[int64] {
	a := variant.NewArray[int64]()
	for i := int64(0); i < n; i++ {
		if err := a.Append(i * i); err != nil {
			panic(err)
		}
	}
	return a
}

// Sum adds the ints and floats of an untyped array; other elements are an error.
func (*Arrays) Sum(a variant.Array[variant.Variant]) float64 {
	total := 0.0
	for i, v := range a.All() {
		f, err := v.Float()
		if err != nil {
			panic(err)
		}
		_ = i
		total += f
	}
	return total
}

// Double doubles every element in place: the array is shared with the caller.
func (*Arrays) Double(a variant.Array[int64]) {
	for i, x := range a.All() {
		if err := a.Set(i, 2*x); err != nil {
			panic(err)
		}
	}
}

func init() {
	classdb.Register[Arrays]("GoArrays", "RefCounted").
		Method("squares", (*Arrays).Squares).
		Method("sum", (*Arrays).Sum).
		Method("double", (*Arrays).Double)
}
