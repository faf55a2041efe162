package variant

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTransform2DBasics(t *testing.T) {
	v := Vector2{3, -4}
	assertBits(t, v, IdentityTransform2D.MulVector2(v))
	assert.Equal(t, Transform2D{}, Transform2D{}, "zero value is all zeros")

	tr := NewTransform2DRotation(float32(math.Pi/2), Vector2{10, 0})
	assertNear(t, Vector2{10, 1}, tr.MulVector2(Vector2{1, 0}), 1e-6)
	assertNear(t, Vector2{0, 1}, tr.BasisXform(Vector2{1, 0}), 1e-7)
	assertNear(t, Vector2{1, 0}, tr.BasisXformInv(Vector2{0, 1}), 1e-7)
	assertNear(t, Vector2{1, 0}, tr.XformInv(Vector2{10, 1}), 1e-6)
	assert.InDelta(t, math.Pi/2, float64(tr.Rotation()), 1e-7)

	s := Transform2D{X: Vector2{2, 0}, Y: Vector2{0, 4}, Origin: Vector2{6, 8}}
	assertBits(t, Vector2{8, 12}, s.MulVector2(Vector2{1, 1}))
	assertBits(t, float32(8), s.Determinant())
	assertBits(t, Vector2{2, 4}, s.Scale())
	assertBits(t, float32(0), s.Skew())
	assertBits(t, Vector2{-4, 16}, s.XformInv(Vector2{4, 12})) // the transpose, not the inverse
	assertBits(t, Transform2D{Vector2{4, 0}, Vector2{0, 8}, Vector2{12, 16}}, s.MulScalar(2))
	assertBits(t, Transform2D{Vector2{1, 0}, Vector2{0, 2}, Vector2{3, 4}}, s.DivScalar(2))
	flipped := Transform2D{X: Vector2{-1, 0}, Y: Vector2{0, 1}}
	assertBits(t, Vector2{1, -1}, flipped.Scale())
	assertBits(t, float32(math.Pi), flipped.Rotation())
}

func TestTransform2DProductsAndInverses(t *testing.T) {
	a := NewTransform2DRotationScaleSkew(0.3, Vector2{2, 3}, 0.1, Vector2{5, -7})
	b := NewTransform2DRotation(-1.1, Vector2{1, 2})
	p := Vector2{0.5, -2}
	assertNear(t, a.MulVector2(b.MulVector2(p)), a.Mul(b).MulVector2(p), 1e-5)
	assertBits(t, a, IdentityTransform2D.Mul(a))

	s := Transform2D{X: Vector2{2, 0}, Y: Vector2{0, 4}, Origin: Vector2{6, 8}}
	assertBits(t, Transform2D{X: Vector2{0.5, negZ}, Y: Vector2{negZ, 0.25}, Origin: Vector2{-3, -2}}, s.AffineInverse())
	assert.True(t, a.AffineInverse().Mul(a).IsEqualApprox(IdentityTransform2D))
	// Debug builds refuse a zero determinant and return the transform as is.
	singular := Transform2D{X: Vector2{1, 2}, Y: Vector2{2, 4}, Origin: Vector2{1, 1}}
	assertBits(t, singular, singular.AffineInverse())

	assert.True(t, b.Inverse().Mul(b).IsEqualApprox(IdentityTransform2D))
	// Inverse assumes a rotation: with scale it is only the transpose.
	assert.False(t, s.Inverse().Mul(s).IsEqualApprox(IdentityTransform2D))

	assertNear(t, Vector2{0, 1}, IdentityTransform2D.Rotated(float32(math.Pi/2)).X, 1e-7)
	moved := IdentityTransform2D.Translated(Vector2{1, 0})
	assertNear(t, Vector2{0, 1}, moved.Rotated(float32(math.Pi/2)).Origin, 1e-7)
	assertNear(t, Vector2{1, 0}, moved.RotatedLocal(float32(math.Pi/2)).Origin, 0)
	assertBits(t, Transform2D{Vector2{2, 0}, Vector2{0, 3}, Vector2{2, 3}}, Transform2D{Vector2{1, 0}, Vector2{0, 1}, Vector2{1, 1}}.Scaled(Vector2{2, 3}))
	assertBits(t, Transform2D{Vector2{2, 0}, Vector2{0, 3}, Vector2{1, 1}}, Transform2D{Vector2{1, 0}, Vector2{0, 1}, Vector2{1, 1}}.ScaledLocal(Vector2{2, 3}))
	assertBits(t, Vector2{7, 10}, s.Translated(Vector2{1, 2}).Origin)
	assertBits(t, Vector2{8, 16}, s.TranslatedLocal(Vector2{1, 2}).Origin)
}

func TestTransform2DMisc(t *testing.T) {
	skewed := Transform2D{X: Vector2{2, 0}, Y: Vector2{1, 3}, Origin: Vector2{4, 5}}
	o := skewed.Orthonormalized()
	assertBits(t, Transform2D{X: Vector2{1, 0}, Y: Vector2{0, 1}, Origin: Vector2{4, 5}}, o)
	assert.InDelta(t, math.Atan2(1, 3), float64(-skewed.Skew()), 1e-6)

	a := NewTransform2DRotationScaleSkew(0.2, Vector2{1, 2}, 0, Vector2{0, 0})
	b := NewTransform2DRotationScaleSkew(1.2, Vector2{3, 4}, 0, Vector2{10, 20})
	assert.True(t, a.InterpolateWith(b, 0).IsEqualApprox(a))
	assert.True(t, a.InterpolateWith(b, 1).IsEqualApprox(b))
	mid := a.InterpolateWith(b, 0.5)
	assert.InDelta(t, 0.7, float64(mid.Rotation()), 1e-6)
	assertNear(t, Vector2{2, 3}, mid.Scale(), 1e-6)
	assertNear(t, Vector2{5, 10}, mid.Origin, 1e-6)

	look := Transform2D{X: Vector2{2, 0}, Y: Vector2{0, 2}, Origin: Vector2{1, 1}}.LookingAt(Vector2{1, 5})
	assert.InDelta(t, math.Pi/2, float64(look.Rotation()), 1e-6)
	assertNear(t, Vector2{1, 1}, look.Scale(), 1e-6) // scale is dropped
	assertBits(t, Vector2{1, 1}, look.Origin)

	assert.True(t, NewTransform2DRotation(0.7, Vector2{}).IsConformal())
	assert.True(t, Transform2D{X: Vector2{-2, 0}, Y: Vector2{0, 2}}.IsConformal())
	assert.False(t, Transform2D{X: Vector2{2, 0}, Y: Vector2{0, 3}}.IsConformal())

	r := NewTransform2DRotation(float32(math.Pi/2), Vector2{10, 0}).MulRect2(Rect2{Vector2{0, 0}, Vector2{2, 1}})
	assert.True(t, r.IsEqualApprox(Rect2{Vector2{9, 0}, Vector2{1, 2}}), "%v", r)
	assertBits(t, Rect2{Vector2{6, 8}, Vector2{2, 4}}, Transform2D{X: Vector2{2, 0}, Y: Vector2{0, 4}, Origin: Vector2{6, 8}}.MulRect2(Rect2{Size: Vector2{1, 1}}))

	assert.True(t, IdentityTransform2D.IsFinite())
	assert.False(t, Transform2D{Origin: Vector2{nan32, 0}}.IsFinite())
	assert.True(t, Transform2D{Origin: Vector2{nan32, 0}}.IsSame(Transform2D{Origin: Vector2{nan32, 0}}))
}

func TestTransform3D(t *testing.T) {
	v := Vector3{1, -2, 3}
	assertBits(t, v, IdentityTransform3D.MulVector3(v))
	s := Transform3D{BasisFromScale(Vector3{2, 4, 8}), Vector3{1, 2, 3}}
	assertBits(t, Vector3{3, -6, 27}, s.MulVector3(v))
	assertBits(t, Vector3{1, -2, 3}, Transform3D{IdentityBasis, Vector3{1, 1, 1}}.XformInv(Vector3{2, -1, 4}))

	inv := s.AffineInverse()
	assertBits(t, BasisFromScale(Vector3{0.5, 0.25, 0.125}), inv.Basis)
	assertBits(t, Vector3{-0.5, -0.5, -0.375}, inv.Origin)
	assertBits(t, v, inv.MulVector3(s.MulVector3(v)))
	// Debug builds keep a singular basis; the origin is still transformed.
	singular := Transform3D{Basis{Rows: [3]Vector3{{1, 2, 3}, {2, 4, 6}, {0, 0, 1}}}, Vector3{1, 1, 1}}
	assertBits(t, Transform3D{singular.Basis, Vector3{-6, -12, -1}}, singular.AffineInverse())

	rot := Transform3D{NewBasisFromAxisAngle(Vector3{0, 0, 1}, float32(math.Pi/2)), Vector3{5, 0, 0}}
	assert.True(t, rot.Inverse().Mul(rot).IsEqualApprox(IdentityTransform3D))
	assert.True(t, rot.AffineInverse().Mul(rot).IsEqualApprox(IdentityTransform3D))
	assertNear(t, rot.MulVector3(s.MulVector3(v)), rot.Mul(s).MulVector3(v), 1e-5)

	assertNear(t, Vector3{0, 5, 0}, Transform3D{IdentityBasis, Vector3{5, 0, 0}}.Rotated(Vector3{0, 0, 1}, float32(math.Pi/2)).Origin, 1e-6)
	assertBits(t, Vector3{5, 0, 0}, Transform3D{IdentityBasis, Vector3{5, 0, 0}}.RotatedLocal(Vector3{0, 0, 1}, float32(math.Pi/2)).Origin)
	// A non-normalized axis leaves the transform unchanged (debug builds).
	assertBits(t, s, s.Rotated(Vector3{0, 0, 2}, 1))
	assertBits(t, Transform3D{BasisFromScale(Vector3{4, 12, 32}), Vector3{2, 6, 12}}, s.Scaled(Vector3{2, 3, 4}))
	assertBits(t, Transform3D{BasisFromScale(Vector3{4, 12, 32}), Vector3{1, 2, 3}}, s.ScaledLocal(Vector3{2, 3, 4}))
	assertBits(t, Vector3{2, 3, 4}, s.Translated(Vector3{1, 1, 1}).Origin)
	assertBits(t, Vector3{3, 6, 11}, s.TranslatedLocal(Vector3{1, 1, 1}).Origin)
	assertBits(t, Transform3D{IdentityBasis, Vector3{1, 2, 3}}, s.Orthonormalized())
	assertBits(t, Transform3D{BasisFromScale(Vector3{4, 8, 16}), Vector3{2, 4, 6}}, s.MulScalar(2))
	assertBits(t, Transform3D{BasisFromScale(Vector3{1, 2, 4}), Vector3{0.5, 1, 1.5}}, s.DivScalar(2))
}

func TestTransform3DLookingAtAndInterpolation(t *testing.T) {
	tr := Transform3D{IdentityBasis, Vector3{1, 2, 3}}
	l := tr.LookingAt(Vector3{1, 2, -10}, Vector3{0, 1, 0}, false)
	assert.True(t, l.Basis.IsEqualApprox(IdentityBasis))
	assertBits(t, tr.Origin, l.Origin)
	l = tr.LookingAt(Vector3{5, 2, 3}, Vector3{0, 1, 0}, false)
	assertNear(t, Vector3{-1, 0, 0}, l.Basis.Z(), 1e-6)
	// Debug builds refuse a target at the origin: the identity transform.
	assertBits(t, IdentityTransform3D, tr.LookingAt(Vector3{1, 2, 3}, Vector3{0, 1, 0}, false))

	a := Transform3D{BasisFromEuler(Vector3{0.1, 0.2, 0.3}, EulerOrderYXZ).Scaled(Vector3{2, 2, 2}), Vector3{0, 0, 0}}
	b := Transform3D{BasisFromEuler(Vector3{0.4, -0.2, 0.9}, EulerOrderYXZ).Scaled(Vector3{4, 4, 4}), Vector3{10, 20, 30}}
	assert.True(t, a.InterpolateWith(b, 0).IsEqualApprox(a))
	assert.True(t, a.InterpolateWith(b, 1).IsEqualApprox(b))
	mid := a.InterpolateWith(b, 0.5)
	assertNear(t, Vector3{3, 3, 3}, mid.Basis.Scale(), 1e-5)
	assertNear(t, Vector3{5, 10, 15}, mid.Origin, 1e-6)
}

func TestTransform3DAABBAndPlane(t *testing.T) {
	box := AABB{Vector3{0, 0, 0}, Vector3{1, 2, 3}}
	assertBits(t, box, IdentityTransform3D.MulAABB(box))
	rot := Transform3D{NewBasisFromAxisAngle(Vector3{0, 0, 1}, float32(math.Pi/2)), Vector3{}}
	assertNear(t, AABB{Vector3{-2, 0, 0}, Vector3{2, 1, 3}}, rot.MulAABB(box), 1e-6)
	assertBits(t, AABB{Vector3{1, 2, 3}, Vector3{2, 8, 24}}, Transform3D{BasisFromScale(Vector3{2, 4, 8}), Vector3{1, 2, 3}}.MulAABB(box))
	// A negative scale flips the box but keeps a positive size.
	assertBits(t, AABB{Vector3{-1, 0, 0}, Vector3{1, 2, 3}}, Transform3D{BasisFromScale(Vector3{-1, 1, 1}), Vector3{}}.MulAABB(box))

	p := Plane{Vector3{0, 0, 1}, 1}
	assertBits(t, Plane{Vector3{0, 0, 1}, 6}, Transform3D{IdentityBasis, Vector3{0, 0, 5}}.MulPlane(p))
	// Non-uniform scale: the normal goes through the inverse transpose.
	sp := Transform3D{BasisFromScale(Vector3{1, 1, 2}), Vector3{}}.MulPlane(Plane{Vector3{0, 0.6, 0.8}, 1})
	assert.True(t, sp.Normal.IsNormalized())
	assert.InDelta(t, 0, float64(sp.DistanceTo(Vector3{0, 0.6, 1.6})), 1e-6)
}
