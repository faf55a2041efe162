package variant

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestVector3LengthNormalized(t *testing.T) {
	for _, c := range []struct {
		name   string
		v      Vector3
		length float32
		norm   Vector3
	}{
		{"2-3-6-7", Vector3{2, 3, 6}, 7, Vector3{float32(2) / 7, float32(3) / 7, float32(6) / 7}},
		{"axis", Vector3{0, 0, -5}, 5, Vector3{0, 0, -1}},
		// Unlike Vector2, a zero-length Vector3 is replaced by (+0, +0, +0).
		{"zero", Vector3{}, 0, Vector3{}},
		{"negative zero", Vector3{negZ, negZ, negZ}, 0, Vector3{}},
		{"tiny underflows", Vector3{1e-30, 0, 0}, 0, Vector3{}},
		{"huge overflows", Vector3{3e38, 0, 0}, inf32, Vector3{0, 0, 0}},
		{"NaN", Vector3{0, nan32, 0}, nan32, Vector3{nan32, nan32, nan32}},
		{"Inf", Vector3{0, 0, ninf32}, inf32, Vector3{0, 0, nan32}},
	} {
		t.Run(c.name, func(t *testing.T) {
			assertBits(t, c.length, c.v.Length())
			assertBits(t, c.norm, c.v.Normalized())
		})
	}
	assert.True(t, Vector3{0, 0.6, 0.8}.IsNormalized())
	assert.False(t, Vector3{}.IsNormalized())
	assert.False(t, Vector3{nan32, 0, 0}.IsNormalized())
}

func TestVector3Operators(t *testing.T) {
	a, b := Vector3{1, -2, 3}, Vector3{4, 8, -16}
	assertBits(t, Vector3{5, 6, -13}, a.Add(b))
	assertBits(t, Vector3{-3, -10, 19}, a.Sub(b))
	assertBits(t, Vector3{4, -16, -48}, a.Mul(b))
	assertBits(t, Vector3{0.25, -0.25, -0.1875}, a.Div(b))
	assertBits(t, Vector3{2, -4, 6}, a.MulScalar(2))
	assertBits(t, Vector3{0.5, -1, 1.5}, a.DivScalar(2))
	assertBits(t, Vector3{-1, 2, -3}, a.Neg())
	assertBits(t, Vector3{inf32, ninf32, nan32}, Vector3{1, -1, 0}.DivScalar(0))
	assertBits(t, Vector3{1, inf32, -0.5}, Vector3{1, 0, -2}.Inverse())
	assert.True(t, Vector3{1, 2, 3}.Less(Vector3{1, 2, 4}))
	assert.True(t, Vector3{1, 2, 3}.LessEqual(Vector3{1, 2, 3}))
	assert.True(t, Vector3{1, 3, 0}.Greater(Vector3{1, 2, 9}))
	assert.True(t, Vector3{1, 2, 3}.GreaterEqual(Vector3{1, 2, 3}))
	assert.False(t, Vector3{1, 2, nan32}.Less(Vector3{1, 2, 3}))
}

func TestVector3Products(t *testing.T) {
	assertBits(t, float32(32), Vector3{1, 2, 3}.Dot(Vector3{4, 5, 6}))
	assertBits(t, Vector3{-3, 6, -3}, Vector3{1, 2, 3}.Cross(Vector3{4, 5, 6}))
	assertBits(t, Vector3{0, 0, 1}, Vector3{1, 0, 0}.Cross(Vector3{0, 1, 0}))
	assertBits(t, Vector3{0, 0, 0}, Vector3{2, 2, 2}.Cross(Vector3{1, 1, 1}))
	assertBits(t, Vector3{0, ninf32, nan32}, Vector3{inf32, 0, 0}.Cross(Vector3{0, 0, 1}))
	assertBits(t, Basis{Rows: [3]Vector3{{4, 5, 6}, {8, 10, 12}, {12, 15, 18}}}, Vector3{1, 2, 3}.Outer(Vector3{4, 5, 6}))
	assertBits(t, float32(7), Vector3{1, 1, 1}.DistanceTo(Vector3{3, 4, 7}))
	assertBits(t, float32(49), Vector3{1, 1, 1}.DistanceSquaredTo(Vector3{3, 4, 7}))
	assertBits(t, Vector3{float32(2) / 7, float32(3) / 7, float32(6) / 7}, Vector3{1, 1, 1}.DirectionTo(Vector3{3, 4, 7}))
	assertBits(t, Vector3{0, 2, 0}, Vector3{2, 2, 2}.Project(Vector3{0, 3, 0}))
	assertBits(t, Vector3{nan32, nan32, nan32}, Vector3{2, 2, 2}.Project(Vector3{}))

	assertBits(t, float32(math.Pi/2), Vector3{1, 0, 0}.AngleTo(Vector3{0, 3, 0}))
	assertBits(t, float32(0), Vector3{}.AngleTo(Vector3{0, 3, 0}))
	assertBits(t, float32(math.Pi), Vector3{1, 0, 0}.AngleTo(Vector3{-1, 0, 0}))
	assertBits(t, float32(math.Pi/2), Vector3{1, 0, 0}.SignedAngleTo(Vector3{0, 1, 0}, Vector3{0, 0, 1}))
	assertBits(t, -float32(math.Pi/2), Vector3{1, 0, 0}.SignedAngleTo(Vector3{0, 1, 0}, Vector3{0, 0, -1}))
}

func TestVector3Rounding(t *testing.T) {
	v := Vector3{1.5, -1.5, negZ}
	assertBits(t, Vector3{2, -2, negZ}, v.Round())
	assertBits(t, Vector3{1, -2, negZ}, v.Floor())
	assertBits(t, Vector3{2, -1, negZ}, v.Ceil())
	assertBits(t, Vector3{1.5, 1.5, 0}, v.Abs())
	assertBits(t, Vector3{1, -1, 0}, v.Sign())
	assertBits(t, Vector3{0, 1, -1}, Vector3{nan32, inf32, ninf32}.Sign())
	assertBits(t, Vector3{6, -2, 0}, Vector3{5.5, -2.5, 0.2}.Snapped(Vector3{2, 1, 1}))
	assertBits(t, Vector3{5.5, nan32, 0}, Vector3{5.5, nan32, 0.2}.Snapped(Vector3{0, 1, 1}))
	assertBits(t, Vector3{5, -5, 0}, Vector3{7, -7, 2}.Snappedf(5))
	assertBits(t, Vector3{1, 2, 0}, Vector3{-5, 5, negZ}.Posmod(3))
	assertBits(t, Vector3{0, 1, nan32}, Vector3{-5, 5, nan32}.Clampf(0, 1))
	assertBits(t, Vector3{0, 1, 0.5}, Vector3{-5, 5, 0.5}.Clamp(Vector3{}, Vector3{1, 1, 1}))
	assertBits(t, Vector3{1, 2, nan32}, Vector3{1, 5, 7}.Min(Vector3{3, 2, nan32}))
	assertBits(t, Vector3{3, 5, nan32}, Vector3{1, 5, 7}.Max(Vector3{3, 2, nan32}))
	assertBits(t, Vector3{1, 2, 2}, Vector3{1, 5, 7}.Minf(2))
	assertBits(t, Vector3{2, 5, 7}, Vector3{1, 5, 7}.Maxf(2))
}

func TestVector3AxisIndex(t *testing.T) {
	for _, c := range []struct {
		v        Vector3
		min, max int
	}{
		{Vector3{1, 2, 3}, Vector3AxisX, Vector3AxisZ},
		{Vector3{3, 2, 1}, Vector3AxisZ, Vector3AxisX},
		{Vector3{2, 1, 3}, Vector3AxisY, Vector3AxisZ},
		{Vector3{1, 1, 1}, Vector3AxisZ, Vector3AxisX},
		{Vector3{nan32, 1, 2}, Vector3AxisY, Vector3AxisX},
	} {
		assert.Equal(t, c.min, c.v.MinAxisIndex(), "min %v", c.v)
		assert.Equal(t, c.max, c.v.MaxAxisIndex(), "max %v", c.v)
	}
}

func TestVector3Rotated(t *testing.T) {
	assertNear(t, Vector3{0, 1, 0}, Vector3{1, 0, 0}.Rotated(Vector3{0, 0, 1}, float32(math.Pi/2)), 1e-7)
	assertNear(t, Vector3{0, 0, -1}, Vector3{1, 0, 0}.Rotated(Vector3{0, 1, 0}, float32(math.Pi/2)), 1e-7)
	assertBits(t, Vector3{1, 2, 3}, Vector3{1, 2, 3}.Rotated(Vector3{0, 1, 0}, 0))
	// Debug builds refuse a non-normalized axis: the rotation stays identity.
	assertBits(t, Vector3{1, 2, 3}, Vector3{1, 2, 3}.Rotated(Vector3{0, 2, 0}, 1))
	assertBits(t, Vector3{1, 2, 3}, Vector3{1, 2, 3}.Rotated(Vector3{}, 1))
	assertBits(t, Vector3{nan32, nan32, nan32}, Vector3{1, 2, 3}.Rotated(Vector3{0, 1, 0}, nan32))
}

func TestVector3Interpolation(t *testing.T) {
	a, b := Vector3{}, Vector3{10, 20, 30}
	assertBits(t, Vector3{5, 10, 15}, a.Lerp(b, 0.5))
	assertBits(t, Vector3{5, 10, 15}, a.Slerp(b, 0.5)) // zero start: lerp
	assertBits(t, Vector3{2, 2, 2}, Vector3{1, 1, 1}.Slerp(Vector3{3, 3, 3}, 0.5))
	assertNear(t, Vector3{1.5 * float32(math.Sqrt2) / 2, 1.5 * float32(math.Sqrt2) / 2, 0}, Vector3{1, 0, 0}.Slerp(Vector3{0, 2, 0}, 0.5), 1e-6)
	p0, p1, p2, p3 := Vector3{0, 0, 0}, Vector3{1, 1, 1}, Vector3{2, 4, 8}, Vector3{3, 9, 27}
	assertBits(t, p2, p1.CubicInterpolate(p2, p0, p3, 1))
	assertBits(t, p1, p1.CubicInterpolateInTime(p2, p0, p3, 0, 1, -1, 2))
	assertBits(t, p3, p0.BezierInterpolate(p1, p2, p3, 1))
	assertBits(t, Vector3{3, 3, 3}, p0.BezierDerivative(p1, p2, p3, 0))
	assertBits(t, Vector3{3, 0, 0}, Vector3{}.MoveToward(Vector3{10, 0, 0}, 3))
	assertBits(t, Vector3{10, 0, 0}, Vector3{}.MoveToward(Vector3{10, 0, 0}, 30))
	assertBits(t, Vector3{0, 0.6, 0.8}, Vector3{0, 3, 4}.LimitLength(1))
	assertBits(t, Vector3{}, Vector3{}.LimitLength(1))
}

func TestVector3ReflectSlideBounce(t *testing.T) {
	n := Vector3{0, 1, 0}
	v := Vector3{1, -1, 2}
	assertBits(t, Vector3{-1, -1, -2}, v.Reflect(n))
	assertBits(t, Vector3{1, 1, 2}, v.Bounce(n))
	assertBits(t, Vector3{1, 0, 2}, v.Slide(n))
	assertBits(t, Vector3{}, v.Reflect(Vector3{0, 2, 0}))
	assertBits(t, Vector3{negZ, negZ, negZ}, v.Bounce(Vector3{}))
	assertBits(t, Vector3{}, v.Slide(Vector3{nan32, 0, 0}))
}

func TestVector3Misc(t *testing.T) {
	for _, v := range []Vector3{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 2, 3}, {-5, 0.1, 0.2}} {
		p := v.AnyPerpendicular()
		assert.True(t, p.IsNormalized(), "%v", v)
		assert.InDelta(t, 0, v.Dot(p), 1e-6, "%v", v)
	}
	assertBits(t, Vector3{}, Vector3{}.AnyPerpendicular())
	assertBits(t, Vector3{}, Vector3{0.000001, 0, 0}.AnyPerpendicular())

	for _, v := range []Vector3{{0, 0, 1}, {0, 0, -1}, {0.6, 0, 0.8}, {0, -0.6, -0.8}, {1, 0, 0}} {
		enc := v.OctahedronEncode()
		assert.True(t, enc.X >= 0 && enc.X <= 1 && enc.Y >= 0 && enc.Y <= 1, "%v", enc)
		assertNear(t, v, Vector3OctahedronDecode(enc), 1e-6, "%v", v)
	}
	assertBits(t, Vector2{0.5, 0.5}, Vector3{0, 0, 1}.OctahedronEncode())

	assert.True(t, Vector3{1, 2, 3}.IsEqualApprox(Vector3{1.000001, 2, 3}))
	assert.False(t, Vector3{nan32, 2, 3}.IsEqualApprox(Vector3{nan32, 2, 3}))
	assert.True(t, Vector3{nan32, 2, 3}.IsSame(Vector3{nan32, 2, 3}))
	assert.True(t, Vector3{0.000001, 0, -0.000001}.IsZeroApprox())
	assert.False(t, Vector3{0, 0, inf32}.IsFinite())
	assert.Equal(t, Vector3i{1, -1, math.MinInt32}, Vector3{1.5, -1.5, nan32}.Vector3i())
}
