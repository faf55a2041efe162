package variant

// Vector3 is the engine's Vector3: three float32 components at offsets 0, 4
// and 8.
type Vector3 struct {
	X, Y, Z float32
}

// Vector3Axis is the engine's Vector3.Axis: an axis of 3D space, for the engine methods that take
// one (godot.SpriteBase3D.SetAxis, …); its values are the constants Vector3AxisX, Y and Z.
type Vector3Axis int

// Vector3 axis indices, as returned by MinAxisIndex and MaxAxisIndex, and the values of a
// Vector3Axis.
const (
	Vector3AxisX = 0
	Vector3AxisY = 1
	Vector3AxisZ = 2
)

// NewVector3 returns Vector3{x, y, z}.
func NewVector3(x, y, z float32) Vector3 { return Vector3{x, y, z} }

// Add returns v + b.
func (v Vector3) Add(b Vector3) Vector3 { return Vector3{v.X + b.X, v.Y + b.Y, v.Z + b.Z} }

// Sub returns v - b.
func (v Vector3) Sub(b Vector3) Vector3 { return Vector3{v.X - b.X, v.Y - b.Y, v.Z - b.Z} }

// Mul returns the component-wise product.
func (v Vector3) Mul(b Vector3) Vector3 { return Vector3{v.X * b.X, v.Y * b.Y, v.Z * b.Z} }

// MulScalar returns v * s.
func (v Vector3) MulScalar(s float32) Vector3 { return Vector3{v.X * s, v.Y * s, v.Z * s} }

// Div returns the component-wise quotient (IEEE semantics for zero).
func (v Vector3) Div(b Vector3) Vector3 { return Vector3{v.X / b.X, v.Y / b.Y, v.Z / b.Z} }

// DivScalar returns v / s, dividing each component by s.
func (v Vector3) DivScalar(s float32) Vector3 { return Vector3{v.X / s, v.Y / s, v.Z / s} }

// Neg returns -v.
func (v Vector3) Neg() Vector3 { return Vector3{-v.X, -v.Y, -v.Z} }

// Less is the engine's operator<: lexicographic on (x, y, z).
func (v Vector3) Less(b Vector3) bool {
	if v.X == b.X {
		if v.Y == b.Y {
			return v.Z < b.Z
		}
		return v.Y < b.Y
	}
	return v.X < b.X
}

// LessEqual is the engine's operator<=.
func (v Vector3) LessEqual(b Vector3) bool {
	if v.X == b.X {
		if v.Y == b.Y {
			return v.Z <= b.Z
		}
		return v.Y < b.Y
	}
	return v.X < b.X
}

// Greater is the engine's operator>.
func (v Vector3) Greater(b Vector3) bool {
	if v.X == b.X {
		if v.Y == b.Y {
			return v.Z > b.Z
		}
		return v.Y > b.Y
	}
	return v.X > b.X
}

// GreaterEqual is the engine's operator>=.
func (v Vector3) GreaterEqual(b Vector3) bool {
	if v.X == b.X {
		if v.Y == b.Y {
			return v.Z >= b.Z
		}
		return v.Y > b.Y
	}
	return v.X > b.X
}

// Length returns the vector's length.
func (v Vector3) Length() float32 { return nmSqrt(v.X*v.X + v.Y*v.Y + v.Z*v.Z) }

// LengthSquared returns the squared length.
func (v Vector3) LengthSquared() float32 { return v.X*v.X + v.Y*v.Y + v.Z*v.Z }

// Normalized returns the vector scaled to unit length; a vector of zero
// length gives (0, 0, 0).
func (v Vector3) Normalized() Vector3 {
	lengthsq := v.LengthSquared()
	if lengthsq == 0 {
		return Vector3{}
	}
	l := nmSqrt(lengthsq)
	return Vector3{v.X / l, v.Y / l, v.Z / l}
}

// IsNormalized reports whether the squared length is within 0.001 of 1.
func (v Vector3) IsNormalized() bool {
	return nmIsEqualApproxTol(v.LengthSquared(), 1, float32(nmUnitEpsilon))
}

// Inverse returns (1/x, 1/y, 1/z).
func (v Vector3) Inverse() Vector3 { return Vector3{1 / v.X, 1 / v.Y, 1 / v.Z} }

// Dot returns the dot product.
func (v Vector3) Dot(b Vector3) float32 { return v.X*b.X + v.Y*b.Y + v.Z*b.Z }

// Cross returns the cross product.
func (v Vector3) Cross(b Vector3) Vector3 {
	return Vector3{
		(v.Y * b.Z) - (v.Z * b.Y),
		(v.Z * b.X) - (v.X * b.Z),
		(v.X * b.Y) - (v.Y * b.X),
	}
}

// Outer returns the outer product as a Basis (rows[i][j] = v[i] * b[j]).
func (v Vector3) Outer(b Vector3) Basis {
	return Basis{Rows: [3]Vector3{
		{v.X * b.X, v.X * b.Y, v.X * b.Z},
		{v.Y * b.X, v.Y * b.Y, v.Y * b.Z},
		{v.Z * b.X, v.Z * b.Y, v.Z * b.Z},
	}}
}

// DistanceTo returns the distance to b.
func (v Vector3) DistanceTo(b Vector3) float32 { return b.Sub(v).Length() }

// DistanceSquaredTo returns the squared distance to b.
func (v Vector3) DistanceSquaredTo(b Vector3) float32 { return b.Sub(v).LengthSquared() }

// AngleTo returns the unsigned angle between v and b.
func (v Vector3) AngleTo(b Vector3) float32 { return nmAtan2(v.Cross(b).Length(), v.Dot(b)) }

// SignedAngleTo returns the angle between v and b, signed by the side of axis.
func (v Vector3) SignedAngleTo(b, axis Vector3) float32 {
	crossTo := v.Cross(b)
	unsigned := nmAtan2(crossTo.Length(), v.Dot(b))
	if crossTo.Dot(axis) < 0 {
		return -unsigned
	}
	return unsigned
}

// DirectionTo returns the normalized vector from v to b.
func (v Vector3) DirectionTo(b Vector3) Vector3 {
	return Vector3{b.X - v.X, b.Y - v.Y, b.Z - v.Z}.Normalized()
}

// Abs returns the absolute value of each component.
func (v Vector3) Abs() Vector3 { return Vector3{nmAbs(v.X), nmAbs(v.Y), nmAbs(v.Z)} }

// Sign returns the sign of each component (0 for zero and NaN).
func (v Vector3) Sign() Vector3 { return Vector3{nmSign(v.X), nmSign(v.Y), nmSign(v.Z)} }

// Floor rounds each component down.
func (v Vector3) Floor() Vector3 { return Vector3{nmFloor(v.X), nmFloor(v.Y), nmFloor(v.Z)} }

// Ceil rounds each component up.
func (v Vector3) Ceil() Vector3 { return Vector3{nmCeil(v.X), nmCeil(v.Y), nmCeil(v.Z)} }

// Round rounds each component to the nearest integer, halves away from zero.
func (v Vector3) Round() Vector3 { return Vector3{nmRound(v.X), nmRound(v.Y), nmRound(v.Z)} }

// Clamp clamps each component between the components of min and max.
func (v Vector3) Clamp(min, max Vector3) Vector3 {
	return Vector3{nmClamp(v.X, min.X, max.X), nmClamp(v.Y, min.Y, max.Y), nmClamp(v.Z, min.Z, max.Z)}
}

// Clampf clamps each component between min and max.
func (v Vector3) Clampf(min, max float32) Vector3 {
	return Vector3{nmClamp(v.X, min, max), nmClamp(v.Y, min, max), nmClamp(v.Z, min, max)}
}

// Snapped snaps each component to the nearest multiple of the matching
// component of step, computed in double as the engine does.
func (v Vector3) Snapped(step Vector3) Vector3 {
	return Vector3{
		float32(nmSnapped(float64(v.X), float64(step.X))),
		float32(nmSnapped(float64(v.Y), float64(step.Y))),
		float32(nmSnapped(float64(v.Z), float64(step.Z))),
	}
}

// Snappedf snaps each component to the nearest multiple of step.
func (v Vector3) Snappedf(step float32) Vector3 { return v.Snapped(Vector3{step, step, step}) }

// Posmod returns the positive modulo of each component by mod.
func (v Vector3) Posmod(mod float32) Vector3 {
	return Vector3{nmFposmod(v.X, mod), nmFposmod(v.Y, mod), nmFposmod(v.Z, mod)}
}

// Posmodv returns the component-wise positive modulo by mod.
func (v Vector3) Posmodv(mod Vector3) Vector3 {
	return Vector3{nmFposmod(v.X, mod.X), nmFposmod(v.Y, mod.Y), nmFposmod(v.Z, mod.Z)}
}

// Project returns the projection of v onto b.
func (v Vector3) Project(b Vector3) Vector3 { return b.MulScalar(v.Dot(b) / b.LengthSquared()) }

// LimitLength returns v shortened to length if it is longer.
func (v Vector3) LimitLength(length float32) Vector3 {
	l := v.Length()
	if l > 0 && length < l {
		v = v.DivScalar(l)
		v = v.MulScalar(length)
	}
	return v
}

// Min returns the component-wise minimum.
func (v Vector3) Min(b Vector3) Vector3 {
	return Vector3{nmMin(v.X, b.X), nmMin(v.Y, b.Y), nmMin(v.Z, b.Z)}
}

// Minf returns the component-wise minimum with s.
func (v Vector3) Minf(s float32) Vector3 { return Vector3{nmMin(v.X, s), nmMin(v.Y, s), nmMin(v.Z, s)} }

// Max returns the component-wise maximum.
func (v Vector3) Max(b Vector3) Vector3 {
	return Vector3{nmMax(v.X, b.X), nmMax(v.Y, b.Y), nmMax(v.Z, b.Z)}
}

// Maxf returns the component-wise maximum with s.
func (v Vector3) Maxf(s float32) Vector3 { return Vector3{nmMax(v.X, s), nmMax(v.Y, s), nmMax(v.Z, s)} }

// MinAxisIndex returns the index of the smallest component (the later axis
// on ties).
func (v Vector3) MinAxisIndex() int {
	if v.X < v.Y {
		if v.X < v.Z {
			return Vector3AxisX
		}
		return Vector3AxisZ
	}
	if v.Y < v.Z {
		return Vector3AxisY
	}
	return Vector3AxisZ
}

// MaxAxisIndex returns the index of the largest component.
func (v Vector3) MaxAxisIndex() int {
	if v.X < v.Y {
		if v.Y < v.Z {
			return Vector3AxisZ
		}
		return Vector3AxisY
	}
	if v.X < v.Z {
		return Vector3AxisZ
	}
	return Vector3AxisX
}

// Rotated returns v rotated around axis by angle radians. Like the engine's
// debug builds, a non-normalized axis leaves v unchanged (the rotation basis
// stays the identity).
func (v Vector3) Rotated(axis Vector3, angle float32) Vector3 {
	return NewBasisFromAxisAngle(axis, angle).MulVector3(v)
}

// Lerp interpolates linearly between v and to.
func (v Vector3) Lerp(to Vector3, weight float32) Vector3 {
	return Vector3{nmLerp(v.X, to.X, weight), nmLerp(v.Y, to.Y, weight), nmLerp(v.Z, to.Z, weight)}
}

// Slerp interpolates the direction and the length between v and to; it falls
// back to Lerp when either vector is zero or they are parallel.
func (v Vector3) Slerp(to Vector3, weight float32) Vector3 {
	startLengthSq := v.LengthSquared()
	endLengthSq := to.LengthSquared()
	if startLengthSq == 0 || endLengthSq == 0 {
		return v.Lerp(to, weight)
	}
	axis := v.Cross(to)
	axisLengthSq := axis.LengthSquared()
	if axisLengthSq == 0 {
		return v.Lerp(to, weight)
	}
	axis = axis.DivScalar(nmSqrt(axisLengthSq))
	startLength := nmSqrt(startLengthSq)
	resultLength := nmLerp(startLength, nmSqrt(endLengthSq), weight)
	angle := v.AngleTo(to)
	return v.Rotated(axis, angle*weight).MulScalar(resultLength / startLength)
}

// CubicInterpolate performs a cubic interpolation between v and b.
func (v Vector3) CubicInterpolate(b, pre, post Vector3, weight float32) Vector3 {
	return Vector3{
		nmCubicInterpolate(v.X, b.X, pre.X, post.X, weight),
		nmCubicInterpolate(v.Y, b.Y, pre.Y, post.Y, weight),
		nmCubicInterpolate(v.Z, b.Z, pre.Z, post.Z, weight),
	}
}

// CubicInterpolateInTime is CubicInterpolate with time values.
func (v Vector3) CubicInterpolateInTime(b, pre, post Vector3, weight, bT, preT, postT float32) Vector3 {
	return Vector3{
		nmCubicInterpolateInTime(v.X, b.X, pre.X, post.X, weight, bT, preT, postT),
		nmCubicInterpolateInTime(v.Y, b.Y, pre.Y, post.Y, weight, bT, preT, postT),
		nmCubicInterpolateInTime(v.Z, b.Z, pre.Z, post.Z, weight, bT, preT, postT),
	}
}

// BezierInterpolate returns the point at t on the cubic Bézier curve.
func (v Vector3) BezierInterpolate(control1, control2, end Vector3, t float32) Vector3 {
	return Vector3{
		nmBezierInterpolate(v.X, control1.X, control2.X, end.X, t),
		nmBezierInterpolate(v.Y, control1.Y, control2.Y, end.Y, t),
		nmBezierInterpolate(v.Z, control1.Z, control2.Z, end.Z, t),
	}
}

// BezierDerivative returns the derivative at t of the cubic Bézier curve.
func (v Vector3) BezierDerivative(control1, control2, end Vector3, t float32) Vector3 {
	return Vector3{
		nmBezierDerivative(v.X, control1.X, control2.X, end.X, t),
		nmBezierDerivative(v.Y, control1.Y, control2.Y, end.Y, t),
		nmBezierDerivative(v.Z, control1.Z, control2.Z, end.Z, t),
	}
}

// MoveToward moves v toward to by at most delta.
func (v Vector3) MoveToward(to Vector3, delta float32) Vector3 {
	vd := to.Sub(v)
	l := vd.Length()
	if l <= delta || l < float32(nmCmpEpsilon) {
		return to
	}
	return v.Add(vd.DivScalar(l).MulScalar(delta))
}

// Slide returns the component of v along the plane with the given normal.
// Like the engine's debug builds it returns the zero vector when normal is
// not normalized.
func (v Vector3) Slide(normal Vector3) Vector3 {
	if !normal.IsNormalized() {
		return Vector3{}
	}
	return v.Sub(normal.MulScalar(v.Dot(normal)))
}

// Bounce returns -Reflect(normal) ((-0, -0, -0) for a non-normalized normal).
func (v Vector3) Bounce(normal Vector3) Vector3 { return v.Reflect(normal).Neg() }

// Reflect reflects v across the plane with the given normal. Like the
// engine's debug builds it returns the zero vector when normal is not
// normalized.
func (v Vector3) Reflect(normal Vector3) Vector3 {
	if !normal.IsNormalized() {
		return Vector3{}
	}
	return normal.MulScalar(2).MulScalar(v.Dot(normal)).Sub(v)
}

// GetAnyPerpendicular returns a normalized vector perpendicular to v. Like
// the engine it returns the zero vector for an (approximately) zero v.
func (v Vector3) AnyPerpendicular() Vector3 {
	if v.IsZeroApprox() {
		return Vector3{}
	}
	ax, ay, az := nmAbs(v.X), nmAbs(v.Y), nmAbs(v.Z)
	if ax <= ay && ax <= az {
		return v.Cross(Vector3{1, 0, 0}).Normalized()
	}
	return v.Cross(Vector3{0, 1, 0}).Normalized()
}

// OctahedronEncode encodes a normalized vector as a Vector2 in [0, 1]².
func (v Vector3) OctahedronEncode() Vector2 {
	n := v.DivScalar(nmAbs(v.X) + nmAbs(v.Y) + nmAbs(v.Z))
	var o Vector2
	if n.Z >= 0 {
		o = Vector2{n.X, n.Y}
	} else {
		sx, sy := float32(-1), float32(-1)
		if n.X >= 0 {
			sx = 1
		}
		if n.Y >= 0 {
			sy = 1
		}
		o = Vector2{(1 - nmAbs(n.Y)) * sx, (1 - nmAbs(n.X)) * sy}
	}
	o.X = o.X*0.5 + 0.5
	o.Y = o.Y*0.5 + 0.5
	return o
}

// Vector3OctahedronDecode decodes a vector encoded by OctahedronEncode.
func Vector3OctahedronDecode(oct Vector2) Vector3 {
	f := Vector2{oct.X*2 - 1, oct.Y*2 - 1}
	n := Vector3{f.X, f.Y, 1 - nmAbs(f.X) - nmAbs(f.Y)}
	t := nmClamp(-n.Z, 0, 1)
	if n.X >= 0 {
		n.X += -t
	} else {
		n.X += t
	}
	if n.Y >= 0 {
		n.Y += -t
	} else {
		n.Y += t
	}
	return n.Normalized()
}

// IsEqualApprox reports whether the components are approximately equal.
func (v Vector3) IsEqualApprox(b Vector3) bool {
	return nmIsEqualApprox(v.X, b.X) && nmIsEqualApprox(v.Y, b.Y) && nmIsEqualApprox(v.Z, b.Z)
}

// IsSame reports whether the components are equal, NaN matching NaN.
func (v Vector3) IsSame(b Vector3) bool {
	return nmIsSame(v.X, b.X) && nmIsSame(v.Y, b.Y) && nmIsSame(v.Z, b.Z)
}

// IsZeroApprox reports whether every component is approximately zero.
func (v Vector3) IsZeroApprox() bool {
	return nmIsZeroApprox(v.X) && nmIsZeroApprox(v.Y) && nmIsZeroApprox(v.Z)
}

// IsFinite reports whether every component is finite.
func (v Vector3) IsFinite() bool { return nmIsFinite(v.X) && nmIsFinite(v.Y) && nmIsFinite(v.Z) }

// Vector3i converts to Vector3i by truncation toward zero (NaN and values out
// of the int32 range give math.MinInt32, as on the engine's x86-64 build).
func (v Vector3) Vector3i() Vector3i {
	return Vector3i{nmF32ToI32(v.X), nmF32ToI32(v.Y), nmF32ToI32(v.Z)}
}
