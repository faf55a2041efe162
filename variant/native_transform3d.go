package variant

// Transform3D is the engine's Transform3D: a Basis (offset 0) and an origin
// (offset 36).
//
// The zero value is all zeros; IdentityTransform3D is the engine's default.
type Transform3D struct {
	Basis  Basis
	Origin Vector3
}

// IdentityTransform3D is the identity transform, the engine's default.
// The package never reads this variable.
var IdentityTransform3D = nmIdentityTransform3D()

func nmIdentityTransform3D() Transform3D { return Transform3D{Basis: nmIdentityBasis()} }

// NewTransform3D returns the transform with the given basis and origin.
func NewTransform3D(basis Basis, origin Vector3) Transform3D { return Transform3D{basis, origin} }

// NewTransform3DFromAxes returns the transform with the given basis columns
// and origin.
func NewTransform3DFromAxes(x, y, z, origin Vector3) Transform3D {
	return Transform3D{NewBasis(x, y, z), origin}
}

// MulVector3 transforms the point v (the engine's xform and the script
// operator Transform3D * Vector3).
func (t Transform3D) MulVector3(v Vector3) Vector3 {
	return Vector3{
		t.Basis.Rows[0].Dot(v) + t.Origin.X,
		t.Basis.Rows[1].Dot(v) + t.Origin.Y,
		t.Basis.Rows[2].Dot(v) + t.Origin.Z,
	}
}

// XformInv applies the inverse transform assuming an orthonormal basis (the
// engine's xform_inv and the script operator Vector3 * Transform3D).
func (t Transform3D) XformInv(v Vector3) Vector3 {
	return t.Basis.XformInv(v.Sub(t.Origin))
}

// Mul returns the composition t * u (u applied first).
func (t Transform3D) Mul(u Transform3D) Transform3D {
	return Transform3D{t.Basis.Mul(u.Basis), t.MulVector3(u.Origin)}
}

// MulScalar multiplies basis and origin by s.
func (t Transform3D) MulScalar(s float32) Transform3D {
	return Transform3D{t.Basis.MulScalar(s), t.Origin.MulScalar(s)}
}

// DivScalar divides basis and origin by s.
func (t Transform3D) DivScalar(s float32) Transform3D {
	return Transform3D{t.Basis.DivScalar(s), t.Origin.DivScalar(s)}
}

// MulAABB returns the axis-aligned bounding box of the transformed box.
func (t Transform3D) MulAABB(a AABB) AABB {
	min := a.Position
	max := a.Position.Add(a.Size)
	var tmin, tmax [3]float32
	for i := 0; i < 3; i++ {
		o := t.Origin.nmAt(i)
		tmin[i], tmax[i] = o, o
		for j := 0; j < 3; j++ {
			bij := t.Basis.nmEl(i, j)
			e := bij * min.nmAt(j)
			f := bij * max.nmAt(j)
			if e < f {
				tmin[i] += e
				tmax[i] += f
			} else {
				tmin[i] += f
				tmax[i] += e
			}
		}
	}
	lo := Vector3{tmin[0], tmin[1], tmin[2]}
	hi := Vector3{tmax[0], tmax[1], tmax[2]}
	return AABB{lo, hi.Sub(lo)}
}

// MulPlane transforms a plane, using the inverse transpose of the basis for
// the normal so that non-uniform scaling is handled.
func (t Transform3D) MulPlane(p Plane) Plane {
	b := t.Basis.Inverse().Transposed()
	point := t.MulVector3(p.Normal.MulScalar(p.D))
	normal := b.MulVector3(p.Normal).Normalized()
	return Plane{normal, normal.Dot(point)}
}

// Inverse returns the inverse assuming the basis is a rotation (it transposes
// the basis); use AffineInverse for scaled transforms.
func (t Transform3D) Inverse() Transform3D {
	b := t.Basis.Transposed()
	return Transform3D{b, b.MulVector3(t.Origin.Neg())}
}

// AffineInverse returns the inverse of any invertible transform. Like the
// engine's debug builds, a singular basis is kept as is (and the origin is
// still transformed by it).
func (t Transform3D) AffineInverse() Transform3D {
	b := t.Basis.Inverse()
	return Transform3D{b, b.MulVector3(t.Origin.Neg())}
}

// Orthonormalized returns the transform with an orthonormalized basis.
func (t Transform3D) Orthonormalized() Transform3D {
	return Transform3D{t.Basis.Orthonormalized(), t.Origin}
}

// Rotated returns the transform rotated around axis in the parent frame
// (R * t). Like the engine's debug builds, a non-normalized axis makes R the
// identity.
func (t Transform3D) Rotated(axis Vector3, angle float32) Transform3D {
	r := NewBasisFromAxisAngle(axis, angle)
	return Transform3D{r.Mul(t.Basis), r.MulVector3(t.Origin)}
}

// RotatedLocal returns the transform rotated in its own frame (t * R).
func (t Transform3D) RotatedLocal(axis Vector3, angle float32) Transform3D {
	r := NewBasisFromAxisAngle(axis, angle)
	return Transform3D{t.Basis.Mul(r), t.Origin}
}

// Scaled returns the transform scaled in the parent frame (S * t).
func (t Transform3D) Scaled(scale Vector3) Transform3D {
	return Transform3D{t.Basis.Scaled(scale), t.Origin.Mul(scale)}
}

// ScaledLocal returns the transform scaled in its own frame (t * S).
func (t Transform3D) ScaledLocal(scale Vector3) Transform3D {
	return Transform3D{t.Basis.ScaledLocal(scale), t.Origin}
}

// Translated returns the transform translated in the parent frame.
func (t Transform3D) Translated(offset Vector3) Transform3D {
	return Transform3D{t.Basis, t.Origin.Add(offset)}
}

// TranslatedLocal returns the transform translated in its own frame.
func (t Transform3D) TranslatedLocal(offset Vector3) Transform3D {
	return Transform3D{t.Basis, t.Origin.Add(t.Basis.MulVector3(offset))}
}

// LookingAt returns the transform with its basis turned toward target (see
// BasisLookingAt). Like the engine's debug builds, a target equal to the
// origin gives IdentityTransform3D.
func (t Transform3D) LookingAt(target, up Vector3, useModelFront bool) Transform3D {
	if t.Origin.IsEqualApprox(target) {
		return nmIdentityTransform3D()
	}
	t.Basis = BasisLookingAt(target.Sub(t.Origin), up, useModelFront)
	return t
}

// InterpolateWith interpolates scale, rotation (slerp of the rotation parts)
// and origin.
func (t Transform3D) InterpolateWith(to Transform3D, weight float32) Transform3D {
	srcScale := t.Basis.Scale()
	srcRot := t.Basis.RotationQuaternion()
	dstScale := to.Basis.Scale()
	dstRot := to.Basis.RotationQuaternion()
	q := srcRot.Slerp(dstRot, weight).Normalized()
	b := NewBasisFromQuaternion(q).Mul(BasisFromScale(srcScale.Lerp(dstScale, weight)))
	return Transform3D{b, t.Origin.Lerp(to.Origin, weight)}
}

// IsEqualApprox reports whether basis and origin are approximately equal.
func (t Transform3D) IsEqualApprox(u Transform3D) bool {
	return t.Basis.IsEqualApprox(u.Basis) && t.Origin.IsEqualApprox(u.Origin)
}

// IsSame reports whether all components are equal, NaN matching NaN.
func (t Transform3D) IsSame(u Transform3D) bool {
	return t.Basis.IsSame(u.Basis) && t.Origin.IsSame(u.Origin)
}

// IsFinite reports whether every component is finite.
func (t Transform3D) IsFinite() bool { return t.Basis.IsFinite() && t.Origin.IsFinite() }
