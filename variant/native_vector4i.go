package variant

import "math"

// Vector4i is the engine's Vector4i: 4 int32 components at offsets 0, 4, 8, 12.
// Arithmetic wraps around on overflow, as in the engine's build.
type Vector4i struct {
	X, Y, Z, W int32
}

// NewVector4i returns Vector4i{x, y, z, w}.
func NewVector4i(x, y, z, w int32) Vector4i { return Vector4i{x, y, z, w} }

// Add returns v + b.
func (v Vector4i) Add(b Vector4i) Vector4i {
	return Vector4i{v.X + b.X, v.Y + b.Y, v.Z + b.Z, v.W + b.W}
}

// Sub returns v - b.
func (v Vector4i) Sub(b Vector4i) Vector4i {
	return Vector4i{v.X - b.X, v.Y - b.Y, v.Z - b.Z, v.W - b.W}
}

// Mul returns the component-wise product.
func (v Vector4i) Mul(b Vector4i) Vector4i {
	return Vector4i{v.X * b.X, v.Y * b.Y, v.Z * b.Z, v.W * b.W}
}

// MulScalar returns v * s.
func (v Vector4i) MulScalar(s int32) Vector4i { return Vector4i{v.X * s, v.Y * s, v.Z * s, v.W * s} }

// Div returns the component-wise quotient, truncated toward zero. It panics
// if any component of b is zero, where the engine reports a "Division by
// zero" error. math.MinInt32 / -1 wraps to math.MinInt32.
func (v Vector4i) Div(b Vector4i) Vector4i {
	if b.X == 0 || b.Y == 0 || b.Z == 0 || b.W == 0 {
		nmDivByZero("division")
	}
	return Vector4i{v.X / b.X, v.Y / b.Y, v.Z / b.Z, v.W / b.W}
}

// DivScalar returns v / s, truncated toward zero. It panics if s is zero.
func (v Vector4i) DivScalar(s int32) Vector4i {
	if s == 0 {
		nmDivByZero("division")
	}
	return Vector4i{v.X / s, v.Y / s, v.Z / s, v.W / s}
}

// Mod returns the component-wise remainder (sign of the dividend). It panics
// if any component of b is zero, where the engine reports a "Modulo by zero"
// error.
func (v Vector4i) Mod(b Vector4i) Vector4i {
	if b.X == 0 || b.Y == 0 || b.Z == 0 || b.W == 0 {
		nmDivByZero("modulo")
	}
	return Vector4i{v.X % b.X, v.Y % b.Y, v.Z % b.Z, v.W % b.W}
}

// ModScalar returns the remainder of each component by s. It panics if s is
// zero.
func (v Vector4i) ModScalar(s int32) Vector4i {
	if s == 0 {
		nmDivByZero("modulo")
	}
	return Vector4i{v.X % s, v.Y % s, v.Z % s, v.W % s}
}

// Neg returns -v.
func (v Vector4i) Neg() Vector4i { return Vector4i{-v.X, -v.Y, -v.Z, -v.W} }

// Less is the engine's operator<: lexicographic on the components.
func (v Vector4i) Less(b Vector4i) bool {
	if v.X == b.X {
		if v.Y == b.Y {
			if v.Z == b.Z {
				return v.W < b.W
			}
			return v.Z < b.Z
		}
		return v.Y < b.Y
	}
	return v.X < b.X
}

// LessEqual is the engine's operator<=: lexicographic on the components.
func (v Vector4i) LessEqual(b Vector4i) bool {
	if v.X == b.X {
		if v.Y == b.Y {
			if v.Z == b.Z {
				return v.W <= b.W
			}
			return v.Z < b.Z
		}
		return v.Y < b.Y
	}
	return v.X < b.X
}

// Greater is the engine's operator>: lexicographic on the components.
func (v Vector4i) Greater(b Vector4i) bool {
	if v.X == b.X {
		if v.Y == b.Y {
			if v.Z == b.Z {
				return v.W > b.W
			}
			return v.Z > b.Z
		}
		return v.Y > b.Y
	}
	return v.X > b.X
}

// GreaterEqual is the engine's operator>=: lexicographic on the components.
func (v Vector4i) GreaterEqual(b Vector4i) bool {
	if v.X == b.X {
		if v.Y == b.Y {
			if v.Z == b.Z {
				return v.W >= b.W
			}
			return v.Z > b.Z
		}
		return v.Y > b.Y
	}
	return v.X > b.X
}

// LengthSquared returns the squared length computed in int64.
func (v Vector4i) LengthSquared() int64 {
	return int64(v.X)*int64(v.X) + int64(v.Y)*int64(v.Y) + int64(v.Z)*int64(v.Z) + int64(v.W)*int64(v.W)
}

// Length returns the length as a float64 (the engine computes it in double).
func (v Vector4i) Length() float64 { return math.Sqrt(float64(v.LengthSquared())) }

// DistanceTo returns the distance to b as a float64.
func (v Vector4i) DistanceTo(b Vector4i) float64 { return b.Sub(v).Length() }

// DistanceSquaredTo returns the squared distance to b (the difference is
// computed in int32 first, as in the engine).
func (v Vector4i) DistanceSquaredTo(b Vector4i) int64 { return b.Sub(v).LengthSquared() }

// Sign returns the sign of each component.
func (v Vector4i) Sign() Vector4i {
	return Vector4i{nmSignI(v.X), nmSignI(v.Y), nmSignI(v.Z), nmSignI(v.W)}
}

// Abs returns the absolute value of each component (math.MinInt32 stays
// math.MinInt32).
func (v Vector4i) Abs() Vector4i { return Vector4i{nmAbsI(v.X), nmAbsI(v.Y), nmAbsI(v.Z), nmAbsI(v.W)} }

// Clamp clamps each component between the components of min and max.
func (v Vector4i) Clamp(min, max Vector4i) Vector4i {
	return Vector4i{nmClamp(v.X, min.X, max.X), nmClamp(v.Y, min.Y, max.Y), nmClamp(v.Z, min.Z, max.Z), nmClamp(v.W, min.W, max.W)}
}

// Clampi clamps each component between min and max.
func (v Vector4i) Clampi(min, max int32) Vector4i {
	return Vector4i{nmClamp(v.X, min, max), nmClamp(v.Y, min, max), nmClamp(v.Z, min, max), nmClamp(v.W, min, max)}
}

// Snapped snaps each component to the nearest multiple of the matching
// component of step (halves round up), computed in double as in the engine.
func (v Vector4i) Snapped(step Vector4i) Vector4i {
	return Vector4i{
		nmF64ToI32(nmSnapped(float64(v.X), float64(step.X))),
		nmF64ToI32(nmSnapped(float64(v.Y), float64(step.Y))),
		nmF64ToI32(nmSnapped(float64(v.Z), float64(step.Z))),
		nmF64ToI32(nmSnapped(float64(v.W), float64(step.W))),
	}
}

// Snappedi snaps each component to the nearest multiple of step.
func (v Vector4i) Snappedi(step int32) Vector4i { return v.Snapped(Vector4i{step, step, step, step}) }

// Min returns the component-wise minimum.
func (v Vector4i) Min(b Vector4i) Vector4i {
	return Vector4i{nmMin(v.X, b.X), nmMin(v.Y, b.Y), nmMin(v.Z, b.Z), nmMin(v.W, b.W)}
}

// Mini returns the component-wise minimum with s.
func (v Vector4i) Mini(s int32) Vector4i {
	return Vector4i{nmMin(v.X, s), nmMin(v.Y, s), nmMin(v.Z, s), nmMin(v.W, s)}
}

// Max returns the component-wise maximum.
func (v Vector4i) Max(b Vector4i) Vector4i {
	return Vector4i{nmMax(v.X, b.X), nmMax(v.Y, b.Y), nmMax(v.Z, b.Z), nmMax(v.W, b.W)}
}

// Maxi returns the component-wise maximum with s.
func (v Vector4i) Maxi(s int32) Vector4i {
	return Vector4i{nmMax(v.X, s), nmMax(v.Y, s), nmMax(v.Z, s), nmMax(v.W, s)}
}

// Vector4 converts to Vector4 (values beyond 2^24 are rounded to float32).
func (v Vector4i) Vector4() Vector4 {
	return Vector4{float32(v.X), float32(v.Y), float32(v.Z), float32(v.W)}
}

// MinAxisIndex returns the index of the smallest component (the last one on
// ties).
func (v Vector4i) MinAxisIndex() int {
	c := [4]int32{v.X, v.Y, v.Z, v.W}
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
func (v Vector4i) MaxAxisIndex() int {
	c := [4]int32{v.X, v.Y, v.Z, v.W}
	maxIndex, maxValue := 0, c[0]
	for i := 1; i < 4; i++ {
		if c[i] > maxValue {
			maxIndex, maxValue = i, c[i]
		}
	}
	return maxIndex
}
