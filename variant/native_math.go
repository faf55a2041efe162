// Native math value types.
//
// The types in the native_*.go files (Vector2, Vector2i, Vector3, Vector3i,
// Vector4, Vector4i, Rect2, Rect2i, Transform2D, Transform3D, Basis,
// Quaternion, Color, Plane, AABB and Projection) are plain Go values with
// exactly the memory layout the engine uses for its single-precision build
// (real_t = float32; see builtin_class_sizes and builtin_class_member_offsets
// in api/extension_api.json). They are safe to copy, compare with == (which,
// like the engine's operator==, is false for NaN components) and pass by
// value, and they hold no engine memory: nothing needs to be freed and they
// can be used without a running engine.
//
// Their methods are implemented in Go and follow Godot 4.6's C++ code
// (core/math) operation by operation, in float32 where Godot computes in
// real_t and in float64 where Godot computes in double, so results match the
// engine bit for bit for arithmetic. Results that go through transcendental
// functions (sin, cos, atan2, acos, ...) are computed in float64 and rounded
// to float32; they can differ from the C library's float functions in the
// last bit in rare cases.
//
// Where the engine validates its input (the editor and debug builds define
// MATH_CHECKS), the methods here behave like those builds: for example
// Vector2.Reflect with a non-normalized normal returns the zero vector,
// Basis.Inverse of a singular basis returns the basis unchanged and
// Quaternion.Inverse of a non-normalized quaternion returns the identity.
// Each method documents such cases.
//
// The Go compiler does not fuse a*b+c into one FMA instruction on amd64 at
// the default GOAMD64=v1, which matches the engine's x86-64 build; with
// GOAMD64=v3 or on other architectures (arm64, ...) it may, and results can
// then differ from the engine's in the last bit.
//
// Zero values: unlike the engine's default constructors, the Go zero value of
// Basis, Transform2D, Transform3D, Quaternion and Projection is all zeros, not
// the identity. Use the Identity* variables (or the New* functions) to get the
// engine's default.

package variant

import "math"

// Godot's comparison epsilons (core/math/math_defs.h). They are double
// constants in C++; where Godot casts them to real_t the Go code converts them
// to float32 at the same place.
const (
	nmCmpEpsilon  = 0.00001
	nmUnitEpsilon = 0.001
)

// Float32 counterparts of Godot's Math:: functions for real_t. Square root,
// floor, ceil, round, fmod and abs are exact (the float64 result rounds to the
// same float32 the C library returns); the trigonometric ones are computed in
// float64 and rounded.

func nmSqrt(x float32) float32  { return float32(math.Sqrt(float64(x))) }
func nmSin(x float32) float32   { return float32(math.Sin(float64(x))) }
func nmCos(x float32) float32   { return float32(math.Cos(float64(x))) }
func nmFloor(x float32) float32 { return float32(math.Floor(float64(x))) }
func nmCeil(x float32) float32  { return float32(math.Ceil(float64(x))) }
func nmRound(x float32) float32 { return float32(math.Round(float64(x))) }
func nmAbs(x float32) float32   { return float32(math.Abs(float64(x))) }

func nmAtan2(y, x float32) float32 { return float32(math.Atan2(float64(y), float64(x))) }
func nmFmod(x, y float32) float32  { return float32(math.Mod(float64(x), float64(y))) }

// nmAsin is Math::asin: it clamps its argument to [-1, 1].
func nmAsin(x float32) float32 {
	if x < -1 {
		return -float32(math.Pi) / 2
	}
	if x > 1 {
		return float32(math.Pi) / 2
	}
	return float32(math.Asin(float64(x)))
}

// nmAcos is Math::acos: it clamps its argument to [-1, 1].
func nmAcos(x float32) float32 {
	if x < -1 {
		return float32(math.Pi)
	}
	if x > 1 {
		return 0
	}
	return float32(math.Acos(float64(x)))
}

// nmSign is Godot's SIGN: +1 for positive, -1 for negative, 0 for zero and
// NaN.
func nmSign(x float32) float32 {
	if x > 0 {
		return 1
	}
	if x < 0 {
		return -1
	}
	return 0
}

func nmSignI(x int32) int32 {
	if x > 0 {
		return 1
	}
	if x < 0 {
		return -1
	}
	return 0
}

// nmMin, nmMax and nmClamp are Godot's MIN, MAX and CLAMP, including how they
// pick an operand when a comparison involves NaN.
func nmMin[T float32 | int32](a, b T) T {
	if a < b {
		return a
	}
	return b
}

func nmMax[T float32 | int32](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func nmClamp[T float32 | int32](v, lo, hi T) T {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// nmAbsI is Math::abs for int32 (the most negative value stays itself).
func nmAbsI(x int32) int32 {
	if x < 0 {
		return -x
	}
	return x
}

func nmIsNaN(x float32) bool    { return x != x }
func nmIsFinite(x float32) bool { return !math.IsInf(float64(x), 0) && !math.IsNaN(float64(x)) }

// nmIsEqualApprox is Math::is_equal_approx(float, float).
func nmIsEqualApprox(a, b float32) bool {
	if a == b {
		return true
	}
	tolerance := float32(nmCmpEpsilon) * nmAbs(a)
	if tolerance < float32(nmCmpEpsilon) {
		tolerance = float32(nmCmpEpsilon)
	}
	return nmAbs(a-b) < tolerance
}

// nmIsEqualApproxTol is Math::is_equal_approx(float, float, float).
func nmIsEqualApproxTol(a, b, tolerance float32) bool {
	if a == b {
		return true
	}
	return nmAbs(a-b) < tolerance
}

// nmIsZeroApprox is Math::is_zero_approx(float).
func nmIsZeroApprox(x float32) bool { return nmAbs(x) < float32(nmCmpEpsilon) }

// nmIsSame is Math::is_same: equal, or both NaN.
func nmIsSame(a, b float32) bool { return a == b || (nmIsNaN(a) && nmIsNaN(b)) }

// nmSnapped is Math::snapped, which exists only for double: real_t arguments
// are widened and the result is rounded back by the caller.
func nmSnapped(value, step float64) float64 {
	if step != 0 {
		value = math.Floor(value/step+0.5) * step
	}
	return value
}

// nmF64ToI32 converts a double to int32 the way the engine's x86-64 build
// does (cvttsd2si): truncation toward zero, and the "integer indefinite"
// value math.MinInt32 for NaN and out-of-range input (undefined behaviour in
// C++).
func nmF64ToI32(x float64) int32 {
	if x != x || x >= 2147483648.0 || x <= -2147483649.0 {
		return math.MinInt32
	}
	return int32(x)
}

// nmF32ToI32 is nmF64ToI32 for a float (cvttss2si).
func nmF32ToI32(x float32) int32 { return nmF64ToI32(float64(x)) }

// nmFposmod is Math::fposmod(float, float).
func nmFposmod(x, y float32) float32 {
	value := nmFmod(x, y)
	if (value < 0 && y > 0) || (value > 0 && y < 0) {
		value += y
	}
	value += 0
	return value
}

// nmLerp is Math::lerp(float, float, float).
func nmLerp(from, to, weight float32) float32 { return from + (to-from)*weight }

// nmCubicInterpolate is Math::cubic_interpolate(float...).
func nmCubicInterpolate(from, to, pre, post, weight float32) float32 {
	return 0.5 *
		((from * 2.0) +
			(-pre+to)*weight +
			(2.0*pre-5.0*from+4.0*to-post)*(weight*weight) +
			(-pre+3.0*from-3.0*to+post)*(weight*weight*weight))
}

// nmCubicInterpolateInTime is Math::cubic_interpolate_in_time(float...)
// (Barry-Goldman).
func nmCubicInterpolateInTime(from, to, pre, post, weight, toT, preT, postT float32) float32 {
	t := nmLerp(0, toT, weight)
	var w float32
	if preT == 0 {
		w = 0
	} else {
		w = (t - preT) / -preT
	}
	a1 := nmLerp(pre, from, w)
	if toT == 0 {
		w = 0.5
	} else {
		w = t / toT
	}
	a2 := nmLerp(from, to, w)
	if postT-toT == 0 {
		w = 1
	} else {
		w = (t - toT) / (postT - toT)
	}
	a3 := nmLerp(to, post, w)
	if toT-preT == 0 {
		w = 0
	} else {
		w = (t - preT) / (toT - preT)
	}
	b1 := nmLerp(a1, a2, w)
	if postT == 0 {
		w = 1
	} else {
		w = t / postT
	}
	b2 := nmLerp(a2, a3, w)
	if toT == 0 {
		w = 0.5
	} else {
		w = t / toT
	}
	return nmLerp(b1, b2, w)
}

// nmBezierInterpolate is Math::bezier_interpolate(float...).
func nmBezierInterpolate(start, control1, control2, end, t float32) float32 {
	omt := 1 - t
	omt2 := omt * omt
	omt3 := omt2 * omt
	t2 := t * t
	t3 := t2 * t
	return start*omt3 + control1*omt2*t*3 + control2*omt*t2*3 + end*t3
}

// nmBezierDerivative is Math::bezier_derivative(float...).
func nmBezierDerivative(start, control1, control2, end, t float32) float32 {
	omt := 1 - t
	omt2 := omt * omt
	t2 := t * t
	return (control1-start)*3*omt2 + (control2-control1)*6*omt*t + (end-control2)*3*t2
}

// nmAngleDifference is Math::angle_difference(float, float).
func nmAngleDifference(from, to float32) float32 {
	difference := nmFmod(to-from, float32(2*math.Pi))
	return nmFmod(2*difference, float32(2*math.Pi)) - difference
}

// nmLerpAngle is Math::lerp_angle(float...).
func nmLerpAngle(from, to, weight float32) float32 {
	return from + nmAngleDifference(from, to)*weight
}

// EulerOrder selects the order in which Euler angles are composed, as the
// engine's global enum EulerOrder (the values are the engine's).
type EulerOrder int32

// The engine's Euler orders.
const (
	EulerOrderXYZ EulerOrder = 0
	EulerOrderXZY EulerOrder = 1
	EulerOrderYXZ EulerOrder = 2
	EulerOrderYZX EulerOrder = 3
	EulerOrderZXY EulerOrder = 4
	EulerOrderZYX EulerOrder = 5
)

// Double-precision constants as the engine computes them: each operation is
// rounded to float64 (Go would fold an untyped constant expression exactly,
// which can differ in the last bit), so they are variables.
var (
	nmPi64        = math.Pi
	nmDegToRad64  = nmPi64 / 180.0 // Math::deg_to_rad(double): p_y * (PI / 180.0)
	nmRadToDeg64  = 180.0 / nmPi64 // Math::rad_to_deg(double): p_y * (180.0 / PI)
	nmSrgbA64     = 0.055
	nmSrgbOneA64  = 1.0 + nmSrgbA64         // (1.0 + 0.055)
	nmSrgbInvOneA = 1.0 / nmSrgbOneA64      // (1.0 / (1.0 + 0.055))
	nmRadToDeg32  = float32(180) / nmPi32   // Math::rad_to_deg(float): 180.0f / (float)PI
	nmPi32        = float32(math.Pi)        // (float)PI
	nmDegToRad32  = nmPi32 / float32(180.0) // Math::deg_to_rad(float): (float)PI / 180.0f
	nmInvGamma32  = 1 / float32(2.4)        // 1.0f / 2.4f
	nmInv1292f32  = 1 / float32(12.92)      // 1.0f / 12.92f
	nmGamma32     = float32(2.4)
)
