package main

import (
	"math"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/variant"
	"github.com/gdpure/gdpure/variant/utility"
)

func init() {
	godottest.Test("Utility/Math", func(t *godottest.T) {
		assert.Equal(t, math.Sin(0.5), utility.Sin(0.5))
		assert.Equal(t, 2.5, utility.Lerpf(0, 10, 0.25))
		assert.Equal(t, 1.25, utility.Snappedf(1.3, 0.25))
		assert.Equal(t, int64(2), utility.Posmod(-3, 5))
		assert.Equal(t, -1.0, utility.Fmod(-7, 3))
		assert.True(t, utility.IsEqualApprox(0.1+0.2, 0.3))
		assert.True(t, math.IsNaN(utility.Sqrt(-1)))
	})

	godottest.Test("Utility/Variants", func(t *godottest.T) {
		v, err := utility.Clamp(15, 0, 10)
		require.NoError(t, err)
		n, _ := v.Int()
		assert.Equal(t, int64(10), n)
		m, err := utility.Max(1, 7.5, 3)
		require.NoError(t, err)
		f, _ := m.Float()
		assert.Equal(t, 7.5, f)
		s, err := utility.Str("a", 1, variant.Vector2{X: 1, Y: 2})
		require.NoError(t, err)
		assert.Equal(t, "a1(1.0, 2.0)", s)
		typ, err := utility.Typeof("text")
		require.NoError(t, err)
		assert.Equal(t, int64(variant.TypeString), typ)
		assert.Equal(t, "String", utility.TypeString(typ))
		_, err = utility.Str(struct{}{})
		assert.Error(t, err, "a Go value that cannot become a Variant")
	})

	godottest.Test("Utility/BytesRoundTrip", func(t *godottest.T) {
		b, err := utility.VarToBytes(variant.Vector3{X: 1, Y: 2, Z: 3})
		require.NoError(t, err)
		assert.Greater(t, b.Len(), 0)
		back := utility.BytesToVar(b)
		var vec variant.Vector3
		require.NoError(t, back.Value(&vec))
		assert.Equal(t, variant.Vector3{X: 1, Y: 2, Z: 3}, vec)
		assert.Equal(t, uint64(42), utility.RIDFromInt64(42).ID)
	})

	godottest.Test("Utility/Random", func(t *godottest.T) {
		utility.Seed(12345)
		a := []int64{utility.Randi(), utility.Randi()}
		utility.Seed(12345)
		b := []int64{utility.Randi(), utility.Randi()}
		assert.Equal(t, a, b, "seeded sequences repeat")
	})
}

func init() {
	godottest.Test("Builtin/GeneratedMethods", func(t *godottest.T) {
		s := variant.NewString("hello, wide world")
		assert.Equal(t, "HELLO, WIDE WORLD", s.ToUpper())
		assert.Equal(t, int64(7), s.Find("wide", 0))
		assert.Equal(t, int64(-1), s.Find("narrow", 0))
		assert.Equal(t, "hello, narrow world", s.Replace("wide", "narrow"))
		assert.Equal(t, []string{"hello", "wide world"}, s.Split(", ", true, 0).ToSlice())
		assert.Equal(t, "Hello, Wide World", s.Capitalize())
		assert.True(t, variant.NewString("-42").IsValidInt())
		assert.Len(t, variant.NewString("x").SHA256Text(), 64)
		assert.Equal(t, "ff", variant.StringNumInt64(255, 16, false))

		assert.Equal(t, int64(3), variant.NewNodePath("a/b/c").NameCount())

		d := variant.NewDictionary()
		require.NoError(t, d.Set("k", 1))
		assert.True(t, d.Has("k"))
		assert.False(t, d.Has("z"))
		other := variant.NewDictionary()
		require.NoError(t, other.Set("z", 2))
		d.Merge(other, false)
		assert.Equal(t, 2, d.Values().Len())

		cb := variant.NewCallable("noop", func([]variant.Variant) (any, error) { return nil, nil })
		assert.True(t, cb.IsValid())
		var null variant.Callable
		assert.False(t, null.IsValid())

		c := variant.ColorHTML("#336699")
		assert.InDelta(t, 0.2, float64(c.R), 1e-6)
		assert.InDelta(t, 0.6, float64(c.B), 1e-6)
		ok := variant.ColorFromOkHsl(0.5, 0.5, 0.5, 1)
		assert.Equal(t, float32(1), ok.A)
	})
}

func init() {
	godottest.Test("Variant/OperatorsAndAccess", func(t *godottest.T) {
		sum, err := variant.Evaluate(variant.OpAdd, "abc", "def")
		require.NoError(t, err)
		assert.Equal(t, "abcdef", sum.String())
		arr, _ := variant.ArrayOf[int64](1, 5)
		in, err := variant.Evaluate(variant.OpIn, 5, arr)
		require.NoError(t, err)
		b, _ := in.Bool()
		assert.True(t, b)
		scaled, err := variant.Evaluate(variant.OpMultiply, variant.Vector2{X: 1, Y: 2}, 3)
		require.NoError(t, err)
		var v2 variant.Vector2
		require.NoError(t, scaled.Value(&v2))
		assert.Equal(t, variant.Vector2{X: 3, Y: 6}, v2)
		_, err = variant.Evaluate(variant.OpSubtract, "abc", 1)
		assert.ErrorContains(t, err, "not defined for String and int")

		av, _ := variant.From(arr)
		second, err := av.Index(1)
		require.NoError(t, err)
		n, _ := second.Int()
		assert.Equal(t, int64(5), n)
		_, err = av.Index(9)
		assert.ErrorContains(t, err, "out of bounds")

		d := variant.NewDictionary()
		require.NoError(t, d.Set("k", "v"))
		dv, _ := variant.From(d)
		val, err := dv.Key("k")
		require.NoError(t, err)
		assert.Equal(t, "v", val.String())
		_, err = dv.Key("missing")
		assert.Error(t, err)

		cv, _ := variant.From(variant.Color{R: 0.5, A: 1})
		r, err := cv.Member("r")
		require.NoError(t, err)
		f, _ := r.Float()
		assert.Equal(t, 0.5, f)
		_, err = cv.Member("nope")
		assert.Error(t, err)
	})
}

func init() {
	// Every generated builtin constant equals the engine's own value of it.
	godottest.Test("Builtin/ConstantsMatchEngine", func(t *godottest.T) {
		require.Greater(t, len(builtinConstants), 200)
		stride := sweepStride()
		for i, c := range builtinConstants {
			if i%stride != 0 {
				continue
			}
			goValue, err := variant.From(c.Value)
			require.NoError(t, err, "%s.%s", c.Class, c.Name)
			engine := variant.EngineConstant(goValue.Type(), c.Name)
			eq, err := variant.Evaluate(variant.OpEqual, goValue, engine)
			require.NoError(t, err)
			same, _ := eq.Bool()
			assert.True(t, same, "%s.%s: Go %s, engine %s", c.Class, c.Name, goValue, engine)
		}
	})
}

func init() {
	godottest.Test("Variant/Slices", func(t *godottest.T) {
		for _, c := range []struct {
			in   any
			typ  variant.Type
			text string
		}{
			{[]byte{1, 2}, 29, "[1, 2]"},
			{[]int32{-1}, 30, "[-1]"},
			{[]float64{0.5}, 33, "[0.5]"},
			{[]string{"a", "b"}, 34, `["a", "b"]`},
			{[]variant.Vector2{{X: 1, Y: 2}}, 35, "[(1.0, 2.0)]"},
			{[]int{1, 2, 3}, 28, "[1, 2, 3]"},
			{[]any{1, "x", true}, 28, `[1, "x", true]`},
		} {
			v, err := variant.From(c.in)
			require.NoError(t, err, "%T", c.in)
			assert.Equal(t, c.typ, v.Type(), "%T", c.in)
			assert.Equal(t, c.text, v.String(), "%T", c.in)
		}
		v, _ := variant.From([]int{4, 5, 6})
		var back []int16
		require.NoError(t, v.Slice(&back))
		assert.Equal(t, []int16{4, 5, 6}, back)
		p, _ := variant.From([]variant.Vector3{{X: 1}, {Z: 2}})
		var vecs []variant.Vector3
		require.NoError(t, p.Slice(&vecs))
		assert.Equal(t, []variant.Vector3{{X: 1}, {Z: 2}}, vecs)
		mixed, _ := variant.From([]any{1, "x"})
		var ints []int
		assert.Error(t, mixed.Slice(&ints), "a String element is not an int")
		_, err := variant.From([]struct{}{{}})
		assert.ErrorContains(t, err, "element 0")
		n, _ := variant.From(3)
		assert.Error(t, n.Slice(&ints))
	})
}
