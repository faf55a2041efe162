package variant

import "math"

// Basis is the engine's Basis: a 3×3 matrix stored as three rows, exactly
// like the C++ `Vector3 rows[3]`. The API JSON lists its members as x, y and z
// at offsets 0, 12 and 24; those are the storage rows. The script-visible
// properties Basis.x, Basis.y and Basis.z are the columns (the basis
// vectors): use X, Y, Z, Column and SetColumn for them.
//
// The zero value is the zero matrix; IdentityBasis is the engine's default.
type Basis struct {
	Rows [3]Vector3
}

// IdentityBasis is the identity basis, the engine's default Basis.
// The package never reads this variable.
var IdentityBasis = nmIdentityBasis()

func nmIdentityBasis() Basis { return Basis{Rows: [3]Vector3{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}} }

// NewBasis returns the basis with the given column vectors (the engine's
// Basis(x_axis, y_axis, z_axis) constructor).
func NewBasis(xAxis, yAxis, zAxis Vector3) Basis {
	return Basis{Rows: [3]Vector3{
		{xAxis.X, yAxis.X, zAxis.X},
		{xAxis.Y, yAxis.Y, zAxis.Y},
		{xAxis.Z, yAxis.Z, zAxis.Z},
	}}
}

// NewBasisFromRows returns the basis with the given rows, element by element
// (the engine's 9-value constructor: xx, xy, xz are the first row).
func NewBasisFromRows(xx, xy, xz, yx, yy, yz, zx, zy, zz float32) Basis {
	return Basis{Rows: [3]Vector3{{xx, xy, xz}, {yx, yy, yz}, {zx, zy, zz}}}
}

// NewBasisFromAxisAngle returns the rotation of angle radians around axis.
// Like the engine's debug builds, a non-normalized axis gives the identity.
func NewBasisFromAxisAngle(axis Vector3, angle float32) Basis {
	b := nmIdentityBasis()
	b.setAxisAngle(axis, angle)
	return b
}

// NewBasisFromQuaternion returns the rotation matrix of q (q need not be
// normalized: the engine divides by its squared length).
func NewBasisFromQuaternion(q Quaternion) Basis {
	var b Basis
	b.setQuaternion(q)
	return b
}

// BasisFromScale returns the diagonal basis with the given scale.
func BasisFromScale(scale Vector3) Basis {
	return Basis{Rows: [3]Vector3{{scale.X, 0, 0}, {0, scale.Y, 0}, {0, 0, scale.Z}}}
}

// BasisFromEuler returns the rotation for the Euler angles (radians) in the
// given order (the engine's default order is EulerOrderYXZ).
func BasisFromEuler(euler Vector3, order EulerOrder) Basis {
	b := nmIdentityBasis()
	b.setEuler(euler, order)
	return b
}

// X returns the first column (the basis' x axis).
func (b Basis) X() Vector3 { return b.Column(0) }

// Y returns the second column (the basis' y axis).
func (b Basis) Y() Vector3 { return b.Column(1) }

// Z returns the third column (the basis' z axis).
func (b Basis) Z() Vector3 { return b.Column(2) }

// Column returns column i (0, 1 or 2).
func (b Basis) Column(i int) Vector3 {
	return Vector3{b.Rows[0].nmAt(i), b.Rows[1].nmAt(i), b.Rows[2].nmAt(i)}
}

// SetColumn sets column i (0, 1 or 2).
func (b *Basis) SetColumn(i int, v Vector3) {
	b.Rows[0].nmSet(i, v.X)
	b.Rows[1].nmSet(i, v.Y)
	b.Rows[2].nmSet(i, v.Z)
}

func (v Vector3) nmAt(i int) float32 {
	switch i {
	case 0:
		return v.X
	case 1:
		return v.Y
	case 2:
		return v.Z
	}
	panic("variant: Vector3 index out of range")
}

func (v *Vector3) nmSet(i int, f float32) {
	switch i {
	case 0:
		v.X = f
	case 1:
		v.Y = f
	case 2:
		v.Z = f
	default:
		panic("variant: Vector3 index out of range")
	}
}

// Tdotx returns the dot product of the first column with v.
func (b Basis) Tdotx(v Vector3) float32 {
	return b.Rows[0].X*v.X + b.Rows[1].X*v.Y + b.Rows[2].X*v.Z
}

// Tdoty returns the dot product of the second column with v.
func (b Basis) Tdoty(v Vector3) float32 {
	return b.Rows[0].Y*v.X + b.Rows[1].Y*v.Y + b.Rows[2].Y*v.Z
}

// Tdotz returns the dot product of the third column with v.
func (b Basis) Tdotz(v Vector3) float32 {
	return b.Rows[0].Z*v.X + b.Rows[1].Z*v.Y + b.Rows[2].Z*v.Z
}

// Mul returns the matrix product b * c.
func (b Basis) Mul(c Basis) Basis {
	var r Basis
	for i := 0; i < 3; i++ {
		r.Rows[i] = Vector3{c.Tdotx(b.Rows[i]), c.Tdoty(b.Rows[i]), c.Tdotz(b.Rows[i])}
	}
	return r
}

// MulVector3 returns b * v (the engine's xform).
func (b Basis) MulVector3(v Vector3) Vector3 {
	return Vector3{b.Rows[0].Dot(v), b.Rows[1].Dot(v), b.Rows[2].Dot(v)}
}

// XformInv returns the transpose of b times v (the engine's xform_inv and the
// script operator Vector3 * Basis); it inverts b only for orthonormal bases.
func (b Basis) XformInv(v Vector3) Vector3 {
	return Vector3{
		(b.Rows[0].X * v.X) + (b.Rows[1].X * v.Y) + (b.Rows[2].X * v.Z),
		(b.Rows[0].Y * v.X) + (b.Rows[1].Y * v.Y) + (b.Rows[2].Y * v.Z),
		(b.Rows[0].Z * v.X) + (b.Rows[1].Z * v.Y) + (b.Rows[2].Z * v.Z),
	}
}

// Add returns the element-wise sum.
func (b Basis) Add(c Basis) Basis {
	return Basis{Rows: [3]Vector3{b.Rows[0].Add(c.Rows[0]), b.Rows[1].Add(c.Rows[1]), b.Rows[2].Add(c.Rows[2])}}
}

// Sub returns the element-wise difference.
func (b Basis) Sub(c Basis) Basis {
	return Basis{Rows: [3]Vector3{b.Rows[0].Sub(c.Rows[0]), b.Rows[1].Sub(c.Rows[1]), b.Rows[2].Sub(c.Rows[2])}}
}

// MulScalar multiplies every element by s.
func (b Basis) MulScalar(s float32) Basis {
	return Basis{Rows: [3]Vector3{b.Rows[0].MulScalar(s), b.Rows[1].MulScalar(s), b.Rows[2].MulScalar(s)}}
}

// DivScalar divides every element by s.
func (b Basis) DivScalar(s float32) Basis {
	return Basis{Rows: [3]Vector3{b.Rows[0].DivScalar(s), b.Rows[1].DivScalar(s), b.Rows[2].DivScalar(s)}}
}

// Determinant returns the determinant.
func (b Basis) Determinant() float32 {
	r := &b.Rows
	return r[0].X*(r[1].Y*r[2].Z-r[2].Y*r[1].Z) -
		r[1].X*(r[0].Y*r[2].Z-r[2].Y*r[0].Z) +
		r[2].X*(r[0].Y*r[1].Z-r[1].Y*r[0].Z)
}

// Transposed returns the transpose.
func (b Basis) Transposed() Basis {
	r := b.Rows
	return Basis{Rows: [3]Vector3{{r[0].X, r[1].X, r[2].X}, {r[0].Y, r[1].Y, r[2].Y}, {r[0].Z, r[1].Z, r[2].Z}}}
}

func (b Basis) nmEl(row, col int) float32 { return b.Rows[row].nmAt(col) }

func (b Basis) nmCofac(row1, col1, row2, col2 int) float32 {
	return b.nmEl(row1, col1)*b.nmEl(row2, col2) - b.nmEl(row1, col2)*b.nmEl(row2, col1)
}

// Inverse returns the inverse. Like the engine's debug builds, a singular
// basis (determinant exactly 0) is returned unchanged.
func (b Basis) Inverse() Basis {
	co0, co1, co2 := b.nmCofac(1, 1, 2, 2), b.nmCofac(1, 2, 2, 0), b.nmCofac(1, 0, 2, 1)
	det := b.Rows[0].X*co0 + b.Rows[0].Y*co1 + b.Rows[0].Z*co2
	if det == 0 {
		return b
	}
	s := 1 / det
	return NewBasisFromRows(
		co0*s, b.nmCofac(0, 2, 2, 1)*s, b.nmCofac(0, 1, 1, 2)*s,
		co1*s, b.nmCofac(0, 0, 2, 2)*s, b.nmCofac(0, 2, 1, 0)*s,
		co2*s, b.nmCofac(0, 1, 2, 0)*s, b.nmCofac(0, 0, 1, 1)*s)
}

// Orthonormalized returns the Gram-Schmidt orthonormalization of the columns.
func (b Basis) Orthonormalized() Basis {
	x, y, z := b.Column(0), b.Column(1), b.Column(2)
	x = x.Normalized()
	y = y.Sub(x.MulScalar(x.Dot(y)))
	y = y.Normalized()
	z = z.Sub(x.MulScalar(x.Dot(z))).Sub(y.MulScalar(y.Dot(z)))
	z = z.Normalized()
	b.SetColumn(0, x)
	b.SetColumn(1, y)
	b.SetColumn(2, z)
	return b
}

// Orthogonalized returns the basis with orthogonal columns that keep their
// lengths (GetScale).
func (b Basis) Orthogonalized() Basis {
	scl := b.Scale()
	return b.Orthonormalized().ScaledLocal(scl)
}

// IsOrthogonal reports whether the columns are (approximately) orthogonal.
func (b Basis) IsOrthogonal() bool {
	x, y, z := b.Column(0), b.Column(1), b.Column(2)
	return nmIsZeroApprox(x.Dot(y)) && nmIsZeroApprox(x.Dot(z)) && nmIsZeroApprox(y.Dot(z))
}

// IsOrthonormal reports whether the columns are orthogonal and of unit length.
func (b Basis) IsOrthonormal() bool {
	x, y, z := b.Column(0), b.Column(1), b.Column(2)
	return nmIsEqualApprox(x.LengthSquared(), 1) && nmIsEqualApprox(y.LengthSquared(), 1) && nmIsEqualApprox(z.LengthSquared(), 1) &&
		nmIsZeroApprox(x.Dot(y)) && nmIsZeroApprox(x.Dot(z)) && nmIsZeroApprox(y.Dot(z))
}

// IsConformal reports whether the columns are orthogonal and of equal length.
func (b Basis) IsConformal() bool {
	x, y, z := b.Column(0), b.Column(1), b.Column(2)
	xLenSq := x.LengthSquared()
	return nmIsEqualApprox(xLenSq, y.LengthSquared()) && nmIsEqualApprox(xLenSq, z.LengthSquared()) &&
		nmIsZeroApprox(x.Dot(y)) && nmIsZeroApprox(x.Dot(z)) && nmIsZeroApprox(y.Dot(z))
}

// IsDiagonal reports whether every off-diagonal element is approximately 0.
func (b Basis) IsDiagonal() bool {
	r := &b.Rows
	return nmIsZeroApprox(r[0].Y) && nmIsZeroApprox(r[0].Z) &&
		nmIsZeroApprox(r[1].X) && nmIsZeroApprox(r[1].Z) &&
		nmIsZeroApprox(r[2].X) && nmIsZeroApprox(r[2].Y)
}

// IsRotation reports whether the basis is conformal with determinant 1.
func (b Basis) IsRotation() bool {
	return b.IsConformal() && nmIsEqualApproxTol(b.Determinant(), 1, float32(nmUnitEpsilon))
}

// Scaled returns S * b: row i is multiplied by scale[i] (global scaling).
func (b Basis) Scaled(scale Vector3) Basis {
	b.Rows[0] = b.Rows[0].MulScalar(scale.X)
	b.Rows[1] = b.Rows[1].MulScalar(scale.Y)
	b.Rows[2] = b.Rows[2].MulScalar(scale.Z)
	return b
}

// ScaledLocal returns b * S: column j is multiplied by scale[j].
func (b Basis) ScaledLocal(scale Vector3) Basis {
	b.Rows[0] = b.Rows[0].Mul(scale)
	b.Rows[1] = b.Rows[1].Mul(scale)
	b.Rows[2] = b.Rows[2].Mul(scale)
	return b
}

// GetScaleAbs returns the lengths of the columns.
func (b Basis) ScaleAbs() Vector3 {
	return Vector3{b.Column(0).Length(), b.Column(1).Length(), b.Column(2).Length()}
}

// GetScale returns the column lengths, all negated when the determinant is
// negative (and all zero when it is zero or NaN).
func (b Basis) Scale() Vector3 {
	return b.ScaleAbs().MulScalar(nmSign(b.Determinant()))
}

// GetUniformScale returns the mean of the row lengths.
func (b Basis) UniformScale() float32 {
	return (b.Rows[0].Length() + b.Rows[1].Length() + b.Rows[2].Length()) / 3
}

// Rotated returns R * b, where R is the rotation of angle radians around
// axis (a global rotation). Like the engine's debug builds, a non-normalized
// axis makes R the identity.
func (b Basis) Rotated(axis Vector3, angle float32) Basis {
	return NewBasisFromAxisAngle(axis, angle).Mul(b)
}

// RotatedLocal returns b * R (a rotation in the basis' own frame).
func (b Basis) RotatedLocal(axis Vector3, angle float32) Basis {
	return b.Mul(NewBasisFromAxisAngle(axis, angle))
}

func (b *Basis) setAxisAngle(axis Vector3, angle float32) {
	if !axis.IsNormalized() {
		return
	}
	axisSq := Vector3{axis.X * axis.X, axis.Y * axis.Y, axis.Z * axis.Z}
	cosine := nmCos(angle)
	b.Rows[0].X = axisSq.X + cosine*(1-axisSq.X)
	b.Rows[1].Y = axisSq.Y + cosine*(1-axisSq.Y)
	b.Rows[2].Z = axisSq.Z + cosine*(1-axisSq.Z)

	sine := nmSin(angle)
	t := 1 - cosine

	xyzt := axis.X * axis.Y * t
	zyxs := axis.Z * sine
	b.Rows[0].Y = xyzt - zyxs
	b.Rows[1].X = xyzt + zyxs

	xyzt = axis.X * axis.Z * t
	zyxs = axis.Y * sine
	b.Rows[0].Z = xyzt + zyxs
	b.Rows[2].X = xyzt - zyxs

	xyzt = axis.Y * axis.Z * t
	zyxs = axis.X * sine
	b.Rows[1].Z = xyzt - zyxs
	b.Rows[2].Y = xyzt + zyxs
}

func (b *Basis) setQuaternion(q Quaternion) {
	d := q.LengthSquared()
	s := 2 / d
	xs, ys, zs := q.X*s, q.Y*s, q.Z*s
	wx, wy, wz := q.W*xs, q.W*ys, q.W*zs
	xx, xy, xz := q.X*xs, q.X*ys, q.X*zs
	yy, yz, zz := q.Y*ys, q.Y*zs, q.Z*zs
	*b = NewBasisFromRows(
		1-(yy+zz), xy-wz, xz+wy,
		xy+wz, 1-(xx+zz), yz-wx,
		xz-wy, yz+wx, 1-(xx+yy))
}

func (b *Basis) setEuler(euler Vector3, order EulerOrder) {
	c, s := nmCos(euler.X), nmSin(euler.X)
	xmat := NewBasisFromRows(1, 0, 0, 0, c, -s, 0, s, c)
	c, s = nmCos(euler.Y), nmSin(euler.Y)
	ymat := NewBasisFromRows(c, 0, s, 0, 1, 0, -s, 0, c)
	c, s = nmCos(euler.Z), nmSin(euler.Z)
	zmat := NewBasisFromRows(c, -s, 0, s, c, 0, 0, 0, 1)
	switch order {
	case EulerOrderXYZ:
		*b = xmat.Mul(ymat.Mul(zmat))
	case EulerOrderXZY:
		*b = xmat.Mul(zmat).Mul(ymat)
	case EulerOrderYXZ:
		*b = ymat.Mul(xmat).Mul(zmat)
	case EulerOrderYZX:
		*b = ymat.Mul(zmat).Mul(xmat)
	case EulerOrderZXY:
		*b = zmat.Mul(xmat).Mul(ymat)
	case EulerOrderZYX:
		*b = zmat.Mul(ymat).Mul(xmat)
	}
	// An invalid order leaves the basis unchanged, as in the engine.
}

// GetEuler returns the Euler angles (radians) of the basis, which should be a
// pure rotation, in the given order. An invalid order gives the zero vector.
func (b Basis) Euler(order EulerOrder) Vector3 {
	const epsilon = float32(0.00000025)
	r := &b.Rows
	halfPi := float32(math.Pi / 2)
	var e Vector3
	switch order {
	case EulerOrderXYZ:
		sy := r[0].Z
		if sy < 1-epsilon {
			if sy > -(1 - epsilon) {
				if r[1].X == 0 && r[0].Y == 0 && r[1].Z == 0 && r[2].Y == 0 && r[1].Y == 1 {
					e = Vector3{0, nmAtan2(r[0].Z, r[0].X), 0}
				} else {
					e = Vector3{nmAtan2(-r[1].Z, r[2].Z), nmAsin(sy), nmAtan2(-r[0].Y, r[0].X)}
				}
			} else {
				e = Vector3{nmAtan2(r[2].Y, r[1].Y), -halfPi, 0}
			}
		} else {
			e = Vector3{nmAtan2(r[2].Y, r[1].Y), halfPi, 0}
		}
	case EulerOrderXZY:
		sz := r[0].Y
		if sz < 1-epsilon {
			if sz > -(1 - epsilon) {
				e = Vector3{nmAtan2(r[2].Y, r[1].Y), nmAtan2(r[0].Z, r[0].X), nmAsin(-sz)}
			} else {
				e = Vector3{-nmAtan2(r[1].Z, r[2].Z), 0, halfPi}
			}
		} else {
			e = Vector3{-nmAtan2(r[1].Z, r[2].Z), 0, -halfPi}
		}
	case EulerOrderYXZ:
		m12 := r[1].Z
		if m12 < 1-epsilon {
			if m12 > -(1 - epsilon) {
				if r[1].X == 0 && r[0].Y == 0 && r[0].Z == 0 && r[2].X == 0 && r[0].X == 1 {
					e = Vector3{nmAtan2(-m12, r[1].Y), 0, 0}
				} else {
					// std::asin here, without Math::asin's clamping; m12 is
					// already inside (-1, 1) on this branch.
					e = Vector3{float32(math.Asin(float64(-m12))), nmAtan2(r[0].Z, r[2].Z), nmAtan2(r[1].X, r[1].Y)}
				}
			} else {
				e = Vector3{halfPi, nmAtan2(r[0].Y, r[0].X), 0}
			}
		} else {
			e = Vector3{-halfPi, -nmAtan2(r[0].Y, r[0].X), 0}
		}
	case EulerOrderYZX:
		sz := r[1].X
		if sz < 1-epsilon {
			if sz > -(1 - epsilon) {
				e = Vector3{nmAtan2(-r[1].Z, r[1].Y), nmAtan2(-r[2].X, r[0].X), nmAsin(sz)}
			} else {
				e = Vector3{nmAtan2(r[2].Y, r[2].Z), 0, -halfPi}
			}
		} else {
			e = Vector3{nmAtan2(r[2].Y, r[2].Z), 0, halfPi}
		}
	case EulerOrderZXY:
		sx := r[2].Y
		if sx < 1-epsilon {
			if sx > -(1 - epsilon) {
				e = Vector3{nmAsin(sx), nmAtan2(-r[2].X, r[2].Z), nmAtan2(-r[0].Y, r[1].Y)}
			} else {
				e = Vector3{-halfPi, nmAtan2(r[0].Z, r[0].X), 0}
			}
		} else {
			e = Vector3{halfPi, nmAtan2(r[0].Z, r[0].X), 0}
		}
	case EulerOrderZYX:
		sy := r[2].X
		if sy < 1-epsilon {
			if sy > -(1 - epsilon) {
				e = Vector3{nmAtan2(r[2].Y, r[2].Z), nmAsin(-sy), nmAtan2(r[1].X, r[0].X)}
			} else {
				e = Vector3{0, halfPi, -nmAtan2(r[0].Y, r[1].Y)}
			}
		} else {
			e = Vector3{0, -halfPi, -nmAtan2(r[0].Y, r[1].Y)}
		}
	}
	return e
}

// GetQuaternion returns the rotation as a quaternion. Like the engine's
// debug builds, a basis that is not a pure rotation (IsRotation false) gives
// the identity quaternion; use GetRotationQuaternion for scaled bases.
func (b Basis) Quaternion() Quaternion {
	if !b.IsRotation() {
		return nmIdentityQuaternion()
	}
	return b.nmQuaternionUnchecked()
}

func (b Basis) nmQuaternionUnchecked() Quaternion {
	m := &b.Rows
	trace := m[0].X + m[1].Y + m[2].Z
	var temp [4]float32
	if trace > 0 {
		s := nmSqrt(trace + 1)
		temp[3] = s * 0.5
		s = 0.5 / s
		temp[0] = (m[2].Y - m[1].Z) * s
		temp[1] = (m[0].Z - m[2].X) * s
		temp[2] = (m[1].X - m[0].Y) * s
	} else {
		var i int
		if m[0].X < m[1].Y {
			if m[1].Y < m[2].Z {
				i = 2
			} else {
				i = 1
			}
		} else if m[0].X < m[2].Z {
			i = 2
		}
		j := (i + 1) % 3
		k := (i + 2) % 3
		s := nmSqrt(b.nmEl(i, i) - b.nmEl(j, j) - b.nmEl(k, k) + 1)
		temp[i] = s * 0.5
		s = 0.5 / s
		temp[3] = (b.nmEl(k, j) - b.nmEl(j, k)) * s
		temp[j] = (b.nmEl(j, i) + b.nmEl(i, j)) * s
		temp[k] = (b.nmEl(k, i) + b.nmEl(i, k)) * s
	}
	return Quaternion{temp[0], temp[1], temp[2], temp[3]}
}

// nmRotationPart returns the orthonormalized basis with a positive
// determinant (the rotation of M = R * S).
func (b Basis) nmRotationPart() Basis {
	m := b.Orthonormalized()
	if m.Determinant() < 0 {
		m = m.Scaled(Vector3{-1, -1, -1})
	}
	return m
}

// GetRotationQuaternion returns the rotation part of the basis (after
// removing scale and, for a negative determinant, a flip) as a quaternion.
func (b Basis) RotationQuaternion() Quaternion { return b.nmRotationPart().Quaternion() }

// GetEulerNormalized returns the Euler angles of the rotation part.
func (b Basis) EulerNormalized(order EulerOrder) Vector3 {
	return b.nmRotationPart().Euler(order)
}

// GetAxisAngle returns the axis and angle of the basis, which should be a
// rotation (the engine's get_axis_angle; scale is not removed).
func (b Basis) AxisAngle() (axis Vector3, angle float32) {
	r := &b.Rows
	if nmIsZeroApprox(r[0].Y-r[1].X) && nmIsZeroApprox(r[0].Z-r[2].X) && nmIsZeroApprox(r[1].Z-r[2].Y) {
		// Singularity: identity, or a rotation by 180 degrees.
		if b.IsDiagonal() && float64(nmAbs(r[0].X+r[1].Y+r[2].Z-3)) < 3*nmCmpEpsilon {
			return Vector3{0, 1, 0}, 0
		}
		xx := (r[0].X + 1) / 2
		yy := (r[1].Y + 1) / 2
		zz := (r[2].Z + 1) / 2
		xy := (r[0].Y + r[1].X) / 4
		xz := (r[0].Z + r[2].X) / 4
		yz := (r[1].Z + r[2].Y) / 4
		var x, y, z float32
		sqrt12 := float32(math.Sqrt2 / 2)
		switch {
		case xx > yy && xx > zz:
			if float64(xx) < nmCmpEpsilon {
				x, y, z = 0, sqrt12, sqrt12
			} else {
				x = nmSqrt(xx)
				y = xy / x
				z = xz / x
			}
		case yy > zz:
			if float64(yy) < nmCmpEpsilon {
				x, y, z = sqrt12, 0, sqrt12
			} else {
				y = nmSqrt(yy)
				x = xy / y
				z = yz / y
			}
		default:
			if float64(zz) < nmCmpEpsilon {
				x, y, z = sqrt12, sqrt12, 0
			} else {
				z = nmSqrt(zz)
				x = xz / z
				y = yz / z
			}
		}
		return Vector3{x, y, z}, float32(math.Pi)
	}
	// The engine keeps the normalizer in a double.
	s := float64(nmSqrt((r[2].Y-r[1].Z)*(r[2].Y-r[1].Z) + (r[0].Z-r[2].X)*(r[0].Z-r[2].X) + (r[1].X-r[0].Y)*(r[1].X-r[0].Y)))
	if math.Abs(s) < nmCmpEpsilon {
		s = 1
	}
	axis = Vector3{
		float32(float64(r[2].Y-r[1].Z) / s),
		float32(float64(r[0].Z-r[2].X) / s),
		float32(float64(r[1].X-r[0].Y) / s),
	}
	angle = nmAcos((r[0].X + r[1].Y + r[2].Z - 1) / 2)
	return axis, angle
}

// Slerp interpolates the rotation (through quaternions) and the row lengths
// between b and to. Both must be rotations for the quaternion part: like the
// engine's debug builds, a scaled basis contributes the identity rotation.
func (b Basis) Slerp(to Basis, weight float32) Basis {
	from := b.Quaternion()
	toQ := to.Quaternion()
	r := NewBasisFromQuaternion(from.Slerp(toQ, weight))
	r.Rows[0] = r.Rows[0].MulScalar(nmLerp(b.Rows[0].Length(), to.Rows[0].Length(), weight))
	r.Rows[1] = r.Rows[1].MulScalar(nmLerp(b.Rows[1].Length(), to.Rows[1].Length(), weight))
	r.Rows[2] = r.Rows[2].MulScalar(nmLerp(b.Rows[2].Length(), to.Rows[2].Length(), weight))
	return r
}

// Lerp interpolates each row linearly.
func (b Basis) Lerp(to Basis, weight float32) Basis {
	return Basis{Rows: [3]Vector3{
		b.Rows[0].Lerp(to.Rows[0], weight),
		b.Rows[1].Lerp(to.Rows[1], weight),
		b.Rows[2].Lerp(to.Rows[2], weight),
	}}
}

// BasisLookingAt returns a basis whose -Z axis (or +Z with useModelFront)
// points toward target, with up as the approximate Y axis. Like the engine's
// debug builds, a zero target or up gives the identity.
func BasisLookingAt(target, up Vector3, useModelFront bool) Basis {
	if target.IsZeroApprox() || up.IsZeroApprox() {
		return nmIdentityBasis()
	}
	vz := target.Normalized()
	if !useModelFront {
		vz = vz.Neg()
	}
	vx := up.Cross(vz)
	if vx.IsZeroApprox() {
		vx = up.AnyPerpendicular()
	}
	vx = vx.Normalized()
	vy := vz.Cross(vx)
	return NewBasis(vx, vy, vz)
}

// IsEqualApprox reports whether every element is approximately equal.
func (b Basis) IsEqualApprox(c Basis) bool {
	return b.Rows[0].IsEqualApprox(c.Rows[0]) && b.Rows[1].IsEqualApprox(c.Rows[1]) && b.Rows[2].IsEqualApprox(c.Rows[2])
}

// IsSame reports whether every element is equal, NaN matching NaN.
func (b Basis) IsSame(c Basis) bool {
	return b.Rows[0].IsSame(c.Rows[0]) && b.Rows[1].IsSame(c.Rows[1]) && b.Rows[2].IsSame(c.Rows[2])
}

// IsFinite reports whether every element is finite.
func (b Basis) IsFinite() bool {
	return b.Rows[0].IsFinite() && b.Rows[1].IsFinite() && b.Rows[2].IsFinite()
}
