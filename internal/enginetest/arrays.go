package main

import (
	"fmt"

	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/variant"
	"github.com/gdpure/gdpure/variant/utility"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Arrays passes engine Arrays between GDScript and Go (test_arrays.gd).
type Arrays struct {
	godot.RefCounted

	// Ints is a typed array property: a value with an element that is not an int is refused.
	Ints variant.Array[int64]
}

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
	classdb.Register[Arrays](classdb.Name("GoArrays"))
}

func init() {
	// Array.Set and At refuse an index outside the array, negative ones too, with an error naming
	// it; the array is left as it was.
	godottest.Test("Builtin/ArrayIndexOutOfRange", func(t *godottest.T) {
		a, err := variant.ArrayOf[int64](1, 2)
		require.NoError(t, err)
		defer a.Destroy()
		for _, i := range []int{-1, -2, 2} {
			assert.ErrorContains(t, a.Set(i, 9), fmt.Sprintf("index %d out of range [0, 2)", i))
			_, err := a.At(i)
			assert.ErrorContains(t, err, fmt.Sprintf("index %d out of range [0, 2)", i))
		}
		assert.Equal(t, []int64{1, 2}, must(a.ToSlice()), "refused Sets leave the array as it was")
	})

	// Set replaces an element of any kind with any other: a scalar over a String (the String is
	// destroyed, the scalar written in its place), a String over a scalar; the engine sees each.
	godottest.Test("Builtin/ArraySetReplacesAnyElement", func(t *godottest.T) {
		a, err := variant.ArrayOf[any]("text", 1, 2.5)
		require.NoError(t, err)
		defer a.Destroy()
		require.NoError(t, a.Set(0, 7))
		require.NoError(t, a.Set(1, "one"))
		require.NoError(t, a.Set(2, true))
		assert.Equal(t, "[7, \"one\", true]", must(utility.VarToStr(a)))
		shared := a // the same engine array
		require.NoError(t, shared.Set(0, nil))
		assert.Equal(t, "[null, \"one\", true]", must(utility.VarToStr(a)))
	})

	// An Array[T] over an engine array holding something else (an untyped array reached as
	// Array[int]): CheckElements names the element, and iterating panics naming it, never a silent
	// stop.
	godottest.Test("Builtin/TypedArrayWithAWrongElement", func(t *godottest.T) {
		mixed, err := variant.ArrayOf[variant.Variant](mustVariant(1), mustVariant("x"), mustVariant(3))
		require.NoError(t, err)
		v := mustVariant(mixed)
		var ints variant.Array[int64]
		require.NoError(t, variant.ArrayFromVariant(v, &ints))
		err = ints.CheckElements()
		require.Error(t, err)
		assert.Contains(t, err.Error(), "Array[int]: element 1")
		var seen []int64
		func() {
			defer func() {
				r := recover()
				require.NotNil(t, r, "iterating past the bad element panics")
				assert.Contains(t, fmt.Sprint(r), "gdpure: Array[int]: element 1")
			}()
			for _, x := range ints.All() {
				seen = append(seen, x)
			}
		}()
		assert.Equal(t, []int64{1}, seen, "the elements before the bad one")
		good, _ := variant.ArrayOf[int64](1, 2)
		assert.NoError(t, good.CheckElements())
	})

	// Typed methods of Array[T] and Packed[T] (generated): element arguments and results are T.
	godottest.Test("Builtin/TypedArrayAndPackedMethods", func(t *godottest.T) {
		var a variant.Array[int64]
		for _, x := range []int64{5, 3, 9, 1} {
			require.NoError(t, a.Append(x))
		}
		a.Sort()
		got, err := a.ToSlice()
		require.NoError(t, err)
		assert.Equal(t, []int64{1, 3, 5, 9}, got)
		assert.Equal(t, int64(2), a.Find(5, 0))
		assert.Equal(t, int64(1), a.Front())
		assert.Equal(t, int64(9), a.Back())
		assert.True(t, a.Has(9))
		assert.Equal(t, int64(2), a.Bsearch(5, true))
		sub := a.Slice(1, 3, 1, false)
		s, _ := sub.ToSlice()
		assert.Equal(t, []int64{3, 5}, s)
		assert.Equal(t, int64(9), a.PopBack())
		a.Insert(0, 42)
		a.RemoveAt(1)
		s, _ = a.ToSlice()
		assert.Equal(t, []int64{42, 3, 5}, s)
		assert.Equal(t, "Array[int]", variant.TypeName(variant.TypeArray)+"["+variant.TypeName(variant.Type(a.TypedBuiltin()))+"]")

		var p variant.Packed[float32]
		for _, x := range []float32{2.5, -1, 7} {
			p.Append(x)
		}
		p.Sort()
		assert.Equal(t, []float32{-1, 2.5, 7}, p.ToSlice())
		assert.True(t, p.Has(2.5))
		assert.Equal(t, int64(1), p.Find(2.5, 0))
		assert.Equal(t, float32(7), must(p.At(2)))
		p.Reverse()
		assert.Equal(t, []float32{7, 2.5, -1}, p.ToSlice())
		assert.Equal(t, []float32{2.5}, p.Slice(1, 2).ToSlice())

		var v2 variant.Packed[variant.Vector2]
		v2.Append(variant.Vector2{X: 1, Y: 2})
		assert.Equal(t, variant.Vector2{X: 1, Y: 2}, must(v2.At(0)))
		assert.Equal(t, int64(0), v2.Find(variant.Vector2{X: 1, Y: 2}, 0))
		require.NoError(t, v2.Set(0, variant.Vector2{X: 3, Y: 4}))
		assert.ErrorContains(t, v2.Set(1, variant.Vector2{}), "index 1 out of range [0, 1)")
		assert.Equal(t, []variant.Vector2{{X: 3, Y: 4}}, v2.ToSlice(), "a refused Set leaves the array as it was")
		var seen []variant.Vector2
		for i, x := range v2.All() {
			assert.Equal(t, len(seen), i)
			seen = append(seen, x)
		}
		assert.Equal(t, []variant.Vector2{{X: 3, Y: 4}}, seen)

		// A generated mutating method on zero values: the forwarder makes a typed, empty value first
		// (Array[T].mut, mutPtr with the element type's info), then the body changes it.
		var zi variant.Array[int64]
		zi.PushFront(7)
		assert.Equal(t, 1, zi.Len())
		assert.Equal(t, variant.TypeInt, variant.Type(zi.TypedBuiltin()), "a zero Array[int64] made by PushFront is typed")
		var zc variant.Packed[variant.Color]
		assert.Equal(t, int64(0), zc.Insert(0, variant.Color{R: 1, A: 0.5}))
		assert.Equal(t, int64(1), zc.Count(variant.Color{R: 1, A: 0.5}))
		assert.Equal(t, []variant.Color{{R: 1, A: 0.5}}, zc.ToSlice())
		var zs variant.Array[variant.String]
		zs.Fill(variant.NewString("x")) // nothing to fill in an empty array, but typed now
		assert.Equal(t, variant.TypeString, variant.Type(zs.TypedBuiltin()))

		b := variant.NewPacked[uint8](4)
		variant.PackedByteArrayEncodeU32(&b, 0, 0xdeadbeef)
		assert.Equal(t, int64(0xdeadbeef), variant.PackedByteArrayDecodeU32(b, 0))
		assert.Equal(t, "efbeadde", variant.PackedByteArrayHexEncode(b))
	})

	// Typed operators of the engine-owned types (generated from the engine's operator list).
	godottest.Test("Builtin/TypedOperators", func(t *godottest.T) {
		assert.Equal(t, "foobar", variant.NewString("foo").Add(variant.NewString("bar")))
		assert.True(t, variant.NewString("a").Less(variant.NewString("b")))
		assert.True(t, variant.NewStringName("x").Equal(variant.NewStringName("x")))
		x, _ := variant.ArrayOf[int64](1, 2)
		y, _ := variant.ArrayOf[int64](3)
		sum, err := x.Add(y).ToSlice()
		require.NoError(t, err)
		assert.Equal(t, []int64{1, 2, 3}, sum)
		assert.True(t, x.Equal(x.Duplicate(false)))
		assert.Equal(t, []int32{1, 2}, variant.PackedOf[int32](1).Add(variant.PackedOf[int32](2)).ToSlice())
	})
}
