package variant

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func nmDiagProjection(a, b, c, d float32) Projection {
	return Projection{[4]Vector4{{a, 0, 0, 0}, {0, b, 0, 0}, {0, 0, c, 0}, {0, 0, 0, d}}}
}

func TestProjectionBasics(t *testing.T) {
	p := Projection{[4]Vector4{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}, {13, 14, 15, 17}}}
	assertBits(t, p, IdentityProjection.Mul(p))
	assertBits(t, p, p.Mul(IdentityProjection))
	assertBits(t, Vector4{1, 2, 3, 4}, IdentityProjection.MulVector4(Vector4{1, 2, 3, 4}))
	assertBits(t, Vector4{1 + 5*2, 2 + 6*2, 3 + 7*2, 4 + 8*2}, p.MulVector4(Vector4{1, 2, 0, 0}))
	assertBits(t, Vector4{3, 11, 19, 27}, p.XformInv(Vector4{1, 1, 0, 0}))
	assertBits(t, Projection{[4]Vector4{{2, 0, 0, 0}, {0, 6, 0, 0}, {0, 0, 12, 0}, {0, 0, 0, 20}}}, nmDiagProjection(1, 2, 3, 4).Mul(nmDiagProjection(2, 3, 4, 5)))
	assert.Equal(t, Projection{}, Projection{}, "zero value is the zero matrix")

	assertBits(t, float32(1), IdentityProjection.Determinant())
	assertBits(t, float32(120), nmDiagProjection(2, 3, 4, 5).Determinant())
	assertBits(t, float32(0), p.Determinant()) // three columns in arithmetic progression
	tri := Projection{[4]Vector4{{4, 1, 0, 0}, {1, 3, 1, 0}, {0, 1, 2, 1}, {0, 0, 1, 5}}}
	assertBits(t, float32(79), tri.Determinant())
	assertBits(t, float32(0), Projection{}.Determinant())

	tr := Transform3D{BasisFromEuler(Vector3{0.1, 0.2, 0.3}, EulerOrderYXZ), Vector3{1, 2, 3}}
	assertBits(t, tr, NewProjectionFromTransform3D(tr).Transform3D())
	v := Vector3{0.5, -1, 2}
	assertBits(t, tr.MulVector3(v), NewProjectionFromTransform3D(tr).XformVector3(v)) // w is exactly 1

	assertBits(t, Projection{[4]Vector4{{1, 0, 0, 0}, {negZ, -1, negZ, negZ}, {0, 0, 1, 0}, {0, 0, 0, 1}}}, IdentityProjection.FlippedY())
	assertBits(t, Vector4{0.5, -0.25, 0, 1}, IdentityProjection.JitterOffseted(Vector2{0.5, -0.25}).Columns[3])
	assert.True(t, p.IsSame(p))
	assert.True(t, p.IsEqualApprox(p))
	assert.False(t, p.IsEqualApprox(IdentityProjection))
}

func TestProjectionInverse(t *testing.T) {
	assertBits(t, IdentityProjection, IdentityProjection.Inverse())
	assertBits(t, nmDiagProjection(0.5, 0.25, 0.125, 0.0625), nmDiagProjection(2, 4, 8, 16).Inverse())
	tri := Projection{[4]Vector4{{4, 1, 0, 0}, {1, 3, 1, 0}, {0, 1, 2, 1}, {0, 0, 1, 5}}}
	assertNear(t, IdentityProjection, tri.Inverse().Mul(tri), 1e-6)
	assertNear(t, IdentityProjection, tri.Mul(tri.Inverse()), 1e-6)
	persp := ProjectionCreatePerspective(70, 1.5, 0.1, 100, false)
	assertNear(t, IdentityProjection, persp.Inverse().Mul(persp), 1e-5)
	// A pivot of exactly zero makes the engine give up: unchanged.
	singular := Projection{[4]Vector4{{1, 2, 3, 4}, {2, 4, 6, 8}, {0, 0, 1, 0}, {0, 0, 0, 1}}}
	assertBits(t, singular, singular.Inverse())
	assertBits(t, Projection{}, Projection{}.Inverse())
	// Pivoting swaps rows: a permutation matrix inverts to its transpose.
	perm := Projection{[4]Vector4{{0, 1, 0, 0}, {0, 0, 1, 0}, {1, 0, 0, 0}, {0, 0, 0, 1}}}
	assertBits(t, Projection{[4]Vector4{{0, 0, 1, 0}, {1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 0, 1}}}, perm.Inverse())
}

func TestProjectionPerspective(t *testing.T) {
	p := ProjectionCreatePerspective(90, 1, 1, 3, false)
	assert.InDelta(t, 1, float64(p.Columns[0].X), 1e-7)
	assert.InDelta(t, 1, float64(p.Columns[1].Y), 1e-7)
	assertBits(t, float32(-2), p.Columns[2].Z)
	assertBits(t, float32(-1), p.Columns[2].W)
	assertBits(t, float32(-3), p.Columns[3].Z)
	assertBits(t, float32(0), p.Columns[3].W)
	assertBits(t, float32(1), p.ZNear())
	assertBits(t, float32(3), p.ZFar())
	assert.InDelta(t, 90, float64(p.Fov()), 1e-4)
	assert.InDelta(t, 1, float64(p.Aspect()), 1e-7)
	assert.False(t, p.IsOrthogonal())
	assertNear(t, Vector2{1, 1}, p.ViewportHalfExtents(), 1e-6)
	assertNear(t, Vector2{3, 3}, p.FarPlaneHalfExtents(), 1e-6)
	assert.InDelta(t, 2, float64(p.LodMultiplier()), 1e-6)
	assert.Equal(t, int32(500), p.PixelsPerMeter(1000))
	assert.Equal(t, int32(math.MinInt32), Projection{}.PixelsPerMeter(1000)) // NaN width

	// A point on the near plane maps to z = -1, on the far plane to z = +1.
	assert.InDelta(t, -1, float64(p.XformVector3(Vector3{0, 0, -1}).Z), 1e-6)
	assert.InDelta(t, 1, float64(p.XformVector3(Vector3{0, 0, -3}).Z), 1e-6)

	adjusted := p.PerspectiveZNearAdjusted(0.5)
	assert.InDelta(t, 0.5, float64(adjusted.ZNear()), 1e-6)
	assert.InDelta(t, 3, float64(adjusted.ZFar()), 1e-6)

	near := p.ProjectionPlane(ProjectionPlaneNear)
	assert.True(t, near.IsEqualApprox(Plane{Vector3{0, 0, 1}, -1}), "%v", near)
	far := p.ProjectionPlane(ProjectionPlaneFar)
	assert.True(t, far.IsEqualApprox(Plane{Vector3{0, 0, -1}, 3}), "%v", far)
	left := p.ProjectionPlane(ProjectionPlaneLeft)
	assert.True(t, left.IsEqualApprox(Plane{Vector3{-float32(math.Sqrt2) / 2, 0, float32(math.Sqrt2) / 2}, 0}), "%v", left)
	assertBits(t, Plane{}, p.ProjectionPlane(6))

	wide := ProjectionCreatePerspective(90, 2, 1, 3, true) // fov is horizontal
	assert.InDelta(t, 90, float64(wide.Fov()), 1e-4)
	assert.InDelta(t, 2, float64(wide.Aspect()), 1e-6)
	assert.InDelta(t, 90, float64(ProjectionGetFovy(90, 1)), 1e-5)
	assert.InDelta(t, 2*math.Atan(0.5)*180/math.Pi, float64(ProjectionGetFovy(90, 0.5)), 1e-5)

	// Degenerate input leaves the identity.
	assertBits(t, IdentityProjection, ProjectionCreatePerspective(90, 1, 2, 2, false))
	assertBits(t, IdentityProjection, ProjectionCreatePerspective(90, 0, 1, 2, false))
	assertBits(t, IdentityProjection, ProjectionCreatePerspective(0, 1, 1, 2, false))
}

func TestProjectionOrthogonalAndFrustum(t *testing.T) {
	o := ProjectionCreateOrthogonal(-2, 2, -1, 1, 0, 10)
	assertBits(t, Projection{[4]Vector4{{0.5, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, -0.2, 0}, {negZ, negZ, -1, 1}}}, o)
	assert.True(t, o.IsOrthogonal())
	assertBits(t, float32(10), o.ZFar())
	assertBits(t, negZ, o.ZNear()) // (1 + -1) / (0 + -0.2)
	assertBits(t, float32(2), o.Aspect())
	assertBits(t, o, ProjectionCreateOrthogonalAspect(2, 2, 0, 10, false))
	assertBits(t, ProjectionCreateOrthogonal(-1, 1, -0.5, 0.5, 0, 10), ProjectionCreateOrthogonalAspect(2, 2, 0, 10, true))
	// Division by zero is not checked.
	assertBits(t, inf32, ProjectionCreateOrthogonal(1, 1, -1, 1, 0, 1).Columns[0].X)

	f := ProjectionCreateFrustum(-1, 1, -1, 1, 1, 3)
	assertNear(t, ProjectionCreatePerspective(90, 1, 1, 3, false), f, 1e-6)
	assertBits(t, Vector4{0.5, 0, -2, -1}, ProjectionCreateFrustum(-1, 3, -1, 1, 1, 3).Columns[2])
	assert.InDelta(t, 90, float64(ProjectionCreateFrustum(-1, 1, -2, 2, 1, 3).Fov()), 1e-4)
	asym := ProjectionCreateFrustum(0, 2, -1, 1, 1, 3)
	assert.InDelta(t, math.Atan(2)*180/math.Pi, float64(asym.Fov()), 1e-4)
	// Invalid frustums leave the identity (the engine's ERR_FAIL_COND).
	assertBits(t, IdentityProjection, ProjectionCreateFrustum(1, -1, -1, 1, 1, 3))
	assertBits(t, IdentityProjection, ProjectionCreateFrustum(-1, 1, 1, 1, 1, 3))
	assertBits(t, IdentityProjection, ProjectionCreateFrustum(-1, 1, -1, 1, 3, 3))
	assertBits(t, f, ProjectionCreateFrustumAspect(2, 1, Vector2{}, 1, 3, false))

	fit := ProjectionCreateFitAABB(AABB{Vector3{-1, -1, -1}, Vector3{2, 2, 2}})
	assert.True(t, fit.IsEqualApprox(IdentityProjection), "%v", fit)
	assertBits(t, Vector4{negZ, negZ, negZ, 1}, fit.Columns[3])
	fit = ProjectionCreateFitAABB(AABB{Vector3{0, 0, 0}, Vector3{4, 2, 1}})
	assertNear(t, Vector3{1, 1, 1}, fit.XformVector3(Vector3{4, 2, 1}), 1e-6)
	assertNear(t, Vector3{-1, -1, -1}, fit.XformVector3(Vector3{}), 1e-6)
}

func TestProjectionSpecialMatrices(t *testing.T) {
	d := ProjectionCreateDepthCorrection(true)
	assertBits(t, Vector4{0, 0, 0.5, 1}, d.MulVector4(Vector4{0, 0, 0, 1}))
	assertBits(t, Vector4{0, -1, 0, 1}, d.MulVector4(Vector4{0, 1, 1, 1}))
	assertBits(t, float32(1), ProjectionCreateDepthCorrection(false).Columns[1].Y)
	l := ProjectionCreateLightAtlasRect(NewRect2(0.5, 0.25, 0.25, 0.5))
	assertBits(t, Vector4{0.75, 0.75, 0, 1}, l.MulVector4(Vector4{1, 1, 0, 1}))
	assertBits(t, Vector4{0.5, 0.25, 0, 1}, l.MulVector4(Vector4{0, 0, 0, 1}))
}
