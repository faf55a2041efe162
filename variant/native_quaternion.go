package variant

import "math"

// Quaternion is the engine's Quaternion: x, y, z, w as float32 at offsets 0,
// 4, 8 and 12.
//
// The zero value is (0, 0, 0, 0); IdentityQuaternion is the engine's default.
type Quaternion struct {
	X, Y, Z, W float32
}

// IdentityQuaternion is (0, 0, 0, 1), the engine's default Quaternion.
// The package never reads this variable.
var IdentityQuaternion = nmIdentityQuaternion()

func nmIdentityQuaternion() Quaternion { return Quaternion{0, 0, 0, 1} }

// NewQuaternion returns Quaternion{x, y, z, w}.
func NewQuaternion(x, y, z, w float32) Quaternion { return Quaternion{x, y, z, w} }

// NewQuaternionFromAxisAngle returns the rotation of angle radians around
// axis. Like the engine's debug builds, a non-normalized axis gives the
// identity.
func NewQuaternionFromAxisAngle(axis Vector3, angle float32) Quaternion {
	if !axis.IsNormalized() {
		return nmIdentityQuaternion()
	}
	d := axis.Length()
	if d == 0 {
		return Quaternion{}
	}
	sinAngle := nmSin(angle * 0.5)
	cosAngle := nmCos(angle * 0.5)
	s := sinAngle / d
	return Quaternion{axis.X * s, axis.Y * s, axis.Z * s, cosAngle}
}

// NewQuaternionShortestArc returns the rotation that takes the direction of
// from to the direction of to. Like the engine's debug builds, a zero vector
// gives the identity.
func NewQuaternionShortestArc(from, to Vector3) Quaternion {
	if from.IsZeroApprox() || to.IsZeroApprox() {
		return nmIdentityQuaternion()
	}
	const almostOne = float32(0.99999975)
	n0 := from.Normalized()
	n1 := to.Normalized()
	d := n0.Dot(n1)
	var q Quaternion
	if nmAbs(d) > almostOne {
		if d >= 0 {
			return nmIdentityQuaternion() // Same direction.
		}
		axis := n0.AnyPerpendicular()
		q = Quaternion{axis.X, axis.Y, axis.Z, 0}
	} else {
		c := n0.Cross(n1)
		s := nmSqrt((1 + d) * 2)
		rs := 1 / s
		q = Quaternion{c.X * rs, c.Y * rs, c.Z * rs, s * 0.5}
	}
	return q.Normalized()
}

// NewQuaternionFromBasis returns the rotation of a basis that must be a pure
// rotation (Basis.GetQuaternion; the identity otherwise).
func NewQuaternionFromBasis(b Basis) Quaternion { return b.Quaternion() }

// QuaternionFromEuler returns the rotation for the Euler angles (radians) in
// YXZ order.
func QuaternionFromEuler(euler Vector3) Quaternion {
	halfA1 := euler.Y * 0.5
	halfA2 := euler.X * 0.5
	halfA3 := euler.Z * 0.5
	cosA1, sinA1 := nmCos(halfA1), nmSin(halfA1)
	cosA2, sinA2 := nmCos(halfA2), nmSin(halfA2)
	cosA3, sinA3 := nmCos(halfA3), nmSin(halfA3)
	return Quaternion{
		sinA1*cosA2*sinA3 + cosA1*sinA2*cosA3,
		sinA1*cosA2*cosA3 - cosA1*sinA2*sinA3,
		-sinA1*sinA2*cosA3 + cosA1*cosA2*sinA3,
		sinA1*sinA2*sinA3 + cosA1*cosA2*cosA3,
	}
}

// Add returns q + r component-wise.
func (q Quaternion) Add(r Quaternion) Quaternion {
	return Quaternion{q.X + r.X, q.Y + r.Y, q.Z + r.Z, q.W + r.W}
}

// Sub returns q - r component-wise.
func (q Quaternion) Sub(r Quaternion) Quaternion {
	return Quaternion{q.X - r.X, q.Y - r.Y, q.Z - r.Z, q.W - r.W}
}

// Neg returns -q.
func (q Quaternion) Neg() Quaternion { return Quaternion{-q.X, -q.Y, -q.Z, -q.W} }

// MulScalar returns q * s.
func (q Quaternion) MulScalar(s float32) Quaternion {
	return Quaternion{q.X * s, q.Y * s, q.Z * s, q.W * s}
}

// DivScalar returns q / s, which the engine computes as q * (1 / s).
func (q Quaternion) DivScalar(s float32) Quaternion { return q.MulScalar(1 / s) }

// Mul returns the Hamilton product q * r (r applied first).
func (q Quaternion) Mul(r Quaternion) Quaternion {
	xx := q.W*r.X + q.X*r.W + q.Y*r.Z - q.Z*r.Y
	yy := q.W*r.Y + q.Y*r.W + q.Z*r.X - q.X*r.Z
	zz := q.W*r.Z + q.Z*r.W + q.X*r.Y - q.Y*r.X
	ww := q.W*r.W - q.X*r.X - q.Y*r.Y - q.Z*r.Z
	return Quaternion{xx, yy, zz, ww}
}

// MulVector3 rotates v by q (the engine's xform). Like the engine's debug
// builds, a non-normalized q returns v unchanged.
func (q Quaternion) MulVector3(v Vector3) Vector3 {
	if !q.IsNormalized() {
		return v
	}
	u := Vector3{q.X, q.Y, q.Z}
	uv := u.Cross(v)
	return v.Add(uv.MulScalar(q.W).Add(u.Cross(uv)).MulScalar(2))
}

// XformInv rotates v by the inverse of q (Inverse().MulVector3(v)).
func (q Quaternion) XformInv(v Vector3) Vector3 { return q.Inverse().MulVector3(v) }

// Dot returns the 4D dot product.
func (q Quaternion) Dot(r Quaternion) float32 { return q.X*r.X + q.Y*r.Y + q.Z*r.Z + q.W*r.W }

// LengthSquared returns the squared length.
func (q Quaternion) LengthSquared() float32 { return q.Dot(q) }

// Length returns the length.
func (q Quaternion) Length() float32 { return nmSqrt(q.LengthSquared()) }

// Normalized returns q / Length() (computed as q * (1 / length), so the zero
// quaternion gives NaN components).
func (q Quaternion) Normalized() Quaternion { return q.DivScalar(q.Length()) }

// IsNormalized reports whether the squared length is within 0.001 of 1.
func (q Quaternion) IsNormalized() bool {
	return nmIsEqualApproxTol(q.LengthSquared(), 1, float32(nmUnitEpsilon))
}

// Inverse returns the conjugate (-x, -y, -z, w). Like the engine's debug
// builds, a non-normalized q gives the identity.
func (q Quaternion) Inverse() Quaternion {
	if !q.IsNormalized() {
		return nmIdentityQuaternion()
	}
	return Quaternion{-q.X, -q.Y, -q.Z, q.W}
}

// GetAxis returns the rotation axis (x, y, z scaled by 1/sin(angle/2); the
// raw x, y, z when |w| is within 0.00001 of 1).
func (q Quaternion) Axis() Vector3 {
	if float64(nmAbs(q.W)) > 1-nmCmpEpsilon {
		return Vector3{q.X, q.Y, q.Z}
	}
	r := 1 / nmSqrt(1-q.W*q.W)
	return Vector3{q.X * r, q.Y * r, q.Z * r}
}

// GetAngle returns the rotation angle, 2 * acos(w).
func (q Quaternion) Angle() float32 { return 2 * nmAcos(q.W) }

// Log returns (axis * angle, 0).
func (q Quaternion) Log() Quaternion {
	v := q.Axis().MulScalar(q.Angle())
	return Quaternion{v.X, v.Y, v.Z, 0}
}

// Exp is the inverse of Log: the rotation of |v| radians around v, where v is
// (x, y, z); the identity when |v| is tiny.
func (q Quaternion) Exp() Quaternion {
	v := Vector3{q.X, q.Y, q.Z}
	theta := v.Length()
	v = v.Normalized()
	if float64(theta) < nmCmpEpsilon || !v.IsNormalized() {
		return nmIdentityQuaternion()
	}
	return NewQuaternionFromAxisAngle(v, theta)
}

// AngleTo returns the angle between the rotations q and r.
func (q Quaternion) AngleTo(r Quaternion) float32 {
	d := q.Dot(r)
	return nmAcos(d*d*2 - 1)
}

// GetEuler returns the Euler angles (radians) in the given order. Like the
// engine's debug builds, a non-normalized q gives the zero vector.
func (q Quaternion) Euler(order EulerOrder) Vector3 {
	if !q.IsNormalized() {
		return Vector3{}
	}
	return NewBasisFromQuaternion(q).Euler(order)
}

// Slerp interpolates spherically between q and to along the shorter arc.
// Like the engine's debug builds, it returns the identity unless both are
// normalized.
func (q Quaternion) Slerp(to Quaternion, weight float32) Quaternion {
	if !q.IsNormalized() || !to.IsNormalized() {
		return nmIdentityQuaternion()
	}
	cosom := q.Dot(to)
	var to1 Quaternion
	if cosom < 0 {
		cosom = -cosom
		to1 = to.Neg()
	} else {
		to1 = to
	}
	var scale0, scale1 float32
	if 1-cosom > float32(nmCmpEpsilon) {
		omega := nmAcos(cosom)
		sinom := nmSin(omega)
		// The engine computes (1.0 - weight) * omega and its sine in double.
		scale0 = float32(math.Sin((1.0-float64(weight))*float64(omega)) / float64(sinom))
		scale1 = nmSin(weight*omega) / sinom
	} else {
		scale0 = 1 - weight
		scale1 = weight
	}
	return Quaternion{
		scale0*q.X + scale1*to1.X,
		scale0*q.Y + scale1*to1.Y,
		scale0*q.Z + scale1*to1.Z,
		scale0*q.W + scale1*to1.W,
	}
}

// Slerpni is Slerp without choosing the shorter arc. Like the engine's debug
// builds, it returns the identity unless both are normalized.
func (q Quaternion) Slerpni(to Quaternion, weight float32) Quaternion {
	if !q.IsNormalized() || !to.IsNormalized() {
		return nmIdentityQuaternion()
	}
	dot := q.Dot(to)
	if nmAbs(dot) > 0.9999 {
		return q
	}
	theta := nmAcos(dot)
	sinT := 1 / nmSin(theta)
	newFactor := nmSin(weight*theta) * sinT
	invFactor := nmSin((1-weight)*theta) * sinT
	return Quaternion{
		invFactor*q.X + newFactor*to.X,
		invFactor*q.Y + newFactor*to.Y,
		invFactor*q.Z + newFactor*to.Z,
		invFactor*q.W + newFactor*to.W,
	}
}

// IsEqualApprox reports whether the components are approximately equal.
func (q Quaternion) IsEqualApprox(r Quaternion) bool {
	return nmIsEqualApprox(q.X, r.X) && nmIsEqualApprox(q.Y, r.Y) && nmIsEqualApprox(q.Z, r.Z) && nmIsEqualApprox(q.W, r.W)
}

// IsSame reports whether the components are equal, NaN matching NaN.
func (q Quaternion) IsSame(r Quaternion) bool {
	return nmIsSame(q.X, r.X) && nmIsSame(q.Y, r.Y) && nmIsSame(q.Z, r.Z) && nmIsSame(q.W, r.W)
}

// IsFinite reports whether every component is finite.
func (q Quaternion) IsFinite() bool {
	return nmIsFinite(q.X) && nmIsFinite(q.Y) && nmIsFinite(q.Z) && nmIsFinite(q.W)
}
