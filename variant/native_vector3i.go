package variant

import "math"

// Vector3i is the engine's Vector3i: 3 int32 components at offsets 0, 4, 8.
// Arithmetic wraps around on overflow, as in the engine's build.
type Vector3i struct {
	X, Y, Z int32
}

// NewVector3i returns Vector3i{x, y, z}.
func NewVector3i(x, y, z int32) Vector3i { return Vector3i{x, y, z} }

// Add returns v + b.
func (v Vector3i) Add(b Vector3i) Vector3i { return Vector3i{v.X + b.X, v.Y + b.Y, v.Z + b.Z} }

// Sub returns v - b.
func (v Vector3i) Sub(b Vector3i) Vector3i { return Vector3i{v.X - b.X, v.Y - b.Y, v.Z - b.Z} }

// Mul returns the component-wise product.
func (v Vector3i) Mul(b Vector3i) Vector3i { return Vector3i{v.X * b.X, v.Y * b.Y, v.Z * b.Z} }

// MulScalar returns v * s.
func (v Vector3i) MulScalar(s int32) Vector3i { return Vector3i{v.X * s, v.Y * s, v.Z * s} }

// Div returns the component-wise quotient, truncated toward zero. It panics
// if any component of b is zero, where the engine reports a "Division by
// zero" error. math.MinInt32 / -1 wraps to math.MinInt32.
func (v Vector3i) Div(b Vector3i) Vector3i {
	if b.X == 0 || b.Y == 0 || b.Z == 0 {
		nmDivByZero("division")
	}
	return Vector3i{v.X / b.X, v.Y / b.Y, v.Z / b.Z}
}

// DivScalar returns v / s, truncated toward zero. It panics if s is zero.
func (v Vector3i) DivScalar(s int32) Vector3i {
	if s == 0 {
		nmDivByZero("division")
	}
	return Vector3i{v.X / s, v.Y / s, v.Z / s}
}

// Mod returns the component-wise remainder (sign of the dividend). It panics
// if any component of b is zero, where the engine reports a "Modulo by zero"
// error.
func (v Vector3i) Mod(b Vector3i) Vector3i {
	if b.X == 0 || b.Y == 0 || b.Z == 0 {
		nmDivByZero("modulo")
	}
	return Vector3i{v.X % b.X, v.Y % b.Y, v.Z % b.Z}
}

// ModScalar returns the remainder of each component by s. It panics if s is
// zero.
func (v Vector3i) ModScalar(s int32) Vector3i {
	if s == 0 {
		nmDivByZero("modulo")
	}
	return Vector3i{v.X % s, v.Y % s, v.Z % s}
}

// Neg returns -v.
func (v Vector3i) Neg() Vector3i { return Vector3i{-v.X, -v.Y, -v.Z} }

// Less is the engine's operator<: lexicographic on the components.
func (v Vector3i) Less(b Vector3i) bool {
	if v.X == b.X {
		if v.Y == b.Y {
			return v.Z < b.Z
		}
		return v.Y < b.Y
	}
	return v.X < b.X
}

// LessEqual is the engine's operator<=: lexicographic on the components.
func (v Vector3i) LessEqual(b Vector3i) bool {
	if v.X == b.X {
		if v.Y == b.Y {
			return v.Z <= b.Z
		}
		return v.Y < b.Y
	}
	return v.X < b.X
}

// Greater is the engine's operator>: lexicographic on the components.
func (v Vector3i) Greater(b Vector3i) bool {
	if v.X == b.X {
		if v.Y == b.Y {
			return v.Z > b.Z
		}
		return v.Y > b.Y
	}
	return v.X > b.X
}

// GreaterEqual is the engine's operator>=: lexicographic on the components.
func (v Vector3i) GreaterEqual(b Vector3i) bool {
	if v.X == b.X {
		if v.Y == b.Y {
			return v.Z >= b.Z
		}
		return v.Y > b.Y
	}
	return v.X > b.X
}

// LengthSquared returns the squared length computed in int64.
func (v Vector3i) LengthSquared() int64 {
	return int64(v.X)*int64(v.X) + int64(v.Y)*int64(v.Y) + int64(v.Z)*int64(v.Z)
}

// Length returns the length as a float64 (the engine computes it in double).
func (v Vector3i) Length() float64 { return math.Sqrt(float64(v.LengthSquared())) }

// DistanceTo returns the distance to b as a float64.
func (v Vector3i) DistanceTo(b Vector3i) float64 { return b.Sub(v).Length() }

// DistanceSquaredTo returns the squared distance to b (the difference is
// computed in int32 first, as in the engine).
func (v Vector3i) DistanceSquaredTo(b Vector3i) int64 { return b.Sub(v).LengthSquared() }

// Sign returns the sign of each component.
func (v Vector3i) Sign() Vector3i { return Vector3i{nmSignI(v.X), nmSignI(v.Y), nmSignI(v.Z)} }

// Abs returns the absolute value of each component (math.MinInt32 stays
// math.MinInt32).
func (v Vector3i) Abs() Vector3i { return Vector3i{nmAbsI(v.X), nmAbsI(v.Y), nmAbsI(v.Z)} }

// Clamp clamps each component between the components of min and max.
func (v Vector3i) Clamp(min, max Vector3i) Vector3i {
	return Vector3i{nmClamp(v.X, min.X, max.X), nmClamp(v.Y, min.Y, max.Y), nmClamp(v.Z, min.Z, max.Z)}
}

// Clampi clamps each component between min and max.
func (v Vector3i) Clampi(min, max int32) Vector3i {
	return Vector3i{nmClamp(v.X, min, max), nmClamp(v.Y, min, max), nmClamp(v.Z, min, max)}
}

// Snapped snaps each component to the nearest multiple of the matching
// component of step (halves round up), computed in double as in the engine.
func (v Vector3i) Snapped(step Vector3i) Vector3i {
	return Vector3i{
		nmF64ToI32(nmSnapped(float64(v.X), float64(step.X))),
		nmF64ToI32(nmSnapped(float64(v.Y), float64(step.Y))),
		nmF64ToI32(nmSnapped(float64(v.Z), float64(step.Z))),
	}
}

// Snappedi snaps each component to the nearest multiple of step.
func (v Vector3i) Snappedi(step int32) Vector3i { return v.Snapped(Vector3i{step, step, step}) }

// Min returns the component-wise minimum.
func (v Vector3i) Min(b Vector3i) Vector3i {
	return Vector3i{nmMin(v.X, b.X), nmMin(v.Y, b.Y), nmMin(v.Z, b.Z)}
}

// Mini returns the component-wise minimum with s.
func (v Vector3i) Mini(s int32) Vector3i {
	return Vector3i{nmMin(v.X, s), nmMin(v.Y, s), nmMin(v.Z, s)}
}

// Max returns the component-wise maximum.
func (v Vector3i) Max(b Vector3i) Vector3i {
	return Vector3i{nmMax(v.X, b.X), nmMax(v.Y, b.Y), nmMax(v.Z, b.Z)}
}

// Maxi returns the component-wise maximum with s.
func (v Vector3i) Maxi(s int32) Vector3i {
	return Vector3i{nmMax(v.X, s), nmMax(v.Y, s), nmMax(v.Z, s)}
}

// Vector3 converts to Vector3 (values beyond 2^24 are rounded to float32).
func (v Vector3i) Vector3() Vector3 { return Vector3{float32(v.X), float32(v.Y), float32(v.Z)} }

// MinAxisIndex returns the index of the smallest component (the later axis
// on ties).
func (v Vector3i) MinAxisIndex() int {
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
func (v Vector3i) MaxAxisIndex() int {
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
