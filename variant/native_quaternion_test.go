package variant

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

var (
	nmS45    = float32(math.Sqrt2 / 2)
	nmQRotZ  = Quaternion{0, 0, nmS45, nmS45} // 90 degrees about Z
	nmQRotZ4 = Quaternion{0, 0, float32(math.Sin(math.Pi / 8)), float32(math.Cos(math.Pi / 8))}
)

func TestQuaternionArithmetic(t *testing.T) {
	a, b := Quaternion{1, 2, 3, 4}, Quaternion{5, 6, 7, 8}
	assertBits(t, Quaternion{6, 8, 10, 12}, a.Add(b))
	assertBits(t, Quaternion{-4, -4, -4, -4}, a.Sub(b))
	assertBits(t, Quaternion{-1, -2, -3, -4}, a.Neg())
	assertBits(t, Quaternion{2, 4, 6, 8}, a.MulScalar(2))
	// Division is q * (1 / s): 10 * (1/3f) rounds differently from 10 / 3f.
	third := float32(1) / 3
	assertBits(t, Quaternion{10 * third, 0, 0, 3 * third}, Quaternion{10, 0, 0, 3}.DivScalar(3))
	assert.NotEqual(t, float32(10)/3, Quaternion{10, 0, 0, 3}.DivScalar(3).X)
	assertBits(t, Quaternion{inf32, nan32, ninf32, inf32}, Quaternion{1, 0, -1, 2}.DivScalar(0))
	assertBits(t, float32(70), a.Dot(b))
	assertBits(t, float32(30), a.LengthSquared())
	assertBits(t, float32(math.Sqrt(30)), a.Length())

	// Hamilton products of the unit quaternions.
	i, j, k := Quaternion{1, 0, 0, 0}, Quaternion{0, 1, 0, 0}, Quaternion{0, 0, 1, 0}
	assertBits(t, k, i.Mul(j))
	assertBits(t, Quaternion{0, 0, -1, 0}, j.Mul(i))
	assertBits(t, Quaternion{0, 0, 0, -1}, i.Mul(i))
	assertBits(t, a, IdentityQuaternion.Mul(a))
	assertBits(t, Quaternion{24, 48, 48, -6}, a.Mul(b))
}

func TestQuaternionNormalize(t *testing.T) {
	assertBits(t, IdentityQuaternion, Quaternion{0, 0, 0, 2}.Normalized())
	assertBits(t, Quaternion{0.5, 0.5, 0.5, 0.5}, Quaternion{1, 1, 1, 1}.Normalized())
	// 0 * (1 / 0) is NaN.
	assertBits(t, Quaternion{nan32, nan32, nan32, nan32}, Quaternion{}.Normalized())
	assertBits(t, Quaternion{0, 0, 0, 0}, Quaternion{0, 0, 3e38, 3e38}.Normalized()) // length overflows to Inf
	assert.True(t, IdentityQuaternion.IsNormalized())
	assert.True(t, Quaternion{0, 0, 0, 1.0004}.IsNormalized())
	assert.False(t, Quaternion{0, 0, 0, 1.001}.IsNormalized())
	assert.False(t, Quaternion{}.IsNormalized())
	assert.False(t, Quaternion{nan32, 0, 0, 1}.IsNormalized())
}

func TestQuaternionInverse(t *testing.T) {
	assertBits(t, Quaternion{negZ, negZ, -nmS45, nmS45}, nmQRotZ.Inverse())
	// Debug builds refuse a non-normalized quaternion: identity.
	assertBits(t, IdentityQuaternion, Quaternion{1, 2, 3, 4}.Inverse())
	assertBits(t, IdentityQuaternion, Quaternion{}.Inverse())
	assert.True(t, nmQRotZ.Mul(nmQRotZ.Inverse()).IsEqualApprox(IdentityQuaternion))
}

func TestQuaternionRotation(t *testing.T) {
	assertNear(t, Vector3{0, 1, 0}, nmQRotZ.MulVector3(Vector3{1, 0, 0}), 1e-7)
	assertNear(t, Vector3{1, 0, 0}, nmQRotZ.XformInv(Vector3{0, 1, 0}), 1e-7)
	assertBits(t, Vector3{1, 2, 3}, IdentityQuaternion.MulVector3(Vector3{1, 2, 3}))
	// Debug builds return the vector unchanged for a non-normalized quaternion.
	assertBits(t, Vector3{1, 2, 3}, Quaternion{0, 0, 1, 1}.MulVector3(Vector3{1, 2, 3}))
	assertBits(t, Vector3{nan32, 2, 3}, Quaternion{}.MulVector3(Vector3{nan32, 2, 3}))
	// Rotating agrees with the basis of the quaternion.
	q := QuaternionFromEuler(Vector3{0.3, -0.5, 0.7})
	v := Vector3{1, -2, 3}
	assertNear(t, NewBasisFromQuaternion(q).MulVector3(v), q.MulVector3(v), 1e-6)
}

func TestQuaternionConstruction(t *testing.T) {
	assertNear(t, nmQRotZ, NewQuaternionFromAxisAngle(Vector3{0, 0, 1}, float32(math.Pi/2)), 1e-7)
	assertBits(t, IdentityQuaternion, NewQuaternionFromAxisAngle(Vector3{0, 0, 1}, 0))
	// Debug builds refuse a non-normalized axis: identity.
	assertBits(t, IdentityQuaternion, NewQuaternionFromAxisAngle(Vector3{0, 0, 2}, 1))
	assertBits(t, IdentityQuaternion, NewQuaternionFromAxisAngle(Vector3{}, 1))

	assertNear(t, nmQRotZ, NewQuaternionShortestArc(Vector3{2, 0, 0}, Vector3{0, 5, 0}), 1e-7)
	assertBits(t, IdentityQuaternion, NewQuaternionShortestArc(Vector3{1, 2, 3}, Vector3{2, 4, 6}))
	opposite := NewQuaternionShortestArc(Vector3{1, 0, 0}, Vector3{-1, 0, 0})
	assertBits(t, float32(0), opposite.W)
	assert.True(t, opposite.IsNormalized())
	assertNear(t, Vector3{-1, 0, 0}, opposite.MulVector3(Vector3{1, 0, 0}), 1e-6)
	assertBits(t, IdentityQuaternion, NewQuaternionShortestArc(Vector3{}, Vector3{1, 0, 0}))

	for _, e := range []Vector3{{0.3, -0.5, 0.7}, {0, 0, 0}, {1.2, 0.1, -2}} {
		q := QuaternionFromEuler(e)
		assert.True(t, q.IsNormalized())
		fromBasis := BasisFromEuler(e, EulerOrderYXZ).Quaternion()
		if fromBasis.Dot(q) < 0 { // q and -q are the same rotation
			fromBasis = fromBasis.Neg()
		}
		assertNear(t, fromBasis, q, 1e-6, "%v", e)
		assertNear(t, e, q.Euler(EulerOrderYXZ), 2e-6, "%v", e)
	}
	assertBits(t, IdentityQuaternion, QuaternionFromEuler(Vector3{}))
	// Debug builds refuse get_euler on a non-normalized quaternion.
	assertBits(t, Vector3{}, Quaternion{1, 2, 3, 4}.Euler(EulerOrderYXZ))
	assertNear(t, nmQRotZ, NewQuaternionFromBasis(NewBasisFromAxisAngle(Vector3{0, 0, 1}, float32(math.Pi/2))), 1e-7)
}

func TestQuaternionAxisAngleLogExp(t *testing.T) {
	assertNear(t, Vector3{0, 0, 1}, nmQRotZ.Axis(), 1e-7)
	assert.InDelta(t, math.Pi/2, float64(nmQRotZ.Angle()), 1e-6)
	// With |w| close to 1 the raw x, y, z are returned.
	assertBits(t, Vector3{}, IdentityQuaternion.Axis())
	assertBits(t, float32(0), IdentityQuaternion.Angle())
	assertBits(t, float32(math.Pi)*2, Quaternion{0, 0, 0, -1}.Angle())
	assertBits(t, float32(0), Quaternion{0, 0, 0, 2}.Angle()) // acos clamps

	l := nmQRotZ.Log()
	assertNear(t, Quaternion{0, 0, float32(math.Pi / 2), 0}, l, 1e-6)
	assertNear(t, nmQRotZ, l.Exp(), 1e-6)
	assertBits(t, IdentityQuaternion, Quaternion{}.Exp())
	assertBits(t, IdentityQuaternion, Quaternion{0, 0, 0.000001, 0}.Exp())
	assertBits(t, Quaternion{0, 0, 0, 0}, IdentityQuaternion.Log())

	assert.InDelta(t, math.Pi/2, float64(IdentityQuaternion.AngleTo(nmQRotZ)), 1e-6)
	// q and -q are the same rotation; acos near 1 magnifies the rounding.
	assert.InDelta(t, 0, float64(nmQRotZ.AngleTo(nmQRotZ.Neg())), 1e-3)
	assertBits(t, float32(0), IdentityQuaternion.AngleTo(Quaternion{0, 0, 0, 2})) // acos clamps
}

func TestQuaternionSlerp(t *testing.T) {
	assertNear(t, nmQRotZ4, IdentityQuaternion.Slerp(nmQRotZ, 0.5), 1e-6)
	assertNear(t, IdentityQuaternion, IdentityQuaternion.Slerp(nmQRotZ, 0), 1e-7)
	assertNear(t, nmQRotZ, IdentityQuaternion.Slerp(nmQRotZ, 1), 1e-7)
	// The shorter arc: -q is the same rotation.
	assertNear(t, nmQRotZ4, IdentityQuaternion.Slerp(nmQRotZ.Neg(), 0.5), 1e-6)
	// Nearly equal quaternions take the linear branch.
	near := Quaternion{0, 0, 0.001, 1}.Normalized()
	assertBits(t, Quaternion{0, 0, 0.5 * near.Z, 0.5 + 0.5*near.W}, IdentityQuaternion.Slerp(near, 0.5))
	// Debug builds refuse non-normalized input: identity.
	assertBits(t, IdentityQuaternion, Quaternion{0, 0, 1, 1}.Slerp(nmQRotZ, 0.5))
	assertBits(t, IdentityQuaternion, nmQRotZ.Slerp(Quaternion{}, 0.5))
	assertBits(t, Quaternion{nan32, nan32, nan32, nan32}, IdentityQuaternion.Slerp(nmQRotZ, nan32))

	assertNear(t, nmQRotZ4, IdentityQuaternion.Slerpni(nmQRotZ, 0.5), 1e-6)
	assertBits(t, IdentityQuaternion, IdentityQuaternion.Slerpni(IdentityQuaternion, 0.5))
	assertBits(t, IdentityQuaternion, Quaternion{0, 0, 1, 1}.Slerpni(nmQRotZ, 0.5))
	// Slerpni does not flip to the shorter arc.
	long := IdentityQuaternion.Slerpni(nmQRotZ.Neg(), 0.5)
	assert.False(t, long.IsEqualApprox(nmQRotZ4))
}

func TestQuaternionPredicates(t *testing.T) {
	assert.True(t, nmQRotZ.IsEqualApprox(Quaternion{0, 0, nmS45 + 1e-7, nmS45}))
	assert.False(t, nmQRotZ.IsEqualApprox(nmQRotZ.Neg()))
	assert.True(t, Quaternion{nan32, 0, 0, 1}.IsSame(Quaternion{nan32, 0, 0, 1}))
	assert.False(t, Quaternion{nan32, 0, 0, 1}.IsEqualApprox(Quaternion{nan32, 0, 0, 1}))
	assert.True(t, nmQRotZ.IsFinite())
	assert.False(t, Quaternion{0, 0, 0, inf32}.IsFinite())
	assert.Equal(t, Quaternion{}, Quaternion{}, "zero value is all zeros, not the identity")
}
