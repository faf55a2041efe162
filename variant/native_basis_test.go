package variant

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

var nmM123 = Basis{Rows: [3]Vector3{{1, 2, 3}, {4, 5, 6}, {7, 8, 10}}}

func TestBasisConstruction(t *testing.T) {
	b := NewBasis(Vector3{1, 2, 3}, Vector3{4, 5, 6}, Vector3{7, 8, 9})
	assertBits(t, Basis{Rows: [3]Vector3{{1, 4, 7}, {2, 5, 8}, {3, 6, 9}}}, b)
	assertBits(t, Vector3{1, 2, 3}, b.X())
	assertBits(t, Vector3{4, 5, 6}, b.Y())
	assertBits(t, Vector3{7, 8, 9}, b.Z())
	b.SetColumn(1, Vector3{-1, -2, -3})
	assertBits(t, Vector3{-1, -2, -3}, b.Column(1))
	assert.Panics(t, func() { b.Column(3) })
	assertBits(t, Basis{Rows: [3]Vector3{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}}, NewBasisFromRows(1, 2, 3, 4, 5, 6, 7, 8, 9))
	assertBits(t, Basis{Rows: [3]Vector3{{2, 0, 0}, {0, 3, 0}, {0, 0, 4}}}, BasisFromScale(Vector3{2, 3, 4}))
	assert.Equal(t, Basis{}, Basis{}, "zero value is the zero matrix")
}

func TestBasisProducts(t *testing.T) {
	assertBits(t, nmM123, IdentityBasis.Mul(nmM123))
	assertBits(t, nmM123, nmM123.Mul(IdentityBasis))
	assertBits(t, Basis{Rows: [3]Vector3{{30, 36, 45}, {66, 81, 102}, {109, 134, 169}}}, nmM123.Mul(nmM123))
	// An infinite element times the identity's zeros gives NaN, as in C++.
	inf := Basis{Rows: [3]Vector3{{inf32, 0, 0}, {0, 1, 0}, {0, 0, 1}}}
	assertBits(t, Basis{Rows: [3]Vector3{{inf32, nan32, nan32}, {0, 1, 0}, {0, 0, 1}}}, inf.Mul(IdentityBasis))

	rotZ := Basis{Rows: [3]Vector3{{0, -1, 0}, {1, 0, 0}, {0, 0, 1}}}
	assertBits(t, Vector3{-2, 1, 3}, rotZ.MulVector3(Vector3{1, 2, 3}))
	assertBits(t, Vector3{2, -1, 3}, rotZ.XformInv(Vector3{1, 2, 3}))
	assertBits(t, Vector3{14, 32, 53}, nmM123.MulVector3(Vector3{1, 2, 3}))
	assertBits(t, float32(8), nmM123.Tdotx(Vector3{1, 0, 1}))
	assertBits(t, float32(10), nmM123.Tdoty(Vector3{1, 0, 1}))
	assertBits(t, float32(13), nmM123.Tdotz(Vector3{1, 0, 1}))

	assertBits(t, nmM123.MulScalar(2), nmM123.Add(nmM123))
	assertBits(t, Basis{}, nmM123.Sub(nmM123))
	assertBits(t, Basis{Rows: [3]Vector3{{0.5, 1, 1.5}, {2, 2.5, 3}, {3.5, 4, 5}}}, nmM123.DivScalar(2))
}

func TestBasisDeterminantInverse(t *testing.T) {
	for _, c := range []struct {
		name string
		b    Basis
		det  float32
	}{
		{"identity", IdentityBasis, 1},
		{"diagonal", BasisFromScale(Vector3{2, 3, 4}), 24},
		{"general", nmM123, -3},
		{"singular", Basis{Rows: [3]Vector3{{1, 2, 3}, {2, 4, 6}, {0, 0, 1}}}, 0},
		{"zero", Basis{}, 0},
		{"NaN", BasisFromScale(Vector3{nan32, 1, 1}), nan32},
		{"Inf", BasisFromScale(Vector3{inf32, 1, 1}), inf32},
	} {
		t.Run(c.name, func(t *testing.T) { assertBits(t, c.det, c.b.Determinant()) })
	}

	assertBits(t, BasisFromScale(Vector3{0.5, 0.25, 0.125}), BasisFromScale(Vector3{2, 4, 8}).Inverse())
	assert.True(t, nmM123.Inverse().Mul(nmM123).IsEqualApprox(IdentityBasis))
	assert.True(t, nmM123.Mul(nmM123.Inverse()).IsEqualApprox(IdentityBasis))
	// Debug builds refuse a singular basis and leave it unchanged.
	singular := Basis{Rows: [3]Vector3{{1, 2, 3}, {2, 4, 6}, {0, 0, 1}}}
	assertBits(t, singular, singular.Inverse())
	assertBits(t, Basis{}, Basis{}.Inverse())
	// NaN is not zero, so the inverse is computed (and is NaN).
	assert.True(t, math.IsNaN(float64(BasisFromScale(Vector3{nan32, 1, 1}).Inverse().Rows[0].X)))
	// A tiny but non-zero determinant is inverted.
	assertBits(t, BasisFromScale(Vector3{1e20, 1, 1}), BasisFromScale(Vector3{1e-20, 1, 1}).Inverse())

	assertBits(t, Basis{Rows: [3]Vector3{{1, 4, 7}, {2, 5, 8}, {3, 6, 10}}}, nmM123.Transposed())
}

func TestBasisScale(t *testing.T) {
	b := Basis{Rows: [3]Vector3{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}}
	assertBits(t, Basis{Rows: [3]Vector3{{1, 2, 3}, {8, 10, 12}, {21, 24, 27}}}, b.Scaled(Vector3{1, 2, 3}))
	assertBits(t, Basis{Rows: [3]Vector3{{1, 4, 9}, {4, 10, 18}, {7, 16, 27}}}, b.ScaledLocal(Vector3{1, 2, 3}))
	// Scaling multiplies element-wise, so off-diagonal zeros times Inf are NaN.
	assertBits(t, Basis{Rows: [3]Vector3{{inf32, 0, 0}, {nan32, 1, 0}, {nan32, 0, 1}}}, IdentityBasis.ScaledLocal(Vector3{inf32, 1, 1}))

	assertBits(t, Vector3{2, 3, 4}, BasisFromScale(Vector3{2, 3, 4}).Scale())
	assertBits(t, Vector3{-2, -3, -4}, BasisFromScale(Vector3{-2, 3, 4}).Scale())
	assertBits(t, Vector3{2, 3, 4}, BasisFromScale(Vector3{-2, 3, 4}).ScaleAbs())
	assertBits(t, Vector3{0, 0, 0}, BasisFromScale(Vector3{0, 3, 4}).Scale()) // sign(0) = 0
	assertBits(t, Vector3{nan32, 0, 0}, BasisFromScale(Vector3{nan32, 1, 1}).Scale())
	assertBits(t, float32(3), BasisFromScale(Vector3{2, 3, 4}).UniformScale())

	ortho := BasisFromScale(Vector3{2, 3, 4}).Orthonormalized()
	assertBits(t, IdentityBasis, ortho)
	assertBits(t, Basis{}, Basis{}.Orthonormalized())
	m := Basis{Rows: [3]Vector3{{2, 1, 0}, {0, 3, 1}, {1, 0, 4}}}
	o := m.Orthonormalized()
	assert.True(t, o.IsOrthonormal())
	assert.InDelta(t, 1, o.Determinant(), 1e-6)
	assertNear(t, m.Column(0).Normalized(), o.Column(0), 0)
	og := m.Orthogonalized()
	assert.True(t, og.IsOrthogonal())
	assertNear(t, m.Scale(), og.Scale(), 1e-6)
}

func TestBasisPredicates(t *testing.T) {
	rot := BasisFromEuler(Vector3{0.1, 0.2, 0.3}, EulerOrderYXZ)
	assert.True(t, rot.IsRotation())
	assert.True(t, rot.IsOrthonormal())
	assert.True(t, rot.IsConformal())
	assert.False(t, rot.IsDiagonal())
	scaled := rot.Scaled(Vector3{2, 2, 2})
	assert.False(t, scaled.IsRotation())
	assert.True(t, scaled.IsConformal())
	assert.True(t, scaled.IsOrthogonal())
	assert.False(t, scaled.IsOrthonormal())
	flipped := BasisFromScale(Vector3{-1, 1, 1})
	assert.True(t, flipped.IsConformal())
	assert.False(t, flipped.IsRotation())
	assert.True(t, flipped.IsDiagonal())
	assert.False(t, nmM123.IsOrthogonal())
	assert.False(t, BasisFromScale(Vector3{nan32, 1, 1}).IsConformal())
	assert.True(t, IdentityBasis.IsEqualApprox(IdentityBasis.MulScalar(1.000001)))
	assert.True(t, IdentityBasis.IsFinite())
	assert.False(t, BasisFromScale(Vector3{inf32, 1, 1}).IsFinite())
	assert.True(t, BasisFromScale(Vector3{nan32, 1, 1}).IsSame(BasisFromScale(Vector3{nan32, 1, 1})))
}

func TestBasisAxisAngle(t *testing.T) {
	r := NewBasisFromAxisAngle(Vector3{0, 0, 1}, float32(math.Pi/2))
	assertNear(t, Basis{Rows: [3]Vector3{{0, -1, 0}, {1, 0, 0}, {0, 0, 1}}}, r, 1e-7)
	assertBits(t, IdentityBasis, NewBasisFromAxisAngle(Vector3{0, 1, 0}, 0))
	// Debug builds refuse a non-normalized axis; the basis stays identity.
	assertBits(t, IdentityBasis, NewBasisFromAxisAngle(Vector3{0, 0, 2}, 1))
	assertBits(t, IdentityBasis, NewBasisFromAxisAngle(Vector3{}, 1))

	axis, angle := r.AxisAngle()
	assertNear(t, Vector3{0, 0, 1}, axis, 1e-6)
	assert.InDelta(t, math.Pi/2, float64(angle), 1e-6)
	axis, angle = IdentityBasis.AxisAngle()
	assertBits(t, Vector3{0, 1, 0}, axis)
	assertBits(t, float32(0), angle)
	axis, angle = BasisFromScale(Vector3{1, -1, -1}).AxisAngle() // 180 degrees about X
	assertNear(t, Vector3{1, 0, 0}, axis, 1e-7)
	assertBits(t, float32(math.Pi), angle)

	assertNear(t, Basis{Rows: [3]Vector3{{0, -1, 0}, {1, 0, 0}, {0, 0, 1}}}, IdentityBasis.Rotated(Vector3{0, 0, 1}, float32(math.Pi/2)), 1e-7)
	assertBits(t, nmM123, nmM123.Rotated(Vector3{0, 0, 2}, 1))
	assertNear(t, nmM123.Mul(r), nmM123.RotatedLocal(Vector3{0, 0, 1}, float32(math.Pi/2)), 0)
}

func TestBasisEuler(t *testing.T) {
	orders := []EulerOrder{EulerOrderXYZ, EulerOrderXZY, EulerOrderYXZ, EulerOrderYZX, EulerOrderZXY, EulerOrderZYX}
	for _, order := range orders {
		for _, e := range []Vector3{{0.3, -0.5, 0.7}, {-1, 0.2, 1.2}, {0, 0, 0}} {
			b := BasisFromEuler(e, order)
			assert.True(t, b.IsRotation(), "order %d euler %v", order, e)
			assertNear(t, e, b.Euler(order), 2e-6, "order %d", order)
		}
		// Gimbal lock: the middle angle at ±90°.
		b := BasisFromEuler(Vector3{0, float32(math.Pi / 2), 0}, order)
		assert.True(t, b.MulVector3(Vector3{1, 2, 3}).IsEqualApprox(BasisFromEuler(b.Euler(order), order).MulVector3(Vector3{1, 2, 3})), "order %d", order)
	}
	// The identity takes the "pure X rotation" branch: atan2(-0, 1) is -0.
	assertBits(t, Vector3{negZ, 0, 0}, IdentityBasis.Euler(EulerOrderYXZ))
	assertBits(t, Vector3{0, 0, negZ}, IdentityBasis.Euler(EulerOrderXZY)) // asin(-0)
	// Pure rotations about X (YXZ) and Y (XYZ) take the "simplest form" branch.
	assertBits(t, Vector3{0.5, 0, 0}, BasisFromEuler(Vector3{0.5, 0, 0}, EulerOrderYXZ).Euler(EulerOrderYXZ))
	assertBits(t, Vector3{0, 0.5, 0}, BasisFromEuler(Vector3{0, 0.5, 0}, EulerOrderXYZ).Euler(EulerOrderXYZ))
	// Invalid orders: GetEuler gives zero, BasisFromEuler stays identity.
	assertBits(t, Vector3{}, nmM123.Euler(6))
	assertBits(t, IdentityBasis, BasisFromEuler(Vector3{1, 2, 3}, -1))
	assertNear(t, Vector3{0.3, -0.5, 0.7}, BasisFromEuler(Vector3{0.3, -0.5, 0.7}, EulerOrderYXZ).Scaled(Vector3{-2, -2, -2}).EulerNormalized(EulerOrderYXZ), 2e-6)
}

func TestBasisQuaternion(t *testing.T) {
	assertBits(t, IdentityQuaternion, IdentityBasis.Quaternion())
	q := NewBasisFromAxisAngle(Vector3{0, 1, 0}, float32(math.Pi/2)).Quaternion()
	assertNear(t, Quaternion{0, float32(math.Sqrt2 / 2), 0, float32(math.Sqrt2 / 2)}, q, 1e-7)
	// 180 degrees about X takes the trace <= 0 branch.
	assertNear(t, Quaternion{1, 0, 0, 0}, BasisFromScale(Vector3{1, -1, -1}).Quaternion(), 0)
	// Debug builds refuse a basis that is not a rotation: identity.
	assertBits(t, IdentityQuaternion, BasisFromScale(Vector3{2, 2, 2}).Quaternion())
	assertBits(t, IdentityQuaternion, Basis{}.Quaternion())
	assertBits(t, IdentityQuaternion, BasisFromScale(Vector3{-1, 1, 1}).Quaternion())
	// The rotation part survives scale and flips.
	rot := NewBasisFromAxisAngle(Vector3{0, 1, 0}, float32(math.Pi/2))
	assertNear(t, q, rot.Scaled(Vector3{2, 2, 2}).RotationQuaternion(), 1e-7)
	assertNear(t, q, rot.Scaled(Vector3{-3, -3, -3}).RotationQuaternion(), 1e-7)

	assertBits(t, IdentityBasis, NewBasisFromQuaternion(IdentityQuaternion))
	assertNear(t, rot, NewBasisFromQuaternion(q), 1e-7)
	// set_quaternion divides by the squared length: a scaled quaternion works.
	assertNear(t, rot, NewBasisFromQuaternion(q.MulScalar(3)), 1e-6)
	zero := NewBasisFromQuaternion(Quaternion{})
	assert.True(t, math.IsNaN(float64(zero.Rows[0].X)))
}

func TestBasisInterpolation(t *testing.T) {
	r90 := NewBasisFromAxisAngle(Vector3{0, 0, 1}, float32(math.Pi/2))
	r45 := NewBasisFromAxisAngle(Vector3{0, 0, 1}, float32(math.Pi/4))
	assertNear(t, r45, IdentityBasis.Slerp(r90, 0.5), 1e-6)
	assertNear(t, IdentityBasis, IdentityBasis.Slerp(r90, 0), 1e-6)
	// Row lengths are interpolated separately, but a scaled basis is not a
	// rotation: debug builds turn its quaternion into the identity.
	assertNear(t, BasisFromScale(Vector3{2, 2, 2}), IdentityBasis.Slerp(r90.Scaled(Vector3{3, 3, 3}), 0.5), 1e-6)
	assertNear(t, r45.Scaled(Vector3{2, 2, 2}), IdentityBasis.Slerp(r90, 0.5).Scaled(Vector3{2, 2, 2}), 1e-6)
	assertBits(t, BasisFromScale(Vector3{2, 2, 2}), BasisFromScale(Vector3{1, 1, 1}).Lerp(BasisFromScale(Vector3{3, 3, 3}), 0.5))
}

func TestBasisLookingAt(t *testing.T) {
	b := BasisLookingAt(Vector3{0, 0, -1}, Vector3{0, 1, 0}, false)
	assert.True(t, b.IsEqualApprox(IdentityBasis))
	// The -0 components come from negating the normalized target.
	assertBits(t, Basis{Rows: [3]Vector3{{1, 0, negZ}, {negZ, 1, negZ}, {0, 0, 1}}}, b)
	front := BasisLookingAt(Vector3{0, 0, 1}, Vector3{0, 1, 0}, true)
	assertBits(t, IdentityBasis, front)
	l := BasisLookingAt(Vector3{1, 2, 3}, Vector3{0, 1, 0}, false)
	assert.True(t, l.IsRotation())
	assertNear(t, Vector3{1, 2, 3}.Normalized().Neg(), l.Z(), 1e-6)
	// Colinear target and up still give a rotation (any perpendicular).
	assert.True(t, BasisLookingAt(Vector3{0, 5, 0}, Vector3{0, 1, 0}, false).IsRotation())
	// Debug builds refuse zero vectors: identity.
	assertBits(t, IdentityBasis, BasisLookingAt(Vector3{}, Vector3{0, 1, 0}, false))
	assertBits(t, IdentityBasis, BasisLookingAt(Vector3{1, 0, 0}, Vector3{}, false))
}
