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
		assert.Equal(t, uint64(42), utility.RidFromInt64(42).ID)
	})

	godottest.Test("Utility/Random", func(t *godottest.T) {
		utility.Seed(12345)
		a := []int64{utility.Randi(), utility.Randi()}
		utility.Seed(12345)
		b := []int64{utility.Randi(), utility.Randi()}
		assert.Equal(t, a, b, "seeded sequences repeat")
	})
}
