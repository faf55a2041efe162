package variant

import "math"

// Transform2D is the engine's Transform2D: three Vector2 columns, the x axis
// (offset 0), the y axis (offset 8) and the origin (offset 16). The engine's
// 2D convention is left-handed (y points down, angles turn from +x toward
// +y).
//
// The zero value is all zeros; IdentityTransform2D is the engine's default.
type Transform2D struct {
	X, Y, Origin Vector2
}

// IdentityTransform2D is the identity transform, the engine's default.
// The package never reads this variable.
var IdentityTransform2D = nmIdentityTransform2D()

func nmIdentityTransform2D() Transform2D { return Transform2D{X: Vector2{1, 0}, Y: Vector2{0, 1}} }

// NewTransform2D returns the transform with the given columns.
func NewTransform2D(x, y, origin Vector2) Transform2D { return Transform2D{x, y, origin} }

// NewTransform2DRotation returns the rotation by angle radians followed by a
// translation to position.
func NewTransform2DRotation(angle float32, position Vector2) Transform2D {
	cr := nmCos(angle)
	sr := nmSin(angle)
	return Transform2D{Vector2{cr, sr}, Vector2{-sr, cr}, position}
}

// NewTransform2DRotationScaleSkew returns the transform built from a rotation,
// a scale, a skew (radians) and a position.
func NewTransform2DRotationScaleSkew(rotation float32, scale Vector2, skew float32, position Vector2) Transform2D {
	return Transform2D{
		X:      Vector2{nmCos(rotation) * scale.X, nmSin(rotation) * scale.X},
		Y:      Vector2{-nmSin(rotation+skew) * scale.Y, nmCos(rotation+skew) * scale.Y},
		Origin: position,
	}
}

func (t Transform2D) tdotx(v Vector2) float32 { return t.X.X*v.X + t.Y.X*v.Y }
func (t Transform2D) tdoty(v Vector2) float32 { return t.X.Y*v.X + t.Y.Y*v.Y }

// BasisXform transforms v by the basis only (no translation).
func (t Transform2D) BasisXform(v Vector2) Vector2 { return Vector2{t.tdotx(v), t.tdoty(v)} }

// BasisXformInv transforms v by the transpose of the basis (the inverse only
// for orthonormal bases).
func (t Transform2D) BasisXformInv(v Vector2) Vector2 { return Vector2{t.X.Dot(v), t.Y.Dot(v)} }

// MulVector2 transforms the point v (the engine's xform and the script
// operator Transform2D * Vector2).
func (t Transform2D) MulVector2(v Vector2) Vector2 {
	return Vector2{t.tdotx(v), t.tdoty(v)}.Add(t.Origin)
}

// XformInv applies the inverse transform to v assuming an orthonormal basis
// (the engine's xform_inv and the script operator Vector2 * Transform2D).
func (t Transform2D) XformInv(v Vector2) Vector2 {
	d := v.Sub(t.Origin)
	return Vector2{t.X.Dot(d), t.Y.Dot(d)}
}

// MulRect2 returns the bounding rectangle of the transformed rect.
func (t Transform2D) MulRect2(r Rect2) Rect2 {
	x := t.X.MulScalar(r.Size.X)
	y := t.Y.MulScalar(r.Size.Y)
	pos := t.MulVector2(r.Position)
	nr := Rect2{Position: pos}
	nr = nr.Expand(pos.Add(x))
	nr = nr.Expand(pos.Add(y))
	nr = nr.Expand(pos.Add(x).Add(y))
	return nr
}

// Mul returns the composition t * u (u applied first).
func (t Transform2D) Mul(u Transform2D) Transform2D {
	return Transform2D{
		X:      Vector2{t.tdotx(u.X), t.tdoty(u.X)},
		Y:      Vector2{t.tdotx(u.Y), t.tdoty(u.Y)},
		Origin: t.MulVector2(u.Origin),
	}
}

// MulScalar multiplies all three columns by s.
func (t Transform2D) MulScalar(s float32) Transform2D {
	return Transform2D{t.X.MulScalar(s), t.Y.MulScalar(s), t.Origin.MulScalar(s)}
}

// DivScalar divides all three columns by s.
func (t Transform2D) DivScalar(s float32) Transform2D {
	return Transform2D{t.X.DivScalar(s), t.Y.DivScalar(s), t.Origin.DivScalar(s)}
}

// Determinant returns the determinant of the basis.
func (t Transform2D) Determinant() float32 { return t.X.X*t.Y.Y - t.X.Y*t.Y.X }

// Inverse returns the inverse assuming the basis is a rotation (it transposes
// the basis); use AffineInverse for scaled or skewed transforms.
func (t Transform2D) Inverse() Transform2D {
	t.X.Y, t.Y.X = t.Y.X, t.X.Y
	t.Origin = t.BasisXform(t.Origin.Neg())
	return t
}

// AffineInverse returns the inverse of any invertible transform. Like the
// engine's debug builds, a transform with a zero determinant is returned
// unchanged.
func (t Transform2D) AffineInverse() Transform2D {
	det := t.Determinant()
	if det == 0 {
		return t
	}
	idet := 1 / det
	t.X.X, t.Y.Y = t.Y.Y, t.X.X
	t.X = t.X.Mul(Vector2{idet, -idet})
	t.Y = t.Y.Mul(Vector2{-idet, idet})
	t.Origin = t.BasisXform(t.Origin.Neg())
	return t
}

// GetRotation returns the rotation angle of the x axis.
func (t Transform2D) Rotation() float32 { return nmAtan2(t.X.Y, t.X.X) }

// GetScale returns the lengths of the axes, the y one negated when the
// determinant is negative.
func (t Transform2D) Scale() Vector2 {
	detSign := nmSign(t.Determinant())
	return Vector2{t.X.Length(), detSign * t.Y.Length()}
}

// GetSkew returns the skew angle.
func (t Transform2D) Skew() float32 {
	det := t.Determinant()
	return nmAcos(t.X.Normalized().Dot(t.Y.Normalized().MulScalar(nmSign(det)))) - float32(math.Pi)*0.5
}

func (t *Transform2D) setRotation(rot float32) {
	scale := t.Scale()
	cr := nmCos(rot)
	sr := nmSin(rot)
	t.X = Vector2{cr, sr}
	t.Y = Vector2{-sr, cr}
	t.setScale(scale)
}

func (t *Transform2D) setScale(scale Vector2) {
	t.X = t.X.Normalized().MulScalar(scale.X)
	t.Y = t.Y.Normalized().MulScalar(scale.Y)
}

// Orthonormalized returns the transform with an orthonormal basis
// (Gram-Schmidt on the axes; the origin is kept).
func (t Transform2D) Orthonormalized() Transform2D {
	x := t.X.Normalized()
	y := t.Y.Sub(x.MulScalar(x.Dot(t.Y)))
	y = y.Normalized()
	t.X, t.Y = x, y
	return t
}

// Rotated returns the transform rotated by angle around the parent origin
// (R * t).
func (t Transform2D) Rotated(angle float32) Transform2D {
	return NewTransform2DRotation(angle, Vector2{}).Mul(t)
}

// RotatedLocal returns the transform rotated in its own frame (t * R).
func (t Transform2D) RotatedLocal(angle float32) Transform2D {
	return t.Mul(NewTransform2DRotation(angle, Vector2{}))
}

// Scaled returns the transform scaled relative to the parent (S * t).
func (t Transform2D) Scaled(scale Vector2) Transform2D {
	t.X.X *= scale.X
	t.X.Y *= scale.Y
	t.Y.X *= scale.X
	t.Y.Y *= scale.Y
	t.Origin = t.Origin.Mul(scale)
	return t
}

// ScaledLocal returns the transform scaled in its own frame (t * S).
func (t Transform2D) ScaledLocal(scale Vector2) Transform2D {
	return Transform2D{t.X.MulScalar(scale.X), t.Y.MulScalar(scale.Y), t.Origin}
}

// Translated returns the transform translated by offset in the parent frame.
func (t Transform2D) Translated(offset Vector2) Transform2D {
	return Transform2D{t.X, t.Y, t.Origin.Add(offset)}
}

// TranslatedLocal returns the transform translated by offset in its own
// frame.
func (t Transform2D) TranslatedLocal(offset Vector2) Transform2D {
	return Transform2D{t.X, t.Y, t.Origin.Add(t.BasisXform(offset))}
}

// InterpolateWith interpolates rotation, scale, skew and origin.
func (t Transform2D) InterpolateWith(to Transform2D, weight float32) Transform2D {
	return NewTransform2DRotationScaleSkew(
		nmLerpAngle(t.Rotation(), to.Rotation(), weight),
		t.Scale().Lerp(to.Scale(), weight),
		nmLerpAngle(t.Skew(), to.Skew(), weight),
		t.Origin.Lerp(to.Origin, weight))
}

// LookingAt returns a transform with the same origin whose x axis points to
// target, with rotation only (scale and skew are dropped).
func (t Transform2D) LookingAt(target Vector2) Transform2D {
	ret := NewTransform2DRotation(t.Rotation(), t.Origin)
	targetPosition := t.AffineInverse().MulVector2(target)
	ret.setRotation(ret.Rotation() + targetPosition.Mul(t.Scale()).Angle())
	return ret
}

// IsConformal reports whether the basis is a rotation with uniform scale,
// possibly flipped.
func (t Transform2D) IsConformal() bool {
	if nmIsEqualApprox(t.X.X, t.Y.Y) && nmIsEqualApprox(t.X.Y, -t.Y.X) {
		return true
	}
	return nmIsEqualApprox(t.X.X, -t.Y.Y) && nmIsEqualApprox(t.X.Y, t.Y.X)
}

// IsEqualApprox reports whether all columns are approximately equal.
func (t Transform2D) IsEqualApprox(u Transform2D) bool {
	return t.X.IsEqualApprox(u.X) && t.Y.IsEqualApprox(u.Y) && t.Origin.IsEqualApprox(u.Origin)
}

// IsSame reports whether all components are equal, NaN matching NaN.
func (t Transform2D) IsSame(u Transform2D) bool {
	return t.X.IsSame(u.X) && t.Y.IsSame(u.Y) && t.Origin.IsSame(u.Origin)
}

// IsFinite reports whether every component is finite.
func (t Transform2D) IsFinite() bool {
	return t.X.IsFinite() && t.Y.IsFinite() && t.Origin.IsFinite()
}
