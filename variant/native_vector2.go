package variant

// Vector2 is the engine's Vector2: two float32 components (x at offset 0, y
// at offset 4).
type Vector2 struct {
	X, Y float32
}

// Vector2 axis indices, as returned by MinAxisIndex and MaxAxisIndex.
const (
	Vector2AxisX = 0
	Vector2AxisY = 1
)

// NewVector2 returns Vector2{x, y}.
func NewVector2(x, y float32) Vector2 { return Vector2{x, y} }

// Vector2FromAngle returns the unit vector (cos angle, sin angle).
func Vector2FromAngle(angle float32) Vector2 { return Vector2{nmCos(angle), nmSin(angle)} }

// Add returns v + b.
func (v Vector2) Add(b Vector2) Vector2 { return Vector2{v.X + b.X, v.Y + b.Y} }

// Sub returns v - b.
func (v Vector2) Sub(b Vector2) Vector2 { return Vector2{v.X - b.X, v.Y - b.Y} }

// Mul returns the component-wise product v * b.
func (v Vector2) Mul(b Vector2) Vector2 { return Vector2{v.X * b.X, v.Y * b.Y} }

// MulScalar returns v * s.
func (v Vector2) MulScalar(s float32) Vector2 { return Vector2{v.X * s, v.Y * s} }

// Div returns the component-wise quotient v / b (IEEE: division by zero gives
// ±Inf or NaN).
func (v Vector2) Div(b Vector2) Vector2 { return Vector2{v.X / b.X, v.Y / b.Y} }

// DivScalar returns v / s, dividing each component by s.
func (v Vector2) DivScalar(s float32) Vector2 { return Vector2{v.X / s, v.Y / s} }

// Neg returns -v.
func (v Vector2) Neg() Vector2 { return Vector2{-v.X, -v.Y} }

// Less is the engine's operator<: lexicographic on (x, y).
func (v Vector2) Less(b Vector2) bool {
	if v.X == b.X {
		return v.Y < b.Y
	}
	return v.X < b.X
}

// LessEqual is the engine's operator<=.
func (v Vector2) LessEqual(b Vector2) bool {
	if v.X == b.X {
		return v.Y <= b.Y
	}
	return v.X < b.X
}

// Greater is the engine's operator>.
func (v Vector2) Greater(b Vector2) bool {
	if v.X == b.X {
		return v.Y > b.Y
	}
	return v.X > b.X
}

// GreaterEqual is the engine's operator>=.
func (v Vector2) GreaterEqual(b Vector2) bool {
	if v.X == b.X {
		return v.Y >= b.Y
	}
	return v.X > b.X
}

// Angle returns atan2(y, x).
func (v Vector2) Angle() float32 { return nmAtan2(v.Y, v.X) }

// Length returns the vector's length.
func (v Vector2) Length() float32 { return nmSqrt(v.X*v.X + v.Y*v.Y) }

// LengthSquared returns the squared length.
func (v Vector2) LengthSquared() float32 { return v.X*v.X + v.Y*v.Y }

// Normalized returns the vector scaled to unit length. The zero vector is
// returned unchanged (including the sign of its zero components).
func (v Vector2) Normalized() Vector2 {
	l := v.X*v.X + v.Y*v.Y
	if l != 0 {
		l = nmSqrt(l)
		v.X /= l
		v.Y /= l
	}
	return v
}

// IsNormalized reports whether the squared length is within 0.001 of 1.
func (v Vector2) IsNormalized() bool {
	return nmIsEqualApproxTol(v.LengthSquared(), 1, float32(nmUnitEpsilon))
}

// DistanceTo returns the distance between v and b.
func (v Vector2) DistanceTo(b Vector2) float32 {
	return nmSqrt((v.X-b.X)*(v.X-b.X) + (v.Y-b.Y)*(v.Y-b.Y))
}

// DistanceSquaredTo returns the squared distance between v and b.
func (v Vector2) DistanceSquaredTo(b Vector2) float32 {
	return (v.X-b.X)*(v.X-b.X) + (v.Y-b.Y)*(v.Y-b.Y)
}

// AngleTo returns the signed angle from v to b, atan2(cross, dot).
func (v Vector2) AngleTo(b Vector2) float32 { return nmAtan2(v.Cross(b), v.Dot(b)) }

// AngleToPoint returns the angle of the line from v to b.
func (v Vector2) AngleToPoint(b Vector2) float32 { return b.Sub(v).Angle() }

// DirectionTo returns the normalized vector from v to b (zero if equal).
func (v Vector2) DirectionTo(b Vector2) Vector2 {
	return Vector2{b.X - v.X, b.Y - v.Y}.Normalized()
}

// Dot returns the dot product.
func (v Vector2) Dot(b Vector2) float32 { return v.X*b.X + v.Y*b.Y }

// Cross returns the 2D cross product x*b.y - y*b.x.
func (v Vector2) Cross(b Vector2) float32 { return v.X*b.Y - v.Y*b.X }

// Sign returns the sign of each component (0 for zero and NaN).
func (v Vector2) Sign() Vector2 { return Vector2{nmSign(v.X), nmSign(v.Y)} }

// Floor rounds each component down.
func (v Vector2) Floor() Vector2 { return Vector2{nmFloor(v.X), nmFloor(v.Y)} }

// Ceil rounds each component up.
func (v Vector2) Ceil() Vector2 { return Vector2{nmCeil(v.X), nmCeil(v.Y)} }

// Round rounds each component to the nearest integer, halves away from zero.
func (v Vector2) Round() Vector2 { return Vector2{nmRound(v.X), nmRound(v.Y)} }

// Abs returns the absolute value of each component.
func (v Vector2) Abs() Vector2 { return Vector2{nmAbs(v.X), nmAbs(v.Y)} }

// Rotated returns v rotated by angle radians.
func (v Vector2) Rotated(angle float32) Vector2 {
	sine := nmSin(angle)
	cosi := nmCos(angle)
	return Vector2{v.X*cosi - v.Y*sine, v.X*sine + v.Y*cosi}
}

// Orthogonal returns (y, -x).
func (v Vector2) Orthogonal() Vector2 { return Vector2{v.Y, -v.X} }

// Posmod returns the positive modulo of each component by mod.
func (v Vector2) Posmod(mod float32) Vector2 {
	return Vector2{nmFposmod(v.X, mod), nmFposmod(v.Y, mod)}
}

// Posmodv returns the component-wise positive modulo by mod.
func (v Vector2) Posmodv(mod Vector2) Vector2 {
	return Vector2{nmFposmod(v.X, mod.X), nmFposmod(v.Y, mod.Y)}
}

// Project returns the projection of v onto b (NaN components when b is zero).
func (v Vector2) Project(b Vector2) Vector2 {
	return b.MulScalar(v.Dot(b) / b.LengthSquared())
}

// PlaneProject returns vec projected onto the line with normal v at distance
// d.
func (v Vector2) PlaneProject(d float32, vec Vector2) Vector2 {
	return vec.Sub(v.MulScalar(v.Dot(vec) - d))
}

// Clamp clamps each component between the components of min and max.
func (v Vector2) Clamp(min, max Vector2) Vector2 {
	return Vector2{nmClamp(v.X, min.X, max.X), nmClamp(v.Y, min.Y, max.Y)}
}

// Clampf clamps each component between min and max.
func (v Vector2) Clampf(min, max float32) Vector2 {
	return Vector2{nmClamp(v.X, min, max), nmClamp(v.Y, min, max)}
}

// Snapped snaps each component to the nearest multiple of the matching
// component of step (a zero step leaves the component unchanged). Godot
// computes this in double precision.
func (v Vector2) Snapped(step Vector2) Vector2 {
	return Vector2{
		float32(nmSnapped(float64(v.X), float64(step.X))),
		float32(nmSnapped(float64(v.Y), float64(step.Y))),
	}
}

// Snappedf snaps each component to the nearest multiple of step.
func (v Vector2) Snappedf(step float32) Vector2 {
	return v.Snapped(Vector2{step, step})
}

// LimitLength returns v shortened to length if it is longer (Godot's default
// length is 1).
func (v Vector2) LimitLength(length float32) Vector2 {
	l := v.Length()
	if l > 0 && length < l {
		v = v.DivScalar(l)
		v = v.MulScalar(length)
	}
	return v
}

// Min returns the component-wise minimum.
func (v Vector2) Min(b Vector2) Vector2 { return Vector2{nmMin(v.X, b.X), nmMin(v.Y, b.Y)} }

// Minf returns the component-wise minimum with s.
func (v Vector2) Minf(s float32) Vector2 { return Vector2{nmMin(v.X, s), nmMin(v.Y, s)} }

// Max returns the component-wise maximum.
func (v Vector2) Max(b Vector2) Vector2 { return Vector2{nmMax(v.X, b.X), nmMax(v.Y, b.Y)} }

// Maxf returns the component-wise maximum with s.
func (v Vector2) Maxf(s float32) Vector2 { return Vector2{nmMax(v.X, s), nmMax(v.Y, s)} }

// MinAxisIndex returns the index of the smallest component (Y on ties).
func (v Vector2) MinAxisIndex() int {
	if v.X < v.Y {
		return Vector2AxisX
	}
	return Vector2AxisY
}

// MaxAxisIndex returns the index of the largest component (X on ties).
func (v Vector2) MaxAxisIndex() int {
	if v.X < v.Y {
		return Vector2AxisY
	}
	return Vector2AxisX
}

// Aspect returns x / y.
func (v Vector2) Aspect() float32 { return v.X / v.Y }

// Lerp interpolates linearly between v and to.
func (v Vector2) Lerp(to Vector2, weight float32) Vector2 {
	return Vector2{nmLerp(v.X, to.X, weight), nmLerp(v.Y, to.Y, weight)}
}

// Slerp interpolates the angle and the length between v and to; if either is
// zero it falls back to Lerp.
func (v Vector2) Slerp(to Vector2, weight float32) Vector2 {
	startLengthSq := v.LengthSquared()
	endLengthSq := to.LengthSquared()
	if startLengthSq == 0 || endLengthSq == 0 {
		return v.Lerp(to, weight)
	}
	startLength := nmSqrt(startLengthSq)
	resultLength := nmLerp(startLength, nmSqrt(endLengthSq), weight)
	angle := v.AngleTo(to)
	return v.Rotated(angle * weight).MulScalar(resultLength / startLength)
}

// CubicInterpolate performs a cubic interpolation between v and b with pre
// and post as handles.
func (v Vector2) CubicInterpolate(b, pre, post Vector2, weight float32) Vector2 {
	return Vector2{
		nmCubicInterpolate(v.X, b.X, pre.X, post.X, weight),
		nmCubicInterpolate(v.Y, b.Y, pre.Y, post.Y, weight),
	}
}

// CubicInterpolateInTime is CubicInterpolate with time values (Barry-Goldman).
func (v Vector2) CubicInterpolateInTime(b, pre, post Vector2, weight, bT, preT, postT float32) Vector2 {
	return Vector2{
		nmCubicInterpolateInTime(v.X, b.X, pre.X, post.X, weight, bT, preT, postT),
		nmCubicInterpolateInTime(v.Y, b.Y, pre.Y, post.Y, weight, bT, preT, postT),
	}
}

// BezierInterpolate returns the point at t on the cubic Bézier curve from v
// to end.
func (v Vector2) BezierInterpolate(control1, control2, end Vector2, t float32) Vector2 {
	return Vector2{
		nmBezierInterpolate(v.X, control1.X, control2.X, end.X, t),
		nmBezierInterpolate(v.Y, control1.Y, control2.Y, end.Y, t),
	}
}

// BezierDerivative returns the derivative at t of the cubic Bézier curve.
func (v Vector2) BezierDerivative(control1, control2, end Vector2, t float32) Vector2 {
	return Vector2{
		nmBezierDerivative(v.X, control1.X, control2.X, end.X, t),
		nmBezierDerivative(v.Y, control1.Y, control2.Y, end.Y, t),
	}
}

// MoveToward moves v toward to by at most delta.
func (v Vector2) MoveToward(to Vector2, delta float32) Vector2 {
	vd := to.Sub(v)
	l := vd.Length()
	if l <= delta || l < float32(nmCmpEpsilon) {
		return to
	}
	return v.Add(vd.DivScalar(l).MulScalar(delta))
}

// Slide returns the component of v along the line with the given normal.
// Like the engine's debug builds, it returns the zero vector when normal is
// not normalized.
func (v Vector2) Slide(normal Vector2) Vector2 {
	if !normal.IsNormalized() {
		return Vector2{}
	}
	return v.Sub(normal.MulScalar(v.Dot(normal)))
}

// Bounce returns -Reflect(normal). With a non-normalized normal it returns
// the negated zero vector (-0, -0).
func (v Vector2) Bounce(normal Vector2) Vector2 { return v.Reflect(normal).Neg() }

// Reflect reflects v across the line with the given normal. Like the engine's
// debug builds, it returns the zero vector when normal is not normalized.
func (v Vector2) Reflect(normal Vector2) Vector2 {
	if !normal.IsNormalized() {
		return Vector2{}
	}
	return normal.MulScalar(2).MulScalar(v.Dot(normal)).Sub(v)
}

// IsEqualApprox reports whether the components are approximately equal.
func (v Vector2) IsEqualApprox(b Vector2) bool {
	return nmIsEqualApprox(v.X, b.X) && nmIsEqualApprox(v.Y, b.Y)
}

// IsSame reports whether the components are equal, treating NaN as equal to
// NaN.
func (v Vector2) IsSame(b Vector2) bool { return nmIsSame(v.X, b.X) && nmIsSame(v.Y, b.Y) }

// IsZeroApprox reports whether every component is approximately zero.
func (v Vector2) IsZeroApprox() bool { return nmIsZeroApprox(v.X) && nmIsZeroApprox(v.Y) }

// IsFinite reports whether every component is finite.
func (v Vector2) IsFinite() bool { return nmIsFinite(v.X) && nmIsFinite(v.Y) }

// Vector2i converts to Vector2i by truncation toward zero (NaN and values out
// of the int32 range give math.MinInt32, as on the engine's x86-64 build).
func (v Vector2) Vector2i() Vector2i { return Vector2i{nmF32ToI32(v.X), nmF32ToI32(v.Y)} }
