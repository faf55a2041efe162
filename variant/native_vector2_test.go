package variant

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestVector2Length(t *testing.T) {
	for _, c := range []struct {
		name       string
		v          Vector2
		length, sq float32
	}{
		{"3-4-5", Vector2{3, 4}, 5, 25},
		{"zero", Vector2{}, 0, 0},
		{"negative zero", Vector2{negZ, negZ}, 0, 0},
		{"NaN", Vector2{nan32, 1}, nan32, nan32},
		{"Inf", Vector2{inf32, 1}, inf32, inf32},
		{"-Inf", Vector2{ninf32, 0}, inf32, inf32},
		{"huge overflows", Vector2{2e38, 3e38}, inf32, inf32},
		{"tiny underflows", Vector2{1e-30, 1e-30}, 0, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			assertBits(t, c.length, c.v.Length())
			assertBits(t, c.sq, c.v.LengthSquared())
		})
	}
}

func TestVector2Normalized(t *testing.T) {
	for _, c := range []struct {
		name string
		v    Vector2
		want Vector2
		norm bool
	}{
		{"3-4-5", Vector2{3, 4}, Vector2{float32(3) / 5, float32(4) / 5}, true},
		{"axis", Vector2{0, -7}, Vector2{0, -1}, true},
		// Godot leaves a zero-length vector untouched (no division).
		{"zero", Vector2{}, Vector2{}, false},
		{"negative zero kept", Vector2{negZ, 0}, Vector2{negZ, 0}, false},
		// x² + y² underflows to 0, so the tiny vector comes back unchanged.
		{"tiny", Vector2{1e-30, 1e-30}, Vector2{1e-30, 1e-30}, false},
		// x² + y² overflows to +Inf, so both components divide to 0.
		{"huge", Vector2{2e38, 3e38}, Vector2{0, 0}, false},
		{"NaN", Vector2{nan32, 1}, Vector2{nan32, nan32}, false},
		{"Inf", Vector2{inf32, 0}, Vector2{nan32, 0}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := c.v.Normalized()
			assertBits(t, c.want, got)
			assert.Equal(t, c.norm, got.IsNormalized())
		})
	}
}

func TestVector2IsNormalized(t *testing.T) {
	for _, c := range []struct {
		v    Vector2
		want bool
	}{
		{Vector2{1, 0}, true}, {Vector2{0.6, 0.8}, true}, {Vector2{1, 0.0005}, true},
		{Vector2{1.001, 0}, false}, {Vector2{0.9995, 0}, true}, {Vector2{}, false},
		{Vector2{nan32, 0}, false}, {Vector2{inf32, 0}, false},
	} {
		assert.Equal(t, c.want, c.v.IsNormalized(), "%v", c.v)
	}
}

func TestVector2Operators(t *testing.T) {
	a, b := Vector2{1, -2}, Vector2{4, 8}
	assertBits(t, Vector2{5, 6}, a.Add(b))
	assertBits(t, Vector2{-3, -10}, a.Sub(b))
	assertBits(t, Vector2{4, -16}, a.Mul(b))
	assertBits(t, Vector2{0.25, -0.25}, a.Div(b))
	assertBits(t, Vector2{3, -6}, a.MulScalar(3))
	assertBits(t, Vector2{0.5, -1}, a.DivScalar(2))
	assertBits(t, Vector2{-1, 2}, a.Neg())
	assertBits(t, Vector2{negZ, negZ}, Vector2{}.Neg())

	// IEEE division by zero.
	assertBits(t, Vector2{inf32, nan32}, Vector2{1, 0}.DivScalar(0))
	assertBits(t, Vector2{ninf32, inf32}, Vector2{-1, 1}.Div(Vector2{0, 0}))
	assertBits(t, Vector2{ninf32, ninf32}, Vector2{-1, 1}.Div(Vector2{0, negZ}))
	// Overflow and NaN propagate.
	assertBits(t, Vector2{inf32, nan32}, Vector2{3e38, nan32}.MulScalar(10))

	// Comparisons are lexicographic and false for NaN.
	assert.True(t, Vector2{1, 2}.Less(Vector2{1, 3}))
	assert.True(t, Vector2{0, 9}.Less(Vector2{1, 0}))
	assert.False(t, Vector2{1, nan32}.Less(Vector2{1, 2}))
	assert.False(t, Vector2{nan32, 0}.Less(Vector2{1, 0}))
	assert.True(t, Vector2{1, 2}.LessEqual(Vector2{1, 2}))
	assert.True(t, Vector2{2, 0}.Greater(Vector2{1, 5}))
	assert.True(t, Vector2{1, 2}.GreaterEqual(Vector2{1, 2}))
	assert.False(t, Vector2{nan32, 0} == Vector2{nan32, 0})
	assert.True(t, Vector2{0, 0} == Vector2{negZ, 0})
}

func TestVector2Angles(t *testing.T) {
	assertBits(t, float32(math.Pi/2), Vector2{0, 1}.Angle())
	assertBits(t, float32(math.Pi), Vector2{-1, 0}.Angle())
	assertBits(t, -float32(math.Pi), Vector2{-1, negZ}.Angle())
	assertBits(t, float32(0), Vector2{}.Angle())
	assertBits(t, nan32, Vector2{nan32, 1}.Angle())
	assertBits(t, float32(math.Pi/4), Vector2{inf32, inf32}.Angle())

	assertBits(t, float32(math.Pi/2), Vector2{1, 0}.AngleTo(Vector2{0, 5}))
	assertBits(t, -float32(math.Pi/2), Vector2{0, 5}.AngleTo(Vector2{1, 0}))
	assertBits(t, float32(0), Vector2{}.AngleTo(Vector2{1, 0}))
	assertBits(t, float32(math.Pi), Vector2{1, 1}.AngleToPoint(Vector2{0, 1}))

	assertNear(t, Vector2{1, 0}, Vector2FromAngle(0), 0)
	assertNear(t, Vector2{0, 1}, Vector2FromAngle(float32(math.Pi/2)), 1e-7)
}

func TestVector2Rotated(t *testing.T) {
	// sin(float32(pi/2)) rounds to 1 and cos to -4.371139e-08.
	assertBits(t, Vector2{float32(math.Cos(float64(float32(math.Pi / 2)))), 1}, Vector2{1, 0}.Rotated(float32(math.Pi/2)))
	assertBits(t, Vector2{3, 4}, Vector2{3, 4}.Rotated(0))
	assertNear(t, Vector2{-3, -4}, Vector2{3, 4}.Rotated(float32(math.Pi)), 1e-6)
	assertBits(t, Vector2{nan32, nan32}, Vector2{1, 0}.Rotated(inf32))
	assertBits(t, Vector2{nan32, nan32}, Vector2{1, 0}.Rotated(nan32))
	assertBits(t, Vector2{0, 0}, Vector2{}.Rotated(1))
	assert.Equal(t, Vector2{2, -1}, Vector2{1, 2}.Orthogonal())
}

func TestVector2Rounding(t *testing.T) {
	v := Vector2{1.5, -1.5}
	assertBits(t, Vector2{2, -2}, v.Round())
	assertBits(t, Vector2{1, -2}, v.Floor())
	assertBits(t, Vector2{2, -1}, v.Ceil())
	assertBits(t, Vector2{negZ, 0}, Vector2{-0.4, 0.4}.Round())
	assertBits(t, Vector2{negZ, 1}, Vector2{-0.5, 0.5}.Ceil())
	assertBits(t, Vector2{nan32, inf32}, Vector2{nan32, inf32}.Floor())
	assertBits(t, Vector2{1.5, 1.5}, v.Abs())
	assertBits(t, Vector2{0, inf32}, Vector2{negZ, ninf32}.Abs())
	assertBits(t, Vector2{1, -1}, Vector2{3, -0.1}.Sign())
	assertBits(t, Vector2{0, 0}, Vector2{nan32, negZ}.Sign())
	assertBits(t, Vector2{1, -1}, Vector2{inf32, ninf32}.Sign())
}

func TestVector2Snapped(t *testing.T) {
	for _, c := range []struct {
		name    string
		v, step Vector2
		want    Vector2
	}{
		{"basic", Vector2{5.5, -2.5}, Vector2{2, 1}, Vector2{6, -2}},
		{"zero step keeps", Vector2{5.5, -2.5}, Vector2{}, Vector2{5.5, -2.5}},
		{"negative step", Vector2{7, 7}, Vector2{-5, -5}, Vector2{5, 5}},
		{"NaN value", Vector2{nan32, 1}, Vector2{1, 1}, Vector2{nan32, 1}},
		{"NaN step", Vector2{1, 1}, Vector2{nan32, 1}, Vector2{nan32, 1}},
		{"Inf value", Vector2{inf32, 1}, Vector2{1, 1}, Vector2{inf32, 1}},
		{"Inf step", Vector2{1, 1}, Vector2{inf32, 1}, Vector2{nan32, 1}},
		// The double computation overflows float32 only when rounding back.
		{"huge", Vector2{3.4e38, 1}, Vector2{3e38, 1}, Vector2{float32(math.Floor(3.4e38/float64(float32(3e38))+0.5) * float64(float32(3e38))), 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			assertBits(t, c.want, c.v.Snapped(c.step))
		})
	}
	assertBits(t, Vector2{5, -5}, Vector2{7, -7}.Snappedf(5))
	// 0.3f / 0.1f is 2.9999999 in double, +0.5 floors to 3: 3 * 0.1f in double.
	assertBits(t, float32(3*float64(float32(0.1))), Vector2{0.3, 0}.Snappedf(0.1).X)
}

func TestVector2ClampMinMax(t *testing.T) {
	lo, hi := Vector2{0, 0}, Vector2{1, 1}
	assertBits(t, Vector2{0, 1}, Vector2{-5, 5}.Clamp(lo, hi))
	assertBits(t, Vector2{nan32, 1}, Vector2{nan32, 5}.Clampf(0, 1))
	assertBits(t, Vector2{0.5, 0}, Vector2{0.5, ninf32}.Clampf(0, 1))
	assertBits(t, Vector2{1, 2}, Vector2{1, 5}.Min(Vector2{3, 2}))
	assertBits(t, Vector2{nan32, 1}, Vector2{1, 1}.Min(Vector2{nan32, 1})) // MIN(a, b) = a < b ? a : b
	assertBits(t, Vector2{1, 1}, Vector2{nan32, 1}.Minf(1))
	assertBits(t, Vector2{3, 5}, Vector2{1, 5}.Max(Vector2{3, 2}))
	assertBits(t, Vector2{2, 5}, Vector2{1, 5}.Maxf(2))
	assert.Equal(t, Vector2AxisX, Vector2{1, 2}.MinAxisIndex())
	assert.Equal(t, Vector2AxisY, Vector2{1, 1}.MinAxisIndex())
	assert.Equal(t, Vector2AxisY, Vector2{1, 2}.MaxAxisIndex())
	assert.Equal(t, Vector2AxisX, Vector2{1, 1}.MaxAxisIndex())
	assert.Equal(t, Vector2AxisY, Vector2{nan32, 1}.MinAxisIndex())
	assert.Equal(t, float32(16)/9, Vector2{16, 9}.Aspect())
	assertBits(t, inf32, Vector2{1, 0}.Aspect())
}

func TestVector2Products(t *testing.T) {
	assertBits(t, float32(11), Vector2{1, 2}.Dot(Vector2{3, 4}))
	assertBits(t, float32(-2), Vector2{1, 2}.Cross(Vector2{3, 4}))
	assertBits(t, nan32, Vector2{inf32, 0}.Dot(Vector2{0, 1}))
	assertBits(t, float32(5), Vector2{0, 0}.DistanceTo(Vector2{3, 4}))
	assertBits(t, float32(25), Vector2{0, 0}.DistanceSquaredTo(Vector2{3, -4}))
	assertBits(t, Vector2{0.6, 0.8}, Vector2{1, 1}.DirectionTo(Vector2{4, 5}))
	assertBits(t, Vector2{0, 0}, Vector2{1, 1}.DirectionTo(Vector2{1, 1}))
	assertBits(t, Vector2{0, 2}, Vector2{2, 2}.Project(Vector2{0, 3}))
	assertBits(t, Vector2{nan32, nan32}, Vector2{2, 2}.Project(Vector2{}))
	assertBits(t, Vector2{1, 2}, Vector2{-5, 5}.Posmod(3))
	assertBits(t, Vector2{1, -1}, Vector2{-5, 5}.Posmodv(Vector2{3, -3}))
	assertBits(t, Vector2{nan32, nan32}, Vector2{1, 1}.Posmod(0))
	// plane_project: vec - n * (n.dot(vec) - d)
	assertBits(t, Vector2{3, 1}, Vector2{0, 1}.PlaneProject(1, Vector2{3, 7}))
}

func TestVector2Interpolation(t *testing.T) {
	a, b := Vector2{0, 0}, Vector2{10, 20}
	assertBits(t, Vector2{5, 10}, a.Lerp(b, 0.5))
	assertBits(t, Vector2{20, 40}, a.Lerp(b, 2))
	assertBits(t, Vector2{nan32, nan32}, a.Lerp(b, nan32))
	assertBits(t, Vector2{nan32, nan32}, a.Lerp(Vector2{inf32, inf32}, 0)) // (Inf-0)*0

	// Slerp falls back to Lerp when a vector is zero.
	assertBits(t, Vector2{5, 10}, a.Slerp(b, 0.5))
	assertNear(t, Vector2{1.5 * float32(math.Sqrt2) / 2, 1.5 * float32(math.Sqrt2) / 2}, Vector2{1, 0}.Slerp(Vector2{0, 2}, 0.5), 1e-6)
	assertBits(t, Vector2{1, 0}, Vector2{1, 0}.Slerp(Vector2{0, 2}, 0))

	p0, p1, p2, p3 := Vector2{0, 0}, Vector2{1, 1}, Vector2{2, 4}, Vector2{3, 9}
	assertBits(t, p1, p1.CubicInterpolate(p2, p0, p3, 0))
	assertBits(t, p2, p1.CubicInterpolate(p2, p0, p3, 1))
	assertBits(t, Vector2{1.5, 2.25}, p1.CubicInterpolate(p2, p0, p3, 0.5))
	assertBits(t, p1, p1.CubicInterpolateInTime(p2, p0, p3, 0, 1, -1, 2))
	assertBits(t, p2, p1.CubicInterpolateInTime(p2, p0, p3, 1, 1, -1, 2))
	assertBits(t, p0, p0.BezierInterpolate(p1, p2, p3, 0))
	assertBits(t, p3, p0.BezierInterpolate(p1, p2, p3, 1))
	assertBits(t, Vector2{1.5, 3}, p0.BezierInterpolate(p1, p2, p3, 0.5))
	assertBits(t, Vector2{3, 3}, p0.BezierDerivative(p1, p2, p3, 0))
	assertBits(t, Vector2{3, 15}, p0.BezierDerivative(p1, p2, p3, 1))

	assertBits(t, Vector2{3, 0}, Vector2{}.MoveToward(Vector2{10, 0}, 3))
	assertBits(t, Vector2{10, 0}, Vector2{}.MoveToward(Vector2{10, 0}, 20))
	assertBits(t, Vector2{10, 0}, Vector2{10, 0}.MoveToward(Vector2{10, 0}, 0))
	assertBits(t, Vector2{1e-6, 0}, Vector2{}.MoveToward(Vector2{1e-6, 0}, 0)) // closer than CMP_EPSILON
	assertBits(t, Vector2{-1, 0}, Vector2{}.MoveToward(Vector2{10, 0}, -1))    // a negative delta moves away

	assertBits(t, Vector2{0.6, 0.8}, Vector2{3, 4}.LimitLength(1))
	assertBits(t, Vector2{3, 4}, Vector2{3, 4}.LimitLength(10))
	assertBits(t, Vector2{}, Vector2{}.LimitLength(1))
	assertBits(t, Vector2{0, 0}, Vector2{3, 4}.LimitLength(0))
}

func TestVector2ReflectSlideBounce(t *testing.T) {
	n := Vector2{0, 1}
	v := Vector2{1, -1}
	assertBits(t, Vector2{-1, -1}, v.Reflect(n))
	assertBits(t, Vector2{1, 1}, v.Bounce(n))
	assertBits(t, Vector2{1, 0}, v.Slide(n))
	// Debug builds refuse a normal that is not normalized and return zero.
	assertBits(t, Vector2{}, v.Reflect(Vector2{0, 2}))
	assertBits(t, Vector2{negZ, negZ}, v.Bounce(Vector2{0, 2}))
	assertBits(t, Vector2{}, v.Slide(Vector2{}))
	assertBits(t, Vector2{}, v.Reflect(Vector2{nan32, 0}))
	// A normal within the 0.001 tolerance is used as is.
	n2 := Vector2{0, 1.0001}
	d := v.Dot(n2)
	assertBits(t, Vector2{n2.X*2*d - v.X, n2.Y*2*d - v.Y}, v.Reflect(n2))
}

func TestVector2Predicates(t *testing.T) {
	assert.True(t, Vector2{1, 2}.IsEqualApprox(Vector2{1.000001, 2}))
	assert.False(t, Vector2{1, 2}.IsEqualApprox(Vector2{1.001, 2}))
	assert.True(t, Vector2{inf32, 0}.IsEqualApprox(Vector2{inf32, 0}))
	assert.False(t, Vector2{nan32, 0}.IsEqualApprox(Vector2{nan32, 0}))
	assert.True(t, Vector2{nan32, 0}.IsSame(Vector2{nan32, 0}))
	assert.True(t, Vector2{0.000009, -0.000009}.IsZeroApprox())
	assert.False(t, Vector2{0.00001, 0}.IsZeroApprox())
	assert.True(t, Vector2{3e38, -3e38}.IsFinite())
	assert.False(t, Vector2{inf32, 0}.IsFinite())
	assert.False(t, Vector2{0, nan32}.IsFinite())
}

func TestVector2ToVector2i(t *testing.T) {
	assert.Equal(t, Vector2i{3, -3}, Vector2{3.9, -3.9}.Vector2i())
	assert.Equal(t, Vector2i{math.MinInt32, math.MinInt32}, Vector2{nan32, 3e9}.Vector2i())
	assert.Equal(t, Vector2i{math.MinInt32, 0}, Vector2{ninf32, negZ}.Vector2i())
}
