package variant

// Vector4 is the engine's Vector4: four float32 components at offsets 0, 4, 8
// and 12.
type Vector4 struct {
	X, Y, Z, W float32
}

// NewVector4 returns Vector4{x, y, z, w}.
func NewVector4(x, y, z, w float32) Vector4 { return Vector4{x, y, z, w} }

// Add returns v + b.
func (v Vector4) Add(b Vector4) Vector4 { return Vector4{v.X + b.X, v.Y + b.Y, v.Z + b.Z, v.W + b.W} }

// Sub returns v - b.
func (v Vector4) Sub(b Vector4) Vector4 { return Vector4{v.X - b.X, v.Y - b.Y, v.Z - b.Z, v.W - b.W} }

// Mul returns the component-wise product.
func (v Vector4) Mul(b Vector4) Vector4 { return Vector4{v.X * b.X, v.Y * b.Y, v.Z * b.Z, v.W * b.W} }

// MulScalar returns v * s.
func (v Vector4) MulScalar(s float32) Vector4 { return Vector4{v.X * s, v.Y * s, v.Z * s, v.W * s} }

// Div returns the component-wise quotient (IEEE semantics for zero).
func (v Vector4) Div(b Vector4) Vector4 { return Vector4{v.X / b.X, v.Y / b.Y, v.Z / b.Z, v.W / b.W} }

// DivScalar returns v / s, dividing each component by s.
func (v Vector4) DivScalar(s float32) Vector4 { return Vector4{v.X / s, v.Y / s, v.Z / s, v.W / s} }

// Neg returns -v.
func (v Vector4) Neg() Vector4 { return Vector4{-v.X, -v.Y, -v.Z, -v.W} }

func (v Vector4) nmCmp(b Vector4, last func(a, b float32) bool, mid func(a, b float32) bool) bool {
	if v.X == b.X {
		if v.Y == b.Y {
			if v.Z == b.Z {
				return last(v.W, b.W)
			}
			return mid(v.Z, b.Z)
		}
		return mid(v.Y, b.Y)
	}
	return mid(v.X, b.X)
}

func nmLess(a, b float32) bool         { return a < b }
func nmLessEqual(a, b float32) bool    { return a <= b }
func nmGreater(a, b float32) bool      { return a > b }
func nmGreaterEqual(a, b float32) bool { return a >= b }

// Less is the engine's operator<: lexicographic on (x, y, z, w).
func (v Vector4) Less(b Vector4) bool { return v.nmCmp(b, nmLess, nmLess) }

// LessEqual is the engine's operator<=.
func (v Vector4) LessEqual(b Vector4) bool { return v.nmCmp(b, nmLessEqual, nmLess) }

// Greater is the engine's operator>.
func (v Vector4) Greater(b Vector4) bool { return v.nmCmp(b, nmGreater, nmGreater) }

// GreaterEqual is the engine's operator>=.
func (v Vector4) GreaterEqual(b Vector4) bool { return v.nmCmp(b, nmGreaterEqual, nmGreater) }

// Dot returns the dot product.
func (v Vector4) Dot(b Vector4) float32 { return v.X*b.X + v.Y*b.Y + v.Z*b.Z + v.W*b.W }

// LengthSquared returns the squared length.
func (v Vector4) LengthSquared() float32 { return v.Dot(v) }

// Length returns the length.
func (v Vector4) Length() float32 { return nmSqrt(v.LengthSquared()) }

// Normalized returns the vector scaled to unit length; a vector of zero
// length gives (0, 0, 0, 0).
func (v Vector4) Normalized() Vector4 {
	lengthsq := v.LengthSquared()
	if lengthsq == 0 {
		return Vector4{}
	}
	l := nmSqrt(lengthsq)
	return Vector4{v.X / l, v.Y / l, v.Z / l, v.W / l}
}

// IsNormalized reports whether the squared length is within 0.001 of 1.
func (v Vector4) IsNormalized() bool {
	return nmIsEqualApproxTol(v.LengthSquared(), 1, float32(nmUnitEpsilon))
}

// DistanceTo returns the distance to b.
func (v Vector4) DistanceTo(b Vector4) float32 { return b.Sub(v).Length() }

// DistanceSquaredTo returns the squared distance to b.
func (v Vector4) DistanceSquaredTo(b Vector4) float32 { return b.Sub(v).LengthSquared() }

// DirectionTo returns the normalized vector from v to b.
func (v Vector4) DirectionTo(b Vector4) Vector4 {
	return Vector4{b.X - v.X, b.Y - v.Y, b.Z - v.Z, b.W - v.W}.Normalized()
}

// Abs returns the absolute value of each component.
func (v Vector4) Abs() Vector4 { return Vector4{nmAbs(v.X), nmAbs(v.Y), nmAbs(v.Z), nmAbs(v.W)} }

// Sign returns the sign of each component (0 for zero and NaN).
func (v Vector4) Sign() Vector4 {
	return Vector4{nmSign(v.X), nmSign(v.Y), nmSign(v.Z), nmSign(v.W)}
}

// Floor rounds each component down.
func (v Vector4) Floor() Vector4 {
	return Vector4{nmFloor(v.X), nmFloor(v.Y), nmFloor(v.Z), nmFloor(v.W)}
}

// Ceil rounds each component up.
func (v Vector4) Ceil() Vector4 { return Vector4{nmCeil(v.X), nmCeil(v.Y), nmCeil(v.Z), nmCeil(v.W)} }

// Round rounds each component to the nearest integer, halves away from zero.
func (v Vector4) Round() Vector4 {
	return Vector4{nmRound(v.X), nmRound(v.Y), nmRound(v.Z), nmRound(v.W)}
}

// Inverse returns (1/x, 1/y, 1/z, 1/w).
func (v Vector4) Inverse() Vector4 { return Vector4{1 / v.X, 1 / v.Y, 1 / v.Z, 1 / v.W} }

// Clamp clamps each component between the components of min and max.
func (v Vector4) Clamp(min, max Vector4) Vector4 {
	return Vector4{nmClamp(v.X, min.X, max.X), nmClamp(v.Y, min.Y, max.Y), nmClamp(v.Z, min.Z, max.Z), nmClamp(v.W, min.W, max.W)}
}

// Clampf clamps each component between min and max.
func (v Vector4) Clampf(min, max float32) Vector4 {
	return Vector4{nmClamp(v.X, min, max), nmClamp(v.Y, min, max), nmClamp(v.Z, min, max), nmClamp(v.W, min, max)}
}

// Snapped snaps each component to the nearest multiple of the matching
// component of step, computed in double as the engine does.
func (v Vector4) Snapped(step Vector4) Vector4 {
	return Vector4{
		float32(nmSnapped(float64(v.X), float64(step.X))),
		float32(nmSnapped(float64(v.Y), float64(step.Y))),
		float32(nmSnapped(float64(v.Z), float64(step.Z))),
		float32(nmSnapped(float64(v.W), float64(step.W))),
	}
}

// Snappedf snaps each component to the nearest multiple of step.
func (v Vector4) Snappedf(step float32) Vector4 { return v.Snapped(Vector4{step, step, step, step}) }

// Posmod returns the positive modulo of each component by mod.
func (v Vector4) Posmod(mod float32) Vector4 {
	return Vector4{nmFposmod(v.X, mod), nmFposmod(v.Y, mod), nmFposmod(v.Z, mod), nmFposmod(v.W, mod)}
}

// Posmodv returns the component-wise positive modulo by mod.
func (v Vector4) Posmodv(mod Vector4) Vector4 {
	return Vector4{nmFposmod(v.X, mod.X), nmFposmod(v.Y, mod.Y), nmFposmod(v.Z, mod.Z), nmFposmod(v.W, mod.W)}
}

// Min returns the component-wise minimum.
func (v Vector4) Min(b Vector4) Vector4 {
	return Vector4{nmMin(v.X, b.X), nmMin(v.Y, b.Y), nmMin(v.Z, b.Z), nmMin(v.W, b.W)}
}

// Minf returns the component-wise minimum with s.
func (v Vector4) Minf(s float32) Vector4 {
	return Vector4{nmMin(v.X, s), nmMin(v.Y, s), nmMin(v.Z, s), nmMin(v.W, s)}
}

// Max returns the component-wise maximum.
func (v Vector4) Max(b Vector4) Vector4 {
	return Vector4{nmMax(v.X, b.X), nmMax(v.Y, b.Y), nmMax(v.Z, b.Z), nmMax(v.W, b.W)}
}

// Maxf returns the component-wise maximum with s.
func (v Vector4) Maxf(s float32) Vector4 {
	return Vector4{nmMax(v.X, s), nmMax(v.Y, s), nmMax(v.Z, s), nmMax(v.W, s)}
}

// MinAxisIndex returns the index of the smallest component (the last one on
// ties; NaN components are skipped unless first).
func (v Vector4) MinAxisIndex() int {
	c := [4]float32{v.X, v.Y, v.Z, v.W}
	minIndex, minValue := 0, c[0]
	for i := 1; i < 4; i++ {
		if c[i] <= minValue {
			minIndex, minValue = i, c[i]
		}
	}
	return minIndex
}

// MaxAxisIndex returns the index of the largest component (the first one on
// ties).
func (v Vector4) MaxAxisIndex() int {
	c := [4]float32{v.X, v.Y, v.Z, v.W}
	maxIndex, maxValue := 0, c[0]
	for i := 1; i < 4; i++ {
		if c[i] > maxValue {
			maxIndex, maxValue = i, c[i]
		}
	}
	return maxIndex
}

// Lerp interpolates linearly between v and to.
func (v Vector4) Lerp(to Vector4, weight float32) Vector4 {
	return Vector4{nmLerp(v.X, to.X, weight), nmLerp(v.Y, to.Y, weight), nmLerp(v.Z, to.Z, weight), nmLerp(v.W, to.W, weight)}
}

// CubicInterpolate performs a cubic interpolation between v and b.
func (v Vector4) CubicInterpolate(b, pre, post Vector4, weight float32) Vector4 {
	return Vector4{
		nmCubicInterpolate(v.X, b.X, pre.X, post.X, weight),
		nmCubicInterpolate(v.Y, b.Y, pre.Y, post.Y, weight),
		nmCubicInterpolate(v.Z, b.Z, pre.Z, post.Z, weight),
		nmCubicInterpolate(v.W, b.W, pre.W, post.W, weight),
	}
}

// CubicInterpolateInTime is CubicInterpolate with time values.
func (v Vector4) CubicInterpolateInTime(b, pre, post Vector4, weight, bT, preT, postT float32) Vector4 {
	return Vector4{
		nmCubicInterpolateInTime(v.X, b.X, pre.X, post.X, weight, bT, preT, postT),
		nmCubicInterpolateInTime(v.Y, b.Y, pre.Y, post.Y, weight, bT, preT, postT),
		nmCubicInterpolateInTime(v.Z, b.Z, pre.Z, post.Z, weight, bT, preT, postT),
		nmCubicInterpolateInTime(v.W, b.W, pre.W, post.W, weight, bT, preT, postT),
	}
}

// IsEqualApprox reports whether the components are approximately equal.
func (v Vector4) IsEqualApprox(b Vector4) bool {
	return nmIsEqualApprox(v.X, b.X) && nmIsEqualApprox(v.Y, b.Y) && nmIsEqualApprox(v.Z, b.Z) && nmIsEqualApprox(v.W, b.W)
}

// IsSame reports whether the components are equal, NaN matching NaN.
func (v Vector4) IsSame(b Vector4) bool {
	return nmIsSame(v.X, b.X) && nmIsSame(v.Y, b.Y) && nmIsSame(v.Z, b.Z) && nmIsSame(v.W, b.W)
}

// IsZeroApprox reports whether every component is approximately zero.
func (v Vector4) IsZeroApprox() bool {
	return nmIsZeroApprox(v.X) && nmIsZeroApprox(v.Y) && nmIsZeroApprox(v.Z) && nmIsZeroApprox(v.W)
}

// IsFinite reports whether every component is finite.
func (v Vector4) IsFinite() bool {
	return nmIsFinite(v.X) && nmIsFinite(v.Y) && nmIsFinite(v.Z) && nmIsFinite(v.W)
}

// Vector4i converts to Vector4i by truncation toward zero (NaN and values out
// of the int32 range give math.MinInt32, as on the engine's x86-64 build).
func (v Vector4) Vector4i() Vector4i {
	return Vector4i{nmF32ToI32(v.X), nmF32ToI32(v.Y), nmF32ToI32(v.Z), nmF32ToI32(v.W)}
}
