package variant

import "math"

// Vector2i is the engine's Vector2i: two int32 components (x at offset 0, y
// at offset 4). Arithmetic wraps around on overflow, as it does in the
// engine's build.
type Vector2i struct {
	X, Y int32
}

// NewVector2i returns Vector2i{x, y}.
func NewVector2i(x, y int32) Vector2i { return Vector2i{x, y} }

// nmDivByZero panics the way the engine's variant operators fail: they
// report "Division by zero error" / "Modulo by zero error" and produce no
// result. The C++ operators themselves do not check (integer division by
// zero traps), so there is no result to imitate.
func nmDivByZero(op string) {
	panic("variant: " + op + " by zero error")
}

// Add returns v + b.
func (v Vector2i) Add(b Vector2i) Vector2i { return Vector2i{v.X + b.X, v.Y + b.Y} }

// Sub returns v - b.
func (v Vector2i) Sub(b Vector2i) Vector2i { return Vector2i{v.X - b.X, v.Y - b.Y} }

// Mul returns the component-wise product.
func (v Vector2i) Mul(b Vector2i) Vector2i { return Vector2i{v.X * b.X, v.Y * b.Y} }

// MulScalar returns v * s.
func (v Vector2i) MulScalar(s int32) Vector2i { return Vector2i{v.X * s, v.Y * s} }

// Div returns the component-wise quotient, truncated toward zero. It panics
// if any component of b is zero: the engine rejects that operation with a
// "Division by zero" error. math.MinInt32 / -1 wraps to math.MinInt32 (the
// engine's x86-64 build traps there).
func (v Vector2i) Div(b Vector2i) Vector2i {
	if b.X == 0 || b.Y == 0 {
		nmDivByZero("division")
	}
	return Vector2i{v.X / b.X, v.Y / b.Y}
}

// DivScalar returns v / s, truncated toward zero. It panics if s is zero, like
// Div.
func (v Vector2i) DivScalar(s int32) Vector2i {
	if s == 0 {
		nmDivByZero("division")
	}
	return Vector2i{v.X / s, v.Y / s}
}

// Mod returns the component-wise remainder (sign of the dividend, like C++
// %). It panics if any component of b is zero: the engine rejects that with a
// "Modulo by zero" error.
func (v Vector2i) Mod(b Vector2i) Vector2i {
	if b.X == 0 || b.Y == 0 {
		nmDivByZero("modulo")
	}
	return Vector2i{v.X % b.X, v.Y % b.Y}
}

// ModScalar returns the remainder of each component by s. It panics if s is
// zero.
func (v Vector2i) ModScalar(s int32) Vector2i {
	if s == 0 {
		nmDivByZero("modulo")
	}
	return Vector2i{v.X % s, v.Y % s}
}

// Neg returns -v.
func (v Vector2i) Neg() Vector2i { return Vector2i{-v.X, -v.Y} }

// Less is the engine's operator<: lexicographic on (x, y).
func (v Vector2i) Less(b Vector2i) bool {
	if v.X == b.X {
		return v.Y < b.Y
	}
	return v.X < b.X
}

// LessEqual is the engine's operator<=.
func (v Vector2i) LessEqual(b Vector2i) bool {
	if v.X == b.X {
		return v.Y <= b.Y
	}
	return v.X < b.X
}

// Greater is the engine's operator>.
func (v Vector2i) Greater(b Vector2i) bool {
	if v.X == b.X {
		return v.Y > b.Y
	}
	return v.X > b.X
}

// GreaterEqual is the engine's operator>=.
func (v Vector2i) GreaterEqual(b Vector2i) bool {
	if v.X == b.X {
		return v.Y >= b.Y
	}
	return v.X > b.X
}

// LengthSquared returns x² + y² computed in int64.
func (v Vector2i) LengthSquared() int64 {
	return int64(v.X)*int64(v.X) + int64(v.Y)*int64(v.Y)
}

// Length returns the length as a float64 (the engine computes it in double).
func (v Vector2i) Length() float64 { return math.Sqrt(float64(v.LengthSquared())) }

// DistanceTo returns the distance to b as a float64.
func (v Vector2i) DistanceTo(b Vector2i) float64 { return b.Sub(v).Length() }

// DistanceSquaredTo returns the squared distance to b (the difference is
// computed in int32 first, as in the engine).
func (v Vector2i) DistanceSquaredTo(b Vector2i) int64 { return b.Sub(v).LengthSquared() }

// Aspect returns x / y as a float32.
func (v Vector2i) Aspect() float32 { return float32(v.X) / float32(v.Y) }

// Sign returns the sign of each component.
func (v Vector2i) Sign() Vector2i { return Vector2i{nmSignI(v.X), nmSignI(v.Y)} }

// Abs returns the absolute value of each component (math.MinInt32 stays
// math.MinInt32).
func (v Vector2i) Abs() Vector2i { return Vector2i{nmAbsI(v.X), nmAbsI(v.Y)} }

// Clamp clamps each component between the components of min and max.
func (v Vector2i) Clamp(min, max Vector2i) Vector2i {
	return Vector2i{nmClamp(v.X, min.X, max.X), nmClamp(v.Y, min.Y, max.Y)}
}

// Clampi clamps each component between min and max.
func (v Vector2i) Clampi(min, max int32) Vector2i {
	return Vector2i{nmClamp(v.X, min, max), nmClamp(v.Y, min, max)}
}

// Snapped snaps each component to the nearest multiple of the matching
// component of step (halves round up), computed in double as the engine does.
func (v Vector2i) Snapped(step Vector2i) Vector2i {
	return Vector2i{
		nmF64ToI32(nmSnapped(float64(v.X), float64(step.X))),
		nmF64ToI32(nmSnapped(float64(v.Y), float64(step.Y))),
	}
}

// Snappedi snaps each component to the nearest multiple of step.
func (v Vector2i) Snappedi(step int32) Vector2i { return v.Snapped(Vector2i{step, step}) }

// Min returns the component-wise minimum.
func (v Vector2i) Min(b Vector2i) Vector2i { return Vector2i{nmMin(v.X, b.X), nmMin(v.Y, b.Y)} }

// Mini returns the component-wise minimum with s.
func (v Vector2i) Mini(s int32) Vector2i { return Vector2i{nmMin(v.X, s), nmMin(v.Y, s)} }

// Max returns the component-wise maximum.
func (v Vector2i) Max(b Vector2i) Vector2i { return Vector2i{nmMax(v.X, b.X), nmMax(v.Y, b.Y)} }

// Maxi returns the component-wise maximum with s.
func (v Vector2i) Maxi(s int32) Vector2i { return Vector2i{nmMax(v.X, s), nmMax(v.Y, s)} }

// MinAxisIndex returns the index of the smallest component (Y on ties).
func (v Vector2i) MinAxisIndex() int {
	if v.X < v.Y {
		return Vector2AxisX
	}
	return Vector2AxisY
}

// MaxAxisIndex returns the index of the largest component (X on ties).
func (v Vector2i) MaxAxisIndex() int {
	if v.X < v.Y {
		return Vector2AxisY
	}
	return Vector2AxisX
}

// Vector2 converts to Vector2 (values beyond 2^24 are rounded to float32).
func (v Vector2i) Vector2() Vector2 { return Vector2{float32(v.X), float32(v.Y)} }
