package variant

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestVector4(t *testing.T) {
	v := Vector4{1, 2, 2, 4}
	assertBits(t, float32(5), v.Length())
	assertBits(t, float32(25), v.LengthSquared())
	assertBits(t, Vector4{0.2, 0.4, 0.4, 0.8}, v.Normalized())
	assertBits(t, Vector4{}, Vector4{negZ, 0, negZ, 0}.Normalized())
	assertBits(t, Vector4{nan32, nan32, nan32, nan32}, Vector4{nan32, 0, 0, 0}.Normalized())
	assertBits(t, Vector4{0, 0, 0, 0}, Vector4{3e38, 3e38, 0, 0}.Normalized())
	assert.True(t, Vector4{0.2, 0.4, 0.4, 0.8}.IsNormalized())
	assert.False(t, Vector4{}.IsNormalized())

	// The engine divides each component by the scalar (not v * (1/s)).
	assertBits(t, Vector4{float32(1) / 3, float32(2) / 3, float32(2) / 3, float32(4) / 3}, v.DivScalar(3))
	assertBits(t, Vector4{inf32, inf32, inf32, inf32}, v.DivScalar(0))
	assertBits(t, Vector4{2, 4, 4, 8}, v.MulScalar(2))
	assertBits(t, Vector4{2, 4, 4, 8}, v.Add(v))
	assertBits(t, Vector4{0, 0, 0, 0}, v.Sub(v))
	assertBits(t, Vector4{1, 4, 4, 16}, v.Mul(v))
	assertBits(t, Vector4{1, 1, 1, 1}, v.Div(v))
	assertBits(t, Vector4{-1, -2, -2, -4}, v.Neg())
	assertBits(t, Vector4{1, 0.5, 0.5, 0.25}, v.Inverse())
	assertBits(t, float32(25), v.Dot(v))
	assertBits(t, float32(5), Vector4{}.DistanceTo(v))
	assertBits(t, float32(25), Vector4{}.DistanceSquaredTo(v))
	assertBits(t, Vector4{0.2, 0.4, 0.4, 0.8}, Vector4{}.DirectionTo(v))

	assertBits(t, Vector4{2, -2, negZ, 0}, Vector4{1.5, -1.5, -0.2, 0.2}.Round())
	assertBits(t, Vector4{1, -2, -1, 0}, Vector4{1.5, -1.5, -0.2, 0.2}.Floor())
	assertBits(t, Vector4{2, -1, negZ, 1}, Vector4{1.5, -1.5, -0.2, 0.2}.Ceil())
	assertBits(t, Vector4{1.5, 1.5, 0.2, inf32}, Vector4{1.5, -1.5, -0.2, ninf32}.Abs())
	assertBits(t, Vector4{1, -1, 0, 0}, Vector4{1.5, -1.5, negZ, nan32}.Sign())
	assertBits(t, Vector4{6, -2, 5.5, nan32}, Vector4{5.5, -2.5, 5.5, nan32}.Snapped(Vector4{2, 1, 0, 1}))
	assertBits(t, Vector4{5, -5, 0, 10}, Vector4{7, -7, 2, 8}.Snappedf(5))
	assertBits(t, Vector4{1, 2, 0, 1}, Vector4{-5, 5, 0, 4}.Posmod(3))
	assertBits(t, Vector4{1, -1, nan32, 0}, Vector4{-5, 5, 1, 0}.Posmodv(Vector4{3, -3, 0, 1}))
	assertBits(t, Vector4{0, 1, 0.5, nan32}, Vector4{-1, 2, 0.5, nan32}.Clampf(0, 1))
	assertBits(t, Vector4{0, 1, 0.5, 0}, Vector4{-1, 2, 0.5, 0}.Clamp(Vector4{}, Vector4{1, 1, 1, 1}))
	assertBits(t, Vector4{1, 2, 0, nan32}, Vector4{1, 5, 0, 1}.Min(Vector4{3, 2, 0, nan32}))
	assertBits(t, Vector4{3, 5, 0, nan32}, Vector4{1, 5, 0, 1}.Max(Vector4{3, 2, 0, nan32}))
	assertBits(t, Vector4{1, 2, 0, 2}, Vector4{1, 5, 0, 3}.Minf(2))
	assertBits(t, Vector4{2, 5, 2, 3}, Vector4{1, 5, 0, 3}.Maxf(2))

	assertBits(t, Vector4{5, 10, 15, 20}, Vector4{}.Lerp(Vector4{10, 20, 30, 40}, 0.5))
	p0, p1, p2, p3 := Vector4{}, Vector4{1, 1, 1, 1}, Vector4{2, 4, 8, 16}, Vector4{3, 9, 27, 81}
	assertBits(t, p2, p1.CubicInterpolate(p2, p0, p3, 1))
	assertBits(t, p1, p1.CubicInterpolateInTime(p2, p0, p3, 0, 1, -1, 2))

	for _, c := range []struct {
		v        Vector4
		min, max int
	}{
		{Vector4{1, 2, 3, 4}, 0, 3},
		{Vector4{4, 3, 2, 1}, 3, 0},
		{Vector4{1, 1, 1, 1}, 3, 0}, // min takes the last tie, max the first
		{Vector4{2, nan32, 1, 5}, 2, 3},
		{Vector4{nan32, 1, 2, 3}, 0, 0}, // nothing compares with a leading NaN
	} {
		assert.Equal(t, c.min, c.v.MinAxisIndex(), "min %v", c.v)
		assert.Equal(t, c.max, c.v.MaxAxisIndex(), "max %v", c.v)
	}

	assert.True(t, Vector4{1, 2, 3, 4}.Less(Vector4{1, 2, 3, 5}))
	assert.True(t, Vector4{1, 2, 3, 4}.LessEqual(Vector4{1, 2, 3, 4}))
	assert.True(t, Vector4{1, 2, 4, 0}.Greater(Vector4{1, 2, 3, 9}))
	assert.True(t, Vector4{1, 2, 3, 4}.GreaterEqual(Vector4{1, 2, 3, 4}))
	assert.False(t, Vector4{1, 2, nan32, 4}.LessEqual(Vector4{1, 2, 3, 4}))
	assert.True(t, Vector4{1, 2, 3, 4}.IsEqualApprox(Vector4{1, 2, 3, 4.00001}))
	assert.True(t, Vector4{nan32, 0, 0, 0}.IsSame(Vector4{nan32, 0, 0, 0}))
	assert.True(t, Vector4{0, 0.000001, 0, 0}.IsZeroApprox())
	assert.False(t, Vector4{0, 0, 0, nan32}.IsFinite())
	assert.Equal(t, Vector4i{1, -1, math.MinInt32, math.MinInt32}, Vector4{1.9, -1.9, nan32, 3e9}.Vector4i())
}

func TestVector3i(t *testing.T) {
	a := Vector3i{7, -7, 9}
	assert.Equal(t, Vector3i{9, -5, 12}, a.Add(Vector3i{2, 2, 3}))
	assert.Equal(t, Vector3i{5, -9, 6}, a.Sub(Vector3i{2, 2, 3}))
	assert.Equal(t, Vector3i{14, -14, 27}, a.Mul(Vector3i{2, 2, 3}))
	assert.Equal(t, Vector3i{3, -3, 3}, a.Div(Vector3i{2, 2, 3}))
	assert.Equal(t, Vector3i{1, -1, 0}, a.Mod(Vector3i{2, 2, 3}))
	assert.Equal(t, Vector3i{-7, 7, -9}, a.Neg())
	assert.Equal(t, Vector3i{14, -14, 18}, a.MulScalar(2))
	assert.Equal(t, Vector3i{3, -3, 4}, a.DivScalar(2))
	assert.Equal(t, Vector3i{1, -1, 1}, a.ModScalar(2))
	assert.PanicsWithValue(t, "variant: division by zero error", func() { a.Div(Vector3i{1, 1, 0}) })
	assert.PanicsWithValue(t, "variant: division by zero error", func() { a.DivScalar(0) })
	assert.PanicsWithValue(t, "variant: modulo by zero error", func() { a.Mod(Vector3i{0, 1, 1}) })
	assert.PanicsWithValue(t, "variant: modulo by zero error", func() { a.ModScalar(0) })
	assert.Equal(t, Vector3i{math.MinInt32, 0, 0}, Vector3i{math.MinInt32, 0, 0}.DivScalar(-1))

	assert.Equal(t, int64(49), Vector3i{2, 3, 6}.LengthSquared())
	assert.Equal(t, 7.0, Vector3i{2, 3, 6}.Length())
	assert.Equal(t, 7.0, Vector3i{1, 1, 1}.DistanceTo(Vector3i{3, 4, 7}))
	assert.Equal(t, int64(49), Vector3i{1, 1, 1}.DistanceSquaredTo(Vector3i{3, 4, 7}))
	assert.Equal(t, int64(math.MinInt64+1<<62), Vector3i{math.MinInt32, math.MinInt32, math.MinInt32}.LengthSquared()) // wraps
	assert.Equal(t, Vector3i{math.MinInt32, 1, 0}, Vector3i{math.MinInt32, -1, 0}.Abs())
	assert.Equal(t, Vector3i{-1, 1, 0}, Vector3i{-4, 4, 0}.Sign())
	assert.Equal(t, Vector3i{0, 5, 3}, Vector3i{-1, 9, 3}.Clampi(0, 5))
	assert.Equal(t, Vector3i{0, 5, 3}, Vector3i{-1, 9, 3}.Clamp(Vector3i{}, Vector3i{5, 5, 5}))
	assert.Equal(t, Vector3i{6, -4, 7}, Vector3i{5, -5, 7}.Snapped(Vector3i{2, 2, 0}))
	assert.Equal(t, Vector3i{3, 6, 0}, Vector3i{4, 5, 1}.Snappedi(3))
	assert.Equal(t, Vector3i{-1, 2, 1}, Vector3i{-1, 5, 1}.Min(Vector3i{0, 2, 1}))
	assert.Equal(t, Vector3i{0, 5, 1}, Vector3i{-1, 5, 1}.Max(Vector3i{0, 2, 1}))
	assert.Equal(t, Vector3i{-1, 2, 1}, Vector3i{-1, 5, 1}.Mini(2))
	assert.Equal(t, Vector3i{2, 5, 2}, Vector3i{-1, 5, 1}.Maxi(2))
	assert.Equal(t, Vector3AxisZ, Vector3i{1, 1, 1}.MinAxisIndex())
	assert.Equal(t, Vector3AxisX, Vector3i{1, 1, 1}.MaxAxisIndex())
	assert.Equal(t, Vector3AxisY, Vector3i{2, 1, 3}.MinAxisIndex())
	assert.Equal(t, Vector3AxisZ, Vector3i{2, 1, 3}.MaxAxisIndex())
	assert.True(t, Vector3i{1, 2, 3}.Less(Vector3i{1, 2, 4}))
	assert.True(t, Vector3i{1, 2, 3}.LessEqual(Vector3i{1, 3, 0}))
	assert.True(t, Vector3i{2, 0, 0}.Greater(Vector3i{1, 9, 9}))
	assert.True(t, Vector3i{1, 2, 3}.GreaterEqual(Vector3i{1, 2, 3}))
	assert.Equal(t, Vector3{1, -2, 16777216}, Vector3i{1, -2, 16777217}.Vector3())
}

func TestVector4i(t *testing.T) {
	a := Vector4i{7, -7, 9, 1}
	b := Vector4i{2, 2, 3, 1}
	assert.Equal(t, Vector4i{9, -5, 12, 2}, a.Add(b))
	assert.Equal(t, Vector4i{5, -9, 6, 0}, a.Sub(b))
	assert.Equal(t, Vector4i{14, -14, 27, 1}, a.Mul(b))
	assert.Equal(t, Vector4i{3, -3, 3, 1}, a.Div(b))
	assert.Equal(t, Vector4i{1, -1, 0, 0}, a.Mod(b))
	assert.Equal(t, Vector4i{-7, 7, -9, -1}, a.Neg())
	assert.Equal(t, Vector4i{21, -21, 27, 3}, a.MulScalar(3))
	assert.Equal(t, Vector4i{2, -2, 3, 0}, a.DivScalar(3))
	assert.Equal(t, Vector4i{1, -1, 0, 1}, a.ModScalar(3))
	assert.PanicsWithValue(t, "variant: division by zero error", func() { a.Div(Vector4i{1, 1, 1, 0}) })
	assert.PanicsWithValue(t, "variant: modulo by zero error", func() { a.ModScalar(0) })
	assert.Equal(t, int64(25), Vector4i{1, 2, 2, 4}.LengthSquared())
	assert.Equal(t, 5.0, Vector4i{1, 2, 2, 4}.Length())
	assert.Equal(t, 5.0, Vector4i{}.DistanceTo(Vector4i{1, 2, 2, 4}))
	assert.Equal(t, int64(25), Vector4i{}.DistanceSquaredTo(Vector4i{1, 2, 2, 4}))
	assert.Equal(t, Vector4i{math.MinInt32, 1, 0, 5}, Vector4i{math.MinInt32, -1, 0, 5}.Abs())
	assert.Equal(t, Vector4i{-1, 1, 0, 1}, Vector4i{-4, 4, 0, 5}.Sign())
	assert.Equal(t, Vector4i{0, 5, 3, 5}, Vector4i{-1, 9, 3, 5}.Clampi(0, 5))
	assert.Equal(t, Vector4i{0, 5, 3, 5}, Vector4i{-1, 9, 3, 5}.Clamp(Vector4i{}, Vector4i{5, 5, 5, 5}))
	assert.Equal(t, Vector4i{6, -4, 7, 0}, Vector4i{5, -5, 7, 0}.Snapped(Vector4i{2, 2, 0, 3}))
	assert.Equal(t, Vector4i{3, 6, 0, 3}, Vector4i{4, 5, 1, 2}.Snappedi(3))
	assert.Equal(t, Vector4i{-1, 2, 1, 0}, Vector4i{-1, 5, 1, 0}.Min(Vector4i{0, 2, 1, 1}))
	assert.Equal(t, Vector4i{0, 5, 1, 1}, Vector4i{-1, 5, 1, 0}.Max(Vector4i{0, 2, 1, 1}))
	assert.Equal(t, Vector4i{-1, 2, 1, 0}, Vector4i{-1, 5, 1, 0}.Mini(2))
	assert.Equal(t, Vector4i{2, 5, 2, 2}, Vector4i{-1, 5, 1, 0}.Maxi(2))
	assert.Equal(t, 3, Vector4i{1, 1, 1, 1}.MinAxisIndex())
	assert.Equal(t, 0, Vector4i{1, 1, 1, 1}.MaxAxisIndex())
	assert.Equal(t, 1, Vector4i{3, 0, 2, 1}.MinAxisIndex())
	assert.Equal(t, 2, Vector4i{3, 0, 4, 1}.MaxAxisIndex())
	assert.True(t, Vector4i{1, 2, 3, 4}.Less(Vector4i{1, 2, 3, 5}))
	assert.True(t, Vector4i{1, 2, 3, 4}.LessEqual(Vector4i{1, 2, 3, 4}))
	assert.True(t, Vector4i{1, 2, 4, 0}.Greater(Vector4i{1, 2, 3, 9}))
	assert.True(t, Vector4i{1, 2, 3, 4}.GreaterEqual(Vector4i{1, 2, 3, 4}))
	assert.Equal(t, Vector4{1, -2, 3, 16777216}, Vector4i{1, -2, 3, 16777217}.Vector4())
}
