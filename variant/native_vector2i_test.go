package variant

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestVector2iArithmetic(t *testing.T) {
	a, b := Vector2i{7, -7}, Vector2i{2, 3}
	assert.Equal(t, Vector2i{9, -4}, a.Add(b))
	assert.Equal(t, Vector2i{5, -10}, a.Sub(b))
	assert.Equal(t, Vector2i{14, -21}, a.Mul(b))
	assert.Equal(t, Vector2i{21, -21}, a.MulScalar(3))
	assert.Equal(t, Vector2i{-7, 7}, a.Neg())
	// Division truncates toward zero, the remainder has the dividend's sign.
	assert.Equal(t, Vector2i{3, -2}, a.Div(b))
	assert.Equal(t, Vector2i{3, -3}, a.DivScalar(2))
	assert.Equal(t, Vector2i{1, -1}, a.Mod(b))
	assert.Equal(t, Vector2i{1, -1}, a.ModScalar(2))
	// Overflow wraps.
	assert.Equal(t, Vector2i{math.MinInt32, 0}, Vector2i{math.MaxInt32, 0}.Add(Vector2i{1, 0}))
	assert.Equal(t, Vector2i{math.MinInt32, 0}, Vector2i{math.MinInt32, 0}.Neg())
	assert.Equal(t, Vector2i{math.MinInt32, 0}, Vector2i{math.MinInt32, 0}.DivScalar(-1))
	assert.Equal(t, Vector2i{0, 0}, Vector2i{math.MinInt32, 0}.ModScalar(-1))
	assert.Equal(t, Vector2i{-2, 0}, Vector2i{math.MaxInt32, 0}.MulScalar(2))
}

func TestVector2iDivisionByZero(t *testing.T) {
	for _, c := range []struct {
		name string
		f    func()
		msg  string
	}{
		{"Div x", func() { Vector2i{1, 1}.Div(Vector2i{0, 1}) }, "variant: division by zero error"},
		{"Div y", func() { Vector2i{1, 1}.Div(Vector2i{1, 0}) }, "variant: division by zero error"},
		{"Div zero by zero", func() { Vector2i{}.Div(Vector2i{}) }, "variant: division by zero error"},
		{"DivScalar", func() { Vector2i{1, 1}.DivScalar(0) }, "variant: division by zero error"},
		{"Mod", func() { Vector2i{1, 1}.Mod(Vector2i{2, 0}) }, "variant: modulo by zero error"},
		{"ModScalar", func() { Vector2i{1, 1}.ModScalar(0) }, "variant: modulo by zero error"},
	} {
		t.Run(c.name, func(t *testing.T) { assert.PanicsWithValue(t, c.msg, c.f) })
	}
}

func TestVector2iLength(t *testing.T) {
	maxSq := 2 * int64(math.MaxInt32) * int64(math.MaxInt32)
	for _, c := range []struct {
		v      Vector2i
		sq     int64
		length float64
	}{
		{Vector2i{3, 4}, 25, 5},
		{Vector2i{}, 0, 0},
		{Vector2i{math.MaxInt32, math.MaxInt32}, maxSq, math.Sqrt(float64(maxSq))},
		{Vector2i{math.MinInt32, 0}, 1 << 62, 1 << 31},
		// 2^62 + 2^62 overflows int64 to -2^63, so the length is NaN (the
		// engine's int64 arithmetic wraps the same way).
		{Vector2i{math.MinInt32, math.MinInt32}, math.MinInt64, math.NaN()},
	} {
		assert.Equal(t, c.sq, c.v.LengthSquared(), "%v", c.v)
		if math.IsNaN(c.length) {
			assert.True(t, math.IsNaN(c.v.Length()), "%v", c.v)
		} else {
			assert.Equal(t, c.length, c.v.Length(), "%v", c.v)
		}
	}
	assert.Equal(t, 5.0, Vector2i{1, 1}.DistanceTo(Vector2i{4, 5}))
	assert.Equal(t, int64(25), Vector2i{1, 1}.DistanceSquaredTo(Vector2i{4, -3}))
	// The difference wraps in int32 before widening.
	assert.Equal(t, int64(1), Vector2i{math.MaxInt32, 0}.DistanceSquaredTo(Vector2i{math.MinInt32, 0}))
}

func TestVector2iMethods(t *testing.T) {
	assert.Equal(t, Vector2i{math.MinInt32, 5}, Vector2i{math.MinInt32, -5}.Abs())
	assert.Equal(t, Vector2i{-1, 0}, Vector2i{-9, 0}.Sign())
	assert.Equal(t, Vector2i{1, -1}, Vector2i{math.MaxInt32, math.MinInt32}.Sign())
	assert.Equal(t, Vector2i{0, 10}, Vector2i{-5, 50}.Clamp(Vector2i{0, 0}, Vector2i{10, 10}))
	assert.Equal(t, Vector2i{0, 10}, Vector2i{-5, 50}.Clampi(0, 10))
	assert.Equal(t, Vector2i{1, 2}, Vector2i{1, 5}.Min(Vector2i{3, 2}))
	assert.Equal(t, Vector2i{1, 1}, Vector2i{4, 2}.Mini(1))
	assert.Equal(t, Vector2i{3, 5}, Vector2i{1, 5}.Maxi(3))
	assert.Equal(t, Vector2i{3, 5}, Vector2i{1, 5}.Max(Vector2i{3, 2}))
	assert.Equal(t, Vector2AxisY, Vector2i{4, 4}.MinAxisIndex())
	assert.Equal(t, Vector2AxisX, Vector2i{4, 4}.MaxAxisIndex())
	assert.Equal(t, float32(16)/9, Vector2i{16, 9}.Aspect())
	assert.True(t, math.IsInf(float64(Vector2i{1, 0}.Aspect()), 1))
	assert.True(t, math.IsNaN(float64(Vector2i{0, 0}.Aspect())))
	assert.Equal(t, Vector2{16777216, -3}, Vector2i{16777217, -3}.Vector2())
	assert.True(t, Vector2i{1, 2}.Less(Vector2i{1, 3}))
	assert.True(t, Vector2i{1, 3}.Greater(Vector2i{1, 2}))
	assert.True(t, Vector2i{1, 3}.GreaterEqual(Vector2i{1, 3}))
	assert.True(t, Vector2i{0, 9}.LessEqual(Vector2i{1, 0}))
}

func TestVector2iSnapped(t *testing.T) {
	for _, c := range []struct {
		v, step, want Vector2i
	}{
		{Vector2i{5, -5}, Vector2i{2, 2}, Vector2i{6, -4}}, // halves round up
		{Vector2i{4, 5}, Vector2i{3, 3}, Vector2i{3, 6}},
		{Vector2i{7, 7}, Vector2i{0, 0}, Vector2i{7, 7}},
		{Vector2i{7, -7}, Vector2i{-5, -5}, Vector2i{5, -5}},
		// The double result no longer fits in int32: x86-64 gives MinInt32.
		{Vector2i{math.MaxInt32, 0}, Vector2i{2, 1}, Vector2i{math.MinInt32, 0}},
		{Vector2i{math.MinInt32, 1}, Vector2i{3, 1}, Vector2i{math.MinInt32, 1}},
		{Vector2i{math.MinInt32 + 1, 1}, Vector2i{2, 1}, Vector2i{math.MinInt32 + 2, 1}},
	} {
		assert.Equal(t, c.want, c.v.Snapped(c.step), "%v snapped %v", c.v, c.step)
	}
	assert.Equal(t, Vector2i{3, 6}, Vector2i{4, 5}.Snappedi(3))
}
