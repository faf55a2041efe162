package main

import (
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/variant"
)

// The equivalence tests, by type. Tolerances: 0 (bit for bit) wherever Godot's result is
// arithmetic, sqrt (correctly rounded in both), floor/ceil/round or comparisons. trig is the
// tolerance of results computed through sin, cos, atan2, acos or asin: Go computes them in
// float64 and rounds, the engine calls glibc's sinf, cosf, atan2f, ..., and the two can differ in
// the last bit, which later arithmetic can carry over a few more steps, or cancel down to a small
// result: trig admits 8 steps of the result or of 1, whichever is larger (see near). Seen: 8 ulps
// in Quaternion.slerpni, 128 ulps of a 0.0018 component (one ulp of 1) in Transform3D.rotated.
const trig = 8

type (
	v2  = variant.Vector2
	v2i = variant.Vector2i
	v3  = variant.Vector3
	v3i = variant.Vector3i
)

func init() {
	// Vector2
	equiv("Vector2/Length", 0, func(g *gen) ([]any, any, any) {
		v := g.v2()
		return in(v), v.Length(), callMethod[float64](v, "length")
	})
	equiv("Vector2/LengthSquared", 0, func(g *gen) ([]any, any, any) {
		v := g.v2()
		return in(v), v.LengthSquared(), callMethod[float64](v, "length_squared")
	})
	equiv("Vector2/Normalized", 0, func(g *gen) ([]any, any, any) {
		v := g.v2()
		return in(v), v.Normalized(), callMethod[v2](v, "normalized")
	})
	equiv("Vector2/IsNormalized", 0, func(g *gen) ([]any, any, any) {
		v := g.nv2()
		return in(v), v.IsNormalized(), callMethod[bool](v, "is_normalized")
	})
	equiv("Vector2/Angle", trig, func(g *gen) ([]any, any, any) {
		v := g.v2()
		return in(v), v.Angle(), callMethod[float64](v, "angle")
	})
	equiv("Vector2/AngleTo", trig, func(g *gen) ([]any, any, any) {
		v, w := g.v2(), g.v2()
		return in(v, w), v.AngleTo(w), callMethod[float64](v, "angle_to", w)
	})
	equiv("Vector2/AngleToPoint", trig, func(g *gen) ([]any, any, any) {
		v, w := g.v2(), g.v2()
		return in(v, w), v.AngleToPoint(w), callMethod[float64](v, "angle_to_point", w)
	})
	equiv("Vector2/Rotated", trig, func(g *gen) ([]any, any, any) {
		v, a := g.v2(), g.f()
		return in(v, a), v.Rotated(a), callMethod[v2](v, "rotated", float64(a))
	})
	equiv("Vector2/Dot", 0, func(g *gen) ([]any, any, any) {
		v, w := g.v2(), g.v2()
		return in(v, w), v.Dot(w), callMethod[float64](v, "dot", w)
	})
	equiv("Vector2/Cross", 0, func(g *gen) ([]any, any, any) {
		v, w := g.v2(), g.v2()
		return in(v, w), v.Cross(w), callMethod[float64](v, "cross", w)
	})
	equiv("Vector2/DistanceTo", 0, func(g *gen) ([]any, any, any) {
		v, w := g.v2(), g.v2()
		return in(v, w), v.DistanceTo(w), callMethod[float64](v, "distance_to", w)
	})
	equiv("Vector2/DirectionTo", 0, func(g *gen) ([]any, any, any) {
		v, w := g.v2(), g.v2()
		return in(v, w), v.DirectionTo(w), callMethod[v2](v, "direction_to", w)
	})
	equiv("Vector2/Lerp", 0, func(g *gen) ([]any, any, any) {
		v, w, t := g.v2(), g.v2(), g.unit()
		return in(v, w, t), v.Lerp(w, t), callMethod[v2](v, "lerp", w, float64(t))
	})
	equiv("Vector2/Slerp", trig, func(g *gen) ([]any, any, any) {
		v, w, t := g.v2(), g.v2(), g.unit()
		return in(v, w, t), v.Slerp(w, t), callMethod[v2](v, "slerp", w, float64(t))
	})
	equiv("Vector2/Snapped", 0, func(g *gen) ([]any, any, any) {
		v, s := g.v2(), g.v2()
		return in(v, s), v.Snapped(s), callMethod[v2](v, "snapped", s)
	})
	equiv("Vector2/Snappedf", 0, func(g *gen) ([]any, any, any) {
		v, s := g.v2(), g.f()
		return in(v, s), v.Snappedf(s), callMethod[v2](v, "snappedf", float64(s))
	})
	equiv("Vector2/Project", 0, func(g *gen) ([]any, any, any) {
		v, w := g.v2(), g.v2()
		return in(v, w), v.Project(w), callMethod[v2](v, "project", w)
	})
	equiv("Vector2/Reflect", 0, func(g *gen) ([]any, any, any) {
		v, n := g.v2(), g.nv2()
		return in(v, n), v.Reflect(n), callMethod[v2](v, "reflect", n)
	})
	equiv("Vector2/Bounce", 0, func(g *gen) ([]any, any, any) {
		v, n := g.v2(), g.nv2()
		return in(v, n), v.Bounce(n), callMethod[v2](v, "bounce", n)
	})
	equiv("Vector2/Slide", 0, func(g *gen) ([]any, any, any) {
		v, n := g.v2(), g.nv2()
		return in(v, n), v.Slide(n), callMethod[v2](v, "slide", n)
	})
	equiv("Vector2/LimitLength", 0, func(g *gen) ([]any, any, any) {
		v, l := g.v2(), g.f()
		return in(v, l), v.LimitLength(l), callMethod[v2](v, "limit_length", float64(l))
	})
	equiv("Vector2/MoveToward", 0, func(g *gen) ([]any, any, any) {
		v, w, d := g.v2(), g.v2(), g.f()
		return in(v, w, d), v.MoveToward(w, d), callMethod[v2](v, "move_toward", w, float64(d))
	})
	equiv("Vector2/Posmod", 0, func(g *gen) ([]any, any, any) {
		v, m := g.v2(), g.f()
		return in(v, m), v.Posmod(m), callMethod[v2](v, "posmod", float64(m))
	})
	equiv("Vector2/Clamp", 0, func(g *gen) ([]any, any, any) {
		v, lo, hi := g.v2(), g.v2(), g.v2()
		return in(v, lo, hi), v.Clamp(lo, hi), callMethod[v2](v, "clamp", lo, hi)
	})
	equiv("Vector2/RoundingAndSign", 0, func(g *gen) ([]any, any, any) {
		v := g.v2()
		return in(v), []v2{v.Floor(), v.Ceil(), v.Round(), v.Abs(), v.Sign(), v.Orthogonal()},
			[]v2{callMethod[v2](v, "floor"), callMethod[v2](v, "ceil"), callMethod[v2](v, "round"),
				callMethod[v2](v, "abs"), callMethod[v2](v, "sign"), callMethod[v2](v, "orthogonal")}
	})
	equiv("Vector2/MinMax", 0, func(g *gen) ([]any, any, any) {
		v, w := g.v2(), g.v2()
		return in(v, w), []v2{v.Min(w), v.Max(w)}, []v2{callMethod[v2](v, "min", w), callMethod[v2](v, "max", w)}
	})
	equiv("Vector2/AxisIndex", 0, func(g *gen) ([]any, any, any) {
		v := g.v2()
		return in(v), []int64{int64(v.MinAxisIndex()), int64(v.MaxAxisIndex())},
			[]int64{callMethod[int64](v, "min_axis_index"), callMethod[int64](v, "max_axis_index")}
	})
	equiv("Vector2/CubicInterpolate", 0, func(g *gen) ([]any, any, any) {
		v, b, pre, post, t := g.v2(), g.v2(), g.v2(), g.v2(), g.unit()
		return in(v, b, pre, post, t), v.CubicInterpolate(b, pre, post, t),
			callMethod[v2](v, "cubic_interpolate", b, pre, post, float64(t))
	})
	equiv("Vector2/BezierInterpolate", 0, func(g *gen) ([]any, any, any) {
		v, c1, c2, e, t := g.v2(), g.v2(), g.v2(), g.v2(), g.unit()
		return in(v, c1, c2, e, t), []v2{v.BezierInterpolate(c1, c2, e, t), v.BezierDerivative(c1, c2, e, t)},
			[]v2{callMethod[v2](v, "bezier_interpolate", c1, c2, e, float64(t)), callMethod[v2](v, "bezier_derivative", c1, c2, e, float64(t))}
	})
	equiv("Vector2/Predicates", 0, func(g *gen) ([]any, any, any) {
		v, w := g.v2(), g.v2()
		if g.often() {
			w = v
		}
		return in(v, w), []bool{v.IsEqualApprox(w), v.IsZeroApprox(), v.IsFinite()},
			[]bool{callMethod[bool](v, "is_equal_approx", w), callMethod[bool](v, "is_zero_approx"), callMethod[bool](v, "is_finite")}
	})
	equiv("Vector2/Operators", 0, func(g *gen) ([]any, any, any) {
		v, w := g.v2(), g.v2()
		return in(v, w), []v2{v.Add(w), v.Sub(w), v.Mul(w), v.Div(w)},
			[]v2{callOperator[v2](gdi.VariantOpAdd, v, w), callOperator[v2](gdi.VariantOpSubtract, v, w),
				callOperator[v2](gdi.VariantOpMultiply, v, w), callOperator[v2](gdi.VariantOpDivide, v, w)}
	})

	// Vector2i
	equiv("Vector2i/Length", 0, func(g *gen) ([]any, any, any) {
		v, w := g.v2i(), g.v2i()
		return in(v, w), []any{v.Length(), v.LengthSquared(), v.DistanceTo(w), v.DistanceSquaredTo(w), v.Aspect()},
			[]any{callMethod[float64](v, "length"), callMethod[int64](v, "length_squared"),
				callMethod[float64](v, "distance_to", w), callMethod[int64](v, "distance_squared_to", w), float32(callMethod[float64](v, "aspect"))}
	})
	equiv("Vector2i/Basics", 0, func(g *gen) ([]any, any, any) {
		v, a, b := g.v2i(), g.v2i(), g.v2i()
		return in(v, a, b), []v2i{v.Sign(), v.Abs(), v.Clamp(a, b), v.Snapped(a), v.Min(a), v.Max(a)},
			[]v2i{callMethod[v2i](v, "sign"), callMethod[v2i](v, "abs"), callMethod[v2i](v, "clamp", a, b),
				callMethod[v2i](v, "snapped", a), callMethod[v2i](v, "min", a), callMethod[v2i](v, "max", a)}
	})
	equiv("Vector2i/AxisIndex", 0, func(g *gen) ([]any, any, any) {
		v := g.v2i()
		return in(v), []int64{int64(v.MinAxisIndex()), int64(v.MaxAxisIndex())},
			[]int64{callMethod[int64](v, "min_axis_index"), callMethod[int64](v, "max_axis_index")}
	})

	// Vector3
	equiv("Vector3/Length", 0, func(g *gen) ([]any, any, any) {
		v := g.v3()
		return in(v), v.Length(), callMethod[float64](v, "length")
	})
	equiv("Vector3/Normalized", 0, func(g *gen) ([]any, any, any) {
		v := g.v3()
		return in(v), v.Normalized(), callMethod[v3](v, "normalized")
	})
	equiv("Vector3/IsNormalized", 0, func(g *gen) ([]any, any, any) {
		v := g.nv3()
		return in(v), v.IsNormalized(), callMethod[bool](v, "is_normalized")
	})
	equiv("Vector3/Cross", 0, func(g *gen) ([]any, any, any) {
		v, w := g.v3(), g.v3()
		return in(v, w), v.Cross(w), callMethod[v3](v, "cross", w)
	})
	equiv("Vector3/Dot", 0, func(g *gen) ([]any, any, any) {
		v, w := g.v3(), g.v3()
		return in(v, w), v.Dot(w), callMethod[float64](v, "dot", w)
	})
	equiv("Vector3/Rotated", trig, func(g *gen) ([]any, any, any) {
		v, axis, a := g.v3(), g.nv3(), g.f()
		return in(v, axis, a), v.Rotated(axis, a), callMethod[v3](v, "rotated", axis, float64(a))
	})
	equiv("Vector3/Slerp", trig, func(g *gen) ([]any, any, any) {
		v, w, t := g.v3(), g.v3(), g.unit()
		return in(v, w, t), v.Slerp(w, t), callMethod[v3](v, "slerp", w, float64(t))
	})
	equiv("Vector3/AngleTo", trig, func(g *gen) ([]any, any, any) {
		v, w := g.v3(), g.v3()
		return in(v, w), v.AngleTo(w), callMethod[float64](v, "angle_to", w)
	})
	equiv("Vector3/SignedAngleTo", trig, func(g *gen) ([]any, any, any) {
		v, w, axis := g.v3(), g.v3(), g.v3()
		return in(v, w, axis), v.SignedAngleTo(w, axis), callMethod[float64](v, "signed_angle_to", w, axis)
	})
	equiv("Vector3/Project", 0, func(g *gen) ([]any, any, any) {
		v, w := g.v3(), g.v3()
		return in(v, w), v.Project(w), callMethod[v3](v, "project", w)
	})
	equiv("Vector3/Reflect", 0, func(g *gen) ([]any, any, any) {
		v, n := g.v3(), g.nv3()
		return in(v, n), []v3{v.Reflect(n), v.Bounce(n), v.Slide(n)},
			[]v3{callMethod[v3](v, "reflect", n), callMethod[v3](v, "bounce", n), callMethod[v3](v, "slide", n)}
	})
	equiv("Vector3/DirectionTo", 0, func(g *gen) ([]any, any, any) {
		v, w := g.v3(), g.v3()
		return in(v, w), []any{v.DirectionTo(w), v.DistanceTo(w), v.DistanceSquaredTo(w)},
			[]any{callMethod[v3](v, "direction_to", w), callMethod[float64](v, "distance_to", w), callMethod[float64](v, "distance_squared_to", w)}
	})
	equiv("Vector3/LimitLength", 0, func(g *gen) ([]any, any, any) {
		v, l := g.v3(), g.f()
		return in(v, l), v.LimitLength(l), callMethod[v3](v, "limit_length", float64(l))
	})
	equiv("Vector3/Lerp", 0, func(g *gen) ([]any, any, any) {
		v, w, t := g.v3(), g.v3(), g.unit()
		return in(v, w, t), v.Lerp(w, t), callMethod[v3](v, "lerp", w, float64(t))
	})
	equiv("Vector3/MoveToward", 0, func(g *gen) ([]any, any, any) {
		v, w, d := g.v3(), g.v3(), g.f()
		return in(v, w, d), v.MoveToward(w, d), callMethod[v3](v, "move_toward", w, float64(d))
	})
	equiv("Vector3/Snapped", 0, func(g *gen) ([]any, any, any) {
		v, s := g.v3(), g.v3()
		return in(v, s), v.Snapped(s), callMethod[v3](v, "snapped", s)
	})
	equiv("Vector3/RoundingAndSign", 0, func(g *gen) ([]any, any, any) {
		v := g.v3()
		return in(v), []v3{v.Floor(), v.Ceil(), v.Round(), v.Abs(), v.Sign(), v.Inverse()},
			[]v3{callMethod[v3](v, "floor"), callMethod[v3](v, "ceil"), callMethod[v3](v, "round"),
				callMethod[v3](v, "abs"), callMethod[v3](v, "sign"), callMethod[v3](v, "inverse")}
	})
	equiv("Vector3/Posmod", 0, func(g *gen) ([]any, any, any) {
		v, m, mv := g.v3(), g.f(), g.v3()
		return in(v, m, mv), []v3{v.Posmod(m), v.Posmodv(mv)},
			[]v3{callMethod[v3](v, "posmod", float64(m)), callMethod[v3](v, "posmodv", mv)}
	})
	equiv("Vector3/AxisIndex", 0, func(g *gen) ([]any, any, any) {
		v := g.v3()
		return in(v), []int64{int64(v.MinAxisIndex()), int64(v.MaxAxisIndex())},
			[]int64{callMethod[int64](v, "min_axis_index"), callMethod[int64](v, "max_axis_index")}
	})
	equiv("Vector3/Outer", 0, func(g *gen) ([]any, any, any) {
		v, w := g.v3(), g.v3()
		return in(v, w), v.Outer(w), callMethod[variant.Basis](v, "outer", w)
	})
	equiv("Vector3/OctahedronEncode", 0, func(g *gen) ([]any, any, any) {
		v := g.nv3()
		return in(v), v.OctahedronEncode(), callMethod[v2](v, "octahedron_encode")
	})
	equiv("Vector3/CubicInterpolate", 0, func(g *gen) ([]any, any, any) {
		v, b, pre, post, t := g.v3(), g.v3(), g.v3(), g.v3(), g.unit()
		return in(v, b, pre, post, t), v.CubicInterpolate(b, pre, post, t),
			callMethod[v3](v, "cubic_interpolate", b, pre, post, float64(t))
	})

	// Vector3i
	equiv("Vector3i/Basics", 0, func(g *gen) ([]any, any, any) {
		v, a, b := g.v3i(), g.v3i(), g.v3i()
		return in(v, a, b), []v3i{v.Sign(), v.Abs(), v.Clamp(a, b), v.Snapped(a), v.Min(a), v.Max(a)},
			[]v3i{callMethod[v3i](v, "sign"), callMethod[v3i](v, "abs"), callMethod[v3i](v, "clamp", a, b),
				callMethod[v3i](v, "snapped", a), callMethod[v3i](v, "min", a), callMethod[v3i](v, "max", a)}
	})
	equiv("Vector3i/Length", 0, func(g *gen) ([]any, any, any) {
		v, w := g.v3i(), g.v3i()
		return in(v, w), []any{v.Length(), v.LengthSquared(), v.DistanceTo(w), v.DistanceSquaredTo(w),
				int64(v.MinAxisIndex()), int64(v.MaxAxisIndex())},
			[]any{callMethod[float64](v, "length"), callMethod[int64](v, "length_squared"),
				callMethod[float64](v, "distance_to", w), callMethod[int64](v, "distance_squared_to", w),
				callMethod[int64](v, "min_axis_index"), callMethod[int64](v, "max_axis_index")}
	})

	// Basis
	equiv("Basis/Determinant", 0, func(g *gen) ([]any, any, any) {
		b := g.basis()
		return in(b), b.Determinant(), callMethod[float64](b, "determinant")
	})
	equiv("Basis/Inverse", 0, func(g *gen) ([]any, any, any) {
		b := g.basis()
		return in(b), b.Inverse(), callMethod[variant.Basis](b, "inverse")
	})
	equiv("Basis/Transposed", 0, func(g *gen) ([]any, any, any) {
		b := g.basis()
		return in(b), b.Transposed(), callMethod[variant.Basis](b, "transposed")
	})
	equiv("Basis/Orthonormalized", 0, func(g *gen) ([]any, any, any) {
		b := g.basis()
		return in(b), b.Orthonormalized(), callMethod[variant.Basis](b, "orthonormalized")
	})
	equiv("Basis/GetEuler", trig, func(g *gen) ([]any, any, any) {
		b, order := g.basis(), variant.EulerOrder(g.r.IntN(6))
		return in(b, order), b.Euler(order), callMethod[v3](b, "get_euler", int64(order))
	})
	equiv("Basis/GetRotationQuaternion", 0, func(g *gen) ([]any, any, any) {
		b := g.basis()
		return in(b), b.RotationQuaternion(), callMethod[variant.Quaternion](b, "get_rotation_quaternion")
	})
	equiv("Basis/GetScale", 0, func(g *gen) ([]any, any, any) {
		b := g.basis()
		return in(b), b.Scale(), callMethod[v3](b, "get_scale")
	})
	equiv("Basis/Rotated", trig, func(g *gen) ([]any, any, any) {
		b, axis, a := g.basis(), g.nv3(), g.f()
		return in(b, axis, a), b.Rotated(axis, a), callMethod[variant.Basis](b, "rotated", axis, float64(a))
	})
	equiv("Basis/Scaled", 0, func(g *gen) ([]any, any, any) {
		b, s := g.basis(), g.v3()
		return in(b, s), []variant.Basis{b.Scaled(s), b.ScaledLocal(s)},
			[]variant.Basis{callMethod[variant.Basis](b, "scaled", s), callMethod[variant.Basis](b, "scaled_local", s)}
	})
	equiv("Basis/Slerp", trig, func(g *gen) ([]any, any, any) {
		b, c, t := g.basis(), g.basis(), g.unit()
		return in(b, c, t), b.Slerp(c, t), callMethod[variant.Basis](b, "slerp", c, float64(t))
	})
	equiv("Basis/Tdot", 0, func(g *gen) ([]any, any, any) {
		b, v := g.basis(), g.v3()
		return in(b, v), []float32{b.Tdotx(v), b.Tdoty(v), b.Tdotz(v)},
			[]float64{callMethod[float64](b, "tdotx", v), callMethod[float64](b, "tdoty", v), callMethod[float64](b, "tdotz", v)}
	})
	equiv("Basis/Predicates", 0, func(g *gen) ([]any, any, any) {
		b, c := g.basis(), g.basis()
		if g.often() {
			c = b
		}
		return in(b, c), []bool{b.IsConformal(), b.IsEqualApprox(c), b.IsFinite()},
			[]bool{callMethod[bool](b, "is_conformal"), callMethod[bool](b, "is_equal_approx", c), callMethod[bool](b, "is_finite")}
	})
	equiv("Basis/Operators", 0, func(g *gen) ([]any, any, any) {
		b, c, v := g.basis(), g.basis(), g.v3()
		return in(b, c, v), []any{b.Mul(c), b.MulVector3(v), b.XformInv(v)},
			[]any{callOperator[variant.Basis](gdi.VariantOpMultiply, b, c), callOperator[v3](gdi.VariantOpMultiply, b, v),
				callOperator[v3](gdi.VariantOpMultiply, v, b)}
	})

	// Quaternion
	equiv("Quaternion/Normalized", 0, func(g *gen) ([]any, any, any) {
		q := g.quat()
		return in(q), []any{q.Normalized(), q.Length(), q.LengthSquared(), q.IsNormalized()},
			[]any{callMethod[variant.Quaternion](q, "normalized"), callMethod[float64](q, "length"),
				callMethod[float64](q, "length_squared"), callMethod[bool](q, "is_normalized")}
	})
	equiv("Quaternion/Inverse", 0, func(g *gen) ([]any, any, any) {
		q := g.nquat()
		return in(q), q.Inverse(), callMethod[variant.Quaternion](q, "inverse")
	})
	equiv("Quaternion/Slerp", trig, func(g *gen) ([]any, any, any) {
		q, r, t := g.nquat(), g.nquat(), g.unit()
		return in(q, r, t), q.Slerp(r, t), callMethod[variant.Quaternion](q, "slerp", r, float64(t))
	})
	equiv("Quaternion/Slerpni", trig, func(g *gen) ([]any, any, any) {
		q, r, t := g.nquat(), g.nquat(), g.unit()
		return in(q, r, t), q.Slerpni(r, t), callMethod[variant.Quaternion](q, "slerpni", r, float64(t))
	})
	equiv("Quaternion/GetEuler", trig, func(g *gen) ([]any, any, any) {
		q, order := g.nquat(), variant.EulerOrder(g.r.IntN(6))
		return in(q, order), q.Euler(order), callMethod[v3](q, "get_euler", int64(order))
	})
	equiv("Quaternion/AxisAngle", trig, func(g *gen) ([]any, any, any) {
		q := g.nquat()
		return in(q), []any{q.Axis(), q.Angle()},
			[]any{callMethod[v3](q, "get_axis"), callMethod[float64](q, "get_angle")}
	})
	equiv("Quaternion/AngleTo", trig, func(g *gen) ([]any, any, any) {
		q, r := g.nquat(), g.nquat()
		return in(q, r), q.AngleTo(r), callMethod[float64](q, "angle_to", r)
	})
	equiv("Quaternion/LogExp", trig, func(g *gen) ([]any, any, any) {
		q := g.nquat()
		return in(q), []variant.Quaternion{q.Log(), q.Exp()},
			[]variant.Quaternion{callMethod[variant.Quaternion](q, "log"), callMethod[variant.Quaternion](q, "exp")}
	})
	equiv("Quaternion/Operators", 0, func(g *gen) ([]any, any, any) {
		q, r, v := g.nquat(), g.nquat(), g.v3()
		return in(q, r, v), []any{q.Mul(r), q.MulVector3(v), q.Dot(r)},
			[]any{callOperator[variant.Quaternion](gdi.VariantOpMultiply, q, r), callOperator[v3](gdi.VariantOpMultiply, q, v),
				callMethod[float64](q, "dot", r)}
	})

	// Transform2D
	equiv("Transform2D/Inverse", 0, func(g *gen) ([]any, any, any) {
		t := g.t2()
		return in(t), []variant.Transform2D{t.AffineInverse(), t.Inverse()},
			[]variant.Transform2D{callMethod[variant.Transform2D](t, "affine_inverse"), callMethod[variant.Transform2D](t, "inverse")}
	})
	equiv("Transform2D/Rotated", trig, func(g *gen) ([]any, any, any) {
		t, a := g.t2(), g.f()
		return in(t, a), []variant.Transform2D{t.Rotated(a), t.RotatedLocal(a)},
			[]variant.Transform2D{callMethod[variant.Transform2D](t, "rotated", float64(a)), callMethod[variant.Transform2D](t, "rotated_local", float64(a))}
	})
	equiv("Transform2D/BasisXform", 0, func(g *gen) ([]any, any, any) {
		t, v := g.t2(), g.v2()
		return in(t, v), []v2{t.BasisXform(v), t.BasisXformInv(v), t.MulVector2(v), t.XformInv(v)},
			[]v2{callMethod[v2](t, "basis_xform", v), callMethod[v2](t, "basis_xform_inv", v),
				callOperator[v2](gdi.VariantOpMultiply, t, v), callOperator[v2](gdi.VariantOpMultiply, v, t)}
	})
	equiv("Transform2D/Getters", trig, func(g *gen) ([]any, any, any) {
		t := g.t2()
		return in(t), []any{t.Rotation(), t.Scale(), t.Skew(), t.Determinant()},
			[]any{callMethod[float64](t, "get_rotation"), callMethod[v2](t, "get_scale"), callMethod[float64](t, "get_skew"),
				callMethod[float64](t, "determinant")}
	})
	equiv("Transform2D/InterpolateWith", trig, func(g *gen) ([]any, any, any) {
		t, u, w := g.t2(), g.t2(), g.unit()
		return in(t, u, w), t.InterpolateWith(u, w), callMethod[variant.Transform2D](t, "interpolate_with", u, float64(w))
	})
	equiv("Transform2D/Orthonormalized", 0, func(g *gen) ([]any, any, any) {
		t := g.t2()
		return in(t), t.Orthonormalized(), callMethod[variant.Transform2D](t, "orthonormalized")
	})
	equiv("Transform2D/ScaledTranslated", 0, func(g *gen) ([]any, any, any) {
		t, v := g.t2(), g.v2()
		return in(t, v), []variant.Transform2D{t.Scaled(v), t.ScaledLocal(v), t.Translated(v), t.TranslatedLocal(v)},
			[]variant.Transform2D{callMethod[variant.Transform2D](t, "scaled", v), callMethod[variant.Transform2D](t, "scaled_local", v),
				callMethod[variant.Transform2D](t, "translated", v), callMethod[variant.Transform2D](t, "translated_local", v)}
	})
	equiv("Transform2D/LookingAt", trig, func(g *gen) ([]any, any, any) {
		t, v := g.t2(), g.v2()
		return in(t, v), t.LookingAt(v), callMethod[variant.Transform2D](t, "looking_at", v)
	})
	equiv("Transform2D/Mul", 0, func(g *gen) ([]any, any, any) {
		t, u := g.t2(), g.t2()
		return in(t, u), t.Mul(u), callOperator[variant.Transform2D](gdi.VariantOpMultiply, t, u)
	})

	// Transform3D
	equiv("Transform3D/Inverse", 0, func(g *gen) ([]any, any, any) {
		t := g.t3()
		return in(t), []variant.Transform3D{t.AffineInverse(), t.Inverse()},
			[]variant.Transform3D{callMethod[variant.Transform3D](t, "affine_inverse"), callMethod[variant.Transform3D](t, "inverse")}
	})
	equiv("Transform3D/LookingAt", trig, func(g *gen) ([]any, any, any) {
		t, target, up, front := g.t3(), g.v3(), g.v3(), g.r.IntN(2) == 0
		if g.often() {
			up = v3{Y: 1}
		}
		return in(t, target, up, front), t.LookingAt(target, up, front),
			callMethod[variant.Transform3D](t, "looking_at", target, up, front)
	})
	equiv("Transform3D/InterpolateWith", trig, func(g *gen) ([]any, any, any) {
		t, u, w := g.t3(), g.t3(), g.unit()
		return in(t, u, w), t.InterpolateWith(u, w), callMethod[variant.Transform3D](t, "interpolate_with", u, float64(w))
	})
	equiv("Transform3D/Orthonormalized", 0, func(g *gen) ([]any, any, any) {
		t := g.t3()
		return in(t), t.Orthonormalized(), callMethod[variant.Transform3D](t, "orthonormalized")
	})
	equiv("Transform3D/Rotated", trig, func(g *gen) ([]any, any, any) {
		t, axis, a := g.t3(), g.nv3(), g.f()
		return in(t, axis, a), []variant.Transform3D{t.Rotated(axis, a), t.RotatedLocal(axis, a)},
			[]variant.Transform3D{callMethod[variant.Transform3D](t, "rotated", axis, float64(a)),
				callMethod[variant.Transform3D](t, "rotated_local", axis, float64(a))}
	})
	equiv("Transform3D/ScaledTranslated", 0, func(g *gen) ([]any, any, any) {
		t, v := g.t3(), g.v3()
		return in(t, v), []variant.Transform3D{t.Scaled(v), t.ScaledLocal(v), t.Translated(v), t.TranslatedLocal(v)},
			[]variant.Transform3D{callMethod[variant.Transform3D](t, "scaled", v), callMethod[variant.Transform3D](t, "scaled_local", v),
				callMethod[variant.Transform3D](t, "translated", v), callMethod[variant.Transform3D](t, "translated_local", v)}
	})
	equiv("Transform3D/Operators", 0, func(g *gen) ([]any, any, any) {
		t, u, v := g.t3(), g.t3(), g.v3()
		return in(t, u, v), []any{t.Mul(u), t.MulVector3(v), t.XformInv(v)},
			[]any{callOperator[variant.Transform3D](gdi.VariantOpMultiply, t, u), callOperator[v3](gdi.VariantOpMultiply, t, v),
				callOperator[v3](gdi.VariantOpMultiply, v, t)}
	})
	equiv("Transform3D/MulAABBPlane", 0, func(g *gen) ([]any, any, any) {
		t, a, p := g.t3(), g.aabb(), g.plane()
		return in(t, a, p), []any{t.MulAABB(a), t.MulPlane(p)},
			[]any{callOperator[variant.AABB](gdi.VariantOpMultiply, t, a), callOperator[variant.Plane](gdi.VariantOpMultiply, t, p)}
	})

	// Color
	equiv("Color/LightenedDarkened", 0, func(g *gen) ([]any, any, any) {
		c, a := g.color(), g.unit()
		return in(c, a), []variant.Color{c.Lightened(a), c.Darkened(a), c.Inverted()},
			[]variant.Color{callMethod[variant.Color](c, "lightened", float64(a)), callMethod[variant.Color](c, "darkened", float64(a)),
				callMethod[variant.Color](c, "inverted")}
	})
	equiv("Color/Luminance", 0, func(g *gen) ([]any, any, any) {
		c := g.color()
		return in(c), c.Luminance(), callMethod[float64](c, "get_luminance")
	})
	equiv("Color/ToInt", 0, func(g *gen) ([]any, any, any) {
		c := g.color()
		return in(c), []int64{int64(c.ToRGBA32()), int64(c.ToARGB32()), int64(c.ToABGR32()),
				int64(c.ToRGBA64()), int64(c.ToARGB64()), int64(c.ToABGR64())},
			[]int64{callMethod[int64](c, "to_rgba32"), callMethod[int64](c, "to_argb32"), callMethod[int64](c, "to_abgr32"),
				callMethod[int64](c, "to_rgba64"), callMethod[int64](c, "to_argb64"), callMethod[int64](c, "to_abgr64")}
	})
	equiv("Color/ToHTML", 0, func(g *gen) ([]any, any, any) {
		c, alpha := g.color(), g.r.IntN(2) == 0
		return in(c, alpha), c.ToHTML(alpha), callMethod[string](c, "to_html", alpha)
	})
	equiv("Color/Blend", 0, func(g *gen) ([]any, any, any) {
		c, d := g.color(), g.color()
		return in(c, d), c.Blend(d), callMethod[variant.Color](c, "blend", d)
	})
	equiv("Color/Lerp", 0, func(g *gen) ([]any, any, any) {
		c, d, w := g.color(), g.color(), g.unit()
		return in(c, d, w), c.Lerp(d, w), callMethod[variant.Color](c, "lerp", d, float64(w))
	})
	equiv("Color/SrgbLinear", trig, func(g *gen) ([]any, any, any) {
		c := g.color()
		return in(c), []variant.Color{c.SrgbToLinear(), c.LinearToSrgb()},
			[]variant.Color{callMethod[variant.Color](c, "srgb_to_linear"), callMethod[variant.Color](c, "linear_to_srgb")}
	})

	// Plane
	equiv("Plane/Normalized", 0, func(g *gen) ([]any, any, any) {
		p := g.plane()
		return in(p), []any{p.Normalized(), p.Center()},
			[]any{callMethod[variant.Plane](p, "normalized"), callMethod[v3](p, "get_center")}
	})
	equiv("Plane/Point", 0, func(g *gen) ([]any, any, any) {
		p, v, tol := g.plane(), g.v3(), g.unit()
		if g.often() {
			p.Normal = p.Normal.Normalized()
		}
		return in(p, v, tol), []any{p.DistanceTo(v), p.IsPointOver(v), p.HasPoint(v, tol), p.Project(v)},
			[]any{float32(callMethod[float64](p, "distance_to", v)), callMethod[bool](p, "is_point_over", v),
				callMethod[bool](p, "has_point", v, float64(tol)), callMethod[v3](p, "project", v)}
	})

	// AABB
	equiv("AABB/Intersection", 0, func(g *gen) ([]any, any, any) {
		a, b := g.aabb(), g.aabb()
		return in(a, b), []any{a.Intersection(b), a.Merge(b), a.Intersects(b), a.Encloses(b)},
			[]any{callMethod[variant.AABB](a, "intersection", b), callMethod[variant.AABB](a, "merge", b),
				callMethod[bool](a, "intersects", b), callMethod[bool](a, "encloses", b)}
	})
	equiv("AABB/Point", 0, func(g *gen) ([]any, any, any) {
		a, v := g.aabb(), g.v3()
		return in(a, v), []any{a.HasPoint(v), a.Expand(v), a.Support(v)},
			[]any{callMethod[bool](a, "has_point", v), callMethod[variant.AABB](a, "expand", v), callMethod[v3](a, "get_support", v)}
	})
	equiv("AABB/Getters", 0, func(g *gen) ([]any, any, any) {
		a, s := g.aabb(), g.f()
		return in(a, s), []any{a.Abs(), a.Center(), a.Volume(), a.HasVolume(), a.HasSurface(), a.Grow(s),
				a.LongestAxis(), int64(a.LongestAxisIndex()), a.LongestAxisSize(),
				a.ShortestAxis(), int64(a.ShortestAxisIndex()), a.ShortestAxisSize()},
			[]any{callMethod[variant.AABB](a, "abs"), callMethod[v3](a, "get_center"), float32(callMethod[float64](a, "get_volume")),
				callMethod[bool](a, "has_volume"), callMethod[bool](a, "has_surface"), callMethod[variant.AABB](a, "grow", float64(s)),
				callMethod[v3](a, "get_longest_axis"), callMethod[int64](a, "get_longest_axis_index"), float32(callMethod[float64](a, "get_longest_axis_size")),
				callMethod[v3](a, "get_shortest_axis"), callMethod[int64](a, "get_shortest_axis_index"), float32(callMethod[float64](a, "get_shortest_axis_size"))}
	})
	equiv("AABB/Endpoint", 0, func(g *gen) ([]any, any, any) {
		a, i := g.aabb(), g.r.IntN(8)
		return in(a, i), a.Endpoint(i), callMethod[v3](a, "get_endpoint", int64(i))
	})
	equiv("AABB/IntersectsPlane", 0, func(g *gen) ([]any, any, any) {
		a, p := g.aabb(), g.plane()
		return in(a, p), a.IntersectsPlane(p), callMethod[bool](a, "intersects_plane", p)
	})

	// Rect2
	equiv("Rect2/Intersection", 0, func(g *gen) ([]any, any, any) {
		r, s := g.rect(), g.rect()
		return in(r, s), []any{r.Intersection(s), r.Merge(s), r.Encloses(s), r.Intersects(s, false), r.Intersects(s, true)},
			[]any{callMethod[variant.Rect2](r, "intersection", s), callMethod[variant.Rect2](r, "merge", s),
				callMethod[bool](r, "encloses", s), callMethod[bool](r, "intersects", s, false), callMethod[bool](r, "intersects", s, true)}
	})
	equiv("Rect2/Point", 0, func(g *gen) ([]any, any, any) {
		r, v := g.rect(), g.v2()
		return in(r, v), []any{r.HasPoint(v), r.Expand(v), r.Support(v)},
			[]any{callMethod[bool](r, "has_point", v), callMethod[variant.Rect2](r, "expand", v), callMethod[v2](r, "get_support", v)}
	})
	equiv("Rect2/Grow", 0, func(g *gen) ([]any, any, any) {
		r, a, b, c, d, side := g.rect(), g.f(), g.f(), g.f(), g.f(), g.r.IntN(4)
		return in(r, a, b, c, d, side), []variant.Rect2{r.Grow(a), r.GrowIndividual(a, b, c, d), r.GrowSide(side, a), r.Abs()},
			[]variant.Rect2{callMethod[variant.Rect2](r, "grow", float64(a)),
				callMethod[variant.Rect2](r, "grow_individual", float64(a), float64(b), float64(c), float64(d)),
				callMethod[variant.Rect2](r, "grow_side", int64(side), float64(a)), callMethod[variant.Rect2](r, "abs")}
	})
	equiv("Rect2/Getters", 0, func(g *gen) ([]any, any, any) {
		r := g.rect()
		return in(r), []any{r.Center(), r.Area(), r.HasArea()},
			[]any{callMethod[v2](r, "get_center"), float32(callMethod[float64](r, "get_area")), callMethod[bool](r, "has_area")}
	})

	// Projection
	equiv("Projection/Determinant", 0, func(g *gen) ([]any, any, any) {
		p := g.proj()
		return in(p), p.Determinant(), callMethod[float64](p, "determinant")
	})
	equiv("Projection/Inverse", 0, func(g *gen) ([]any, any, any) {
		p := g.proj()
		return in(p), p.Inverse(), callMethod[variant.Projection](p, "inverse")
	})
	equiv("Projection/Operators", 0, func(g *gen) ([]any, any, any) {
		p, q, v := g.proj(), g.proj(), g.v4()
		return in(p, q, v), []any{p.Mul(q), p.MulVector4(v)},
			[]any{callOperator[variant.Projection](gdi.VariantOpMultiply, p, q), callOperator[variant.Vector4](gdi.VariantOpMultiply, p, v)}
	})
	equiv("Projection/Getters", trig, func(g *gen) ([]any, any, any) {
		p := g.proj()
		return in(p), []any{p.ZFar(), p.ZNear(), p.Aspect(), p.Fov(), p.IsOrthogonal(), p.LodMultiplier(),
				p.ViewportHalfExtents(), p.FarPlaneHalfExtents(), p.FlippedY()},
			[]any{callMethod[float64](p, "get_z_far"), callMethod[float64](p, "get_z_near"), callMethod[float64](p, "get_aspect"),
				callMethod[float64](p, "get_fov"), callMethod[bool](p, "is_orthogonal"), callMethod[float64](p, "get_lod_multiplier"),
				callMethod[v2](p, "get_viewport_half_extents"), callMethod[v2](p, "get_far_plane_half_extents"),
				callMethod[variant.Projection](p, "flipped_y")}
	})
}
