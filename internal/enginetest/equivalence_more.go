package main

import (
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/variant"
)

// More equivalence tests: the remaining vector methods, Vector4/Vector4i/Rect2i, static
// constructors (the engine ignores the base of a static method; the tests pass a zero value),
// methods returning a Variant (a point or null), Color's computed members, and operators.

type (
	v4  = variant.Vector4
	v4i = variant.Vector4i
)

// point is the Go form of a method result that is a Vector3 or null.
type point struct {
	P  variant.Vector3
	OK bool
}

func pt(p variant.Vector3, ok bool) point {
	if !ok {
		p = variant.Vector3{}
	}
	return point{p, ok}
}

func init() {
	// Vector2
	equiv("Vector2/Scalars", 0, func(g *gen) ([]any, any, any) {
		v, a, b := g.v2(), g.f(), g.f()
		return in(v, a, b), []any{v.Clampf(a, b), v.Minf(a), v.Maxf(a), v.Aspect(), v.DistanceSquaredTo(v2{X: a, Y: b})},
			[]any{callMethod[v2](v, "clampf", float64(a), float64(b)), callMethod[v2](v, "minf", float64(a)),
				callMethod[v2](v, "maxf", float64(a)), callMethod[float64](v, "aspect"),
				callMethod[float64](v, "distance_squared_to", v2{X: a, Y: b})}
	})
	equiv("Vector2/Posmodv", 0, func(g *gen) ([]any, any, any) {
		v, m := g.v2(), g.v2()
		return in(v, m), v.Posmodv(m), callMethod[v2](v, "posmodv", m)
	})
	equiv("Vector2/CubicInterpolateInTime", 0, func(g *gen) ([]any, any, any) {
		v, b, pre, post, w, bt, pt, postt := g.v2(), g.v2(), g.v2(), g.v2(), g.unit(), g.f(), g.f(), g.f()
		return in(v, b, pre, post, w, bt, pt, postt), v.CubicInterpolateInTime(b, pre, post, w, bt, pt, postt),
			callMethod[v2](v, "cubic_interpolate_in_time", b, pre, post, float64(w), float64(bt), float64(pt), float64(postt))
	})
	equiv("Vector2/FromAngle", trig, func(g *gen) ([]any, any, any) {
		a := g.f()
		return in(a), variant.Vector2FromAngle(a), callMethod[v2](v2{}, "from_angle", float64(a))
	})
	equiv("Vector2/Comparisons", 0, func(g *gen) ([]any, any, any) {
		v, w := g.v2(), g.v2()
		if g.often() {
			w.X = v.X
		}
		return in(v, w), []bool{v.Less(w), v.LessEqual(w), v.Greater(w), v.GreaterEqual(w), v == w},
			[]bool{callOperator[bool](gdi.VariantOpLess, v, w), callOperator[bool](gdi.VariantOpLessEqual, v, w),
				callOperator[bool](gdi.VariantOpGreater, v, w), callOperator[bool](gdi.VariantOpGreaterEqual, v, w),
				callOperator[bool](gdi.VariantOpEqual, v, w)}
	})
	equiv("Vector2/ScalarOperators", 0, func(g *gen) ([]any, any, any) {
		v, s := g.v2(), g.f()
		return in(v, s), []v2{v.MulScalar(s), v.DivScalar(s)},
			[]v2{callOperator[v2](gdi.VariantOpMultiply, v, float64(s)), callOperator[v2](gdi.VariantOpDivide, v, float64(s))}
	})

	// Vector2i, Vector3i
	equiv("Vector2i/Scalars", 0, func(g *gen) ([]any, any, any) {
		v, a, b := g.v2i(), g.i32(), g.i32()
		return in(v, a, b), []v2i{v.Clampi(a, b), v.Snappedi(a), v.Mini(a), v.Maxi(a)},
			[]v2i{callMethod[v2i](v, "clampi", int64(a), int64(b)), callMethod[v2i](v, "snappedi", int64(a)),
				callMethod[v2i](v, "mini", int64(a)), callMethod[v2i](v, "maxi", int64(a))}
	})
	equiv("Vector2i/Operators", 0, func(g *gen) ([]any, any, any) {
		v, w := g.v2i(), g.v2i()
		return in(v, w), []any{v.Add(w), v.Sub(w), v.Mul(w), v.Less(w), v.GreaterEqual(w)},
			[]any{callOperator[v2i](gdi.VariantOpAdd, v, w), callOperator[v2i](gdi.VariantOpSubtract, v, w),
				callOperator[v2i](gdi.VariantOpMultiply, v, w), callOperator[bool](gdi.VariantOpLess, v, w),
				callOperator[bool](gdi.VariantOpGreaterEqual, v, w)}
	})
	equiv("Vector3i/Scalars", 0, func(g *gen) ([]any, any, any) {
		v, a, b := g.v3i(), g.i32(), g.i32()
		return in(v, a, b), []v3i{v.Clampi(a, b), v.Snappedi(a), v.Mini(a), v.Maxi(a)},
			[]v3i{callMethod[v3i](v, "clampi", int64(a), int64(b)), callMethod[v3i](v, "snappedi", int64(a)),
				callMethod[v3i](v, "mini", int64(a)), callMethod[v3i](v, "maxi", int64(a))}
	})

	// Vector3
	equiv("Vector3/Scalars", 0, func(g *gen) ([]any, any, any) {
		v, a, b := g.v3(), g.f(), g.f()
		return in(v, a, b), []v3{v.Clampf(a, b), v.Snappedf(a), v.Minf(a), v.Maxf(a), v.Min(v3{X: a, Y: b, Z: a}), v.Max(v3{X: b, Y: a, Z: b})},
			[]v3{callMethod[v3](v, "clampf", float64(a), float64(b)), callMethod[v3](v, "snappedf", float64(a)),
				callMethod[v3](v, "minf", float64(a)), callMethod[v3](v, "maxf", float64(a)),
				callMethod[v3](v, "min", v3{X: a, Y: b, Z: a}), callMethod[v3](v, "max", v3{X: b, Y: a, Z: b})}
	})
	equiv("Vector3/Clamp", 0, func(g *gen) ([]any, any, any) {
		v, lo, hi := g.v3(), g.v3(), g.v3()
		return in(v, lo, hi), v.Clamp(lo, hi), callMethod[v3](v, "clamp", lo, hi)
	})
	equiv("Vector3/Bezier", 0, func(g *gen) ([]any, any, any) {
		v, c1, c2, e, t := g.v3(), g.v3(), g.v3(), g.v3(), g.unit()
		return in(v, c1, c2, e, t), []v3{v.BezierInterpolate(c1, c2, e, t), v.BezierDerivative(c1, c2, e, t)},
			[]v3{callMethod[v3](v, "bezier_interpolate", c1, c2, e, float64(t)), callMethod[v3](v, "bezier_derivative", c1, c2, e, float64(t))}
	})
	equiv("Vector3/CubicInterpolateInTime", 0, func(g *gen) ([]any, any, any) {
		v, b, pre, post, w, bt, pt, postt := g.v3(), g.v3(), g.v3(), g.v3(), g.unit(), g.f(), g.f(), g.f()
		return in(v, b, pre, post, w, bt, pt, postt), v.CubicInterpolateInTime(b, pre, post, w, bt, pt, postt),
			callMethod[v3](v, "cubic_interpolate_in_time", b, pre, post, float64(w), float64(bt), float64(pt), float64(postt))
	})
	equiv("Vector3/OctahedronDecode", 0, func(g *gen) ([]any, any, any) {
		o := g.v2()
		return in(o), variant.Vector3OctahedronDecode(o), callMethod[v3](v3{}, "octahedron_decode", o)
	})
	equiv("Vector3/Predicates", 0, func(g *gen) ([]any, any, any) {
		v, w := g.v3(), g.v3()
		if g.often() {
			w = v
		}
		return in(v, w), []bool{v.IsEqualApprox(w), v.IsZeroApprox(), v.IsFinite()},
			[]bool{callMethod[bool](v, "is_equal_approx", w), callMethod[bool](v, "is_zero_approx"), callMethod[bool](v, "is_finite")}
	})
	equiv("Vector3/Operators", 0, func(g *gen) ([]any, any, any) {
		v, w, s := g.v3(), g.v3(), g.f()
		return in(v, w, s), []any{v.Add(w), v.Sub(w), v.Mul(w), v.Div(w), v.MulScalar(s), v.DivScalar(s), v.Less(w), v.GreaterEqual(w)},
			[]any{callOperator[v3](gdi.VariantOpAdd, v, w), callOperator[v3](gdi.VariantOpSubtract, v, w),
				callOperator[v3](gdi.VariantOpMultiply, v, w), callOperator[v3](gdi.VariantOpDivide, v, w),
				callOperator[v3](gdi.VariantOpMultiply, v, float64(s)), callOperator[v3](gdi.VariantOpDivide, v, float64(s)),
				callOperator[bool](gdi.VariantOpLess, v, w), callOperator[bool](gdi.VariantOpGreaterEqual, v, w)}
	})

	// Vector4, Vector4i
	equiv("Vector4/Length", 0, func(g *gen) ([]any, any, any) {
		v, w := g.v4(), g.v4()
		return in(v, w), []any{v.Length(), v.LengthSquared(), v.Normalized(), v.IsNormalized(), v.Dot(w),
				v.DistanceTo(w), v.DistanceSquaredTo(w), v.DirectionTo(w)},
			[]any{callMethod[float64](v, "length"), callMethod[float64](v, "length_squared"), callMethod[v4](v, "normalized"),
				callMethod[bool](v, "is_normalized"), callMethod[float64](v, "dot", w), callMethod[float64](v, "distance_to", w),
				callMethod[float64](v, "distance_squared_to", w), callMethod[v4](v, "direction_to", w)}
	})
	equiv("Vector4/Componentwise", 0, func(g *gen) ([]any, any, any) {
		v, w, u, s := g.v4(), g.v4(), g.v4(), g.f()
		return in(v, w, u, s), []any{v.Abs(), v.Sign(), v.Floor(), v.Ceil(), v.Round(), v.Inverse(), v.Clamp(w, u), v.Snapped(w),
				v.Snappedf(s), v.Posmod(s), v.Posmodv(w), v.Min(w), v.Max(w), v.Minf(s), v.Maxf(s),
				int64(v.MinAxisIndex()), int64(v.MaxAxisIndex()), v.IsEqualApprox(w), v.IsZeroApprox(), v.IsFinite()},
			[]any{callMethod[v4](v, "abs"), callMethod[v4](v, "sign"), callMethod[v4](v, "floor"), callMethod[v4](v, "ceil"),
				callMethod[v4](v, "round"), callMethod[v4](v, "inverse"), callMethod[v4](v, "clamp", w, u), callMethod[v4](v, "snapped", w),
				callMethod[v4](v, "snappedf", float64(s)), callMethod[v4](v, "posmod", float64(s)), callMethod[v4](v, "posmodv", w),
				callMethod[v4](v, "min", w), callMethod[v4](v, "max", w), callMethod[v4](v, "minf", float64(s)), callMethod[v4](v, "maxf", float64(s)),
				callMethod[int64](v, "min_axis_index"), callMethod[int64](v, "max_axis_index"), callMethod[bool](v, "is_equal_approx", w),
				callMethod[bool](v, "is_zero_approx"), callMethod[bool](v, "is_finite")}
	})
	equiv("Vector4/Interpolation", 0, func(g *gen) ([]any, any, any) {
		v, b, pre, post, w, bt, pt, postt := g.v4(), g.v4(), g.v4(), g.v4(), g.unit(), g.f(), g.f(), g.f()
		return in(v, b, pre, post, w, bt, pt, postt),
			[]v4{v.Lerp(b, w), v.CubicInterpolate(b, pre, post, w), v.CubicInterpolateInTime(b, pre, post, w, bt, pt, postt)},
			[]v4{callMethod[v4](v, "lerp", b, float64(w)), callMethod[v4](v, "cubic_interpolate", b, pre, post, float64(w)),
				callMethod[v4](v, "cubic_interpolate_in_time", b, pre, post, float64(w), float64(bt), float64(pt), float64(postt))}
	})
	equiv("Vector4/Operators", 0, func(g *gen) ([]any, any, any) {
		v, w := g.v4(), g.v4()
		if g.often() {
			w.X, w.Y = v.X, v.Y
		}
		return in(v, w), []any{v.Add(w), v.Sub(w), v.Mul(w), v.Div(w), v.Less(w), v.LessEqual(w), v.Greater(w), v.GreaterEqual(w)},
			[]any{callOperator[v4](gdi.VariantOpAdd, v, w), callOperator[v4](gdi.VariantOpSubtract, v, w),
				callOperator[v4](gdi.VariantOpMultiply, v, w), callOperator[v4](gdi.VariantOpDivide, v, w),
				callOperator[bool](gdi.VariantOpLess, v, w), callOperator[bool](gdi.VariantOpLessEqual, v, w),
				callOperator[bool](gdi.VariantOpGreater, v, w), callOperator[bool](gdi.VariantOpGreaterEqual, v, w)}
	})
	equiv("Vector4i/Basics", 0, func(g *gen) ([]any, any, any) {
		v, a, b, s := g.v4i(), g.v4i(), g.v4i(), g.i32()
		return in(v, a, b, s), []any{v.Length(), v.LengthSquared(), v.DistanceTo(a), v.DistanceSquaredTo(a), v.Sign(), v.Abs(),
				v.Clamp(a, b), v.Clampi(s, s/2), v.Snapped(a), v.Snappedi(s), v.Min(a), v.Max(a), v.Mini(s), v.Maxi(s),
				int64(v.MinAxisIndex()), int64(v.MaxAxisIndex())},
			[]any{callMethod[float64](v, "length"), callMethod[int64](v, "length_squared"), callMethod[float64](v, "distance_to", a),
				callMethod[int64](v, "distance_squared_to", a), callMethod[v4i](v, "sign"), callMethod[v4i](v, "abs"),
				callMethod[v4i](v, "clamp", a, b), callMethod[v4i](v, "clampi", int64(s), int64(s/2)), callMethod[v4i](v, "snapped", a),
				callMethod[v4i](v, "snappedi", int64(s)), callMethod[v4i](v, "min", a), callMethod[v4i](v, "max", a),
				callMethod[v4i](v, "mini", int64(s)), callMethod[v4i](v, "maxi", int64(s)),
				callMethod[int64](v, "min_axis_index"), callMethod[int64](v, "max_axis_index")}
	})

	// Rect2i
	equiv("Rect2i/Basics", 0, func(g *gen) ([]any, any, any) {
		r, s, p, a, b, c, d, side := g.recti(), g.recti(), g.v2i(), g.i32(), g.i32(), g.i32(), g.i32(), g.r.IntN(4)
		return in(r, s, p, a, b, c, d, side), []any{r.Center(), int64(r.Area()), r.HasArea(), r.HasPoint(p), r.Intersects(s),
				r.Encloses(s), r.Intersection(s), r.Merge(s), r.Expand(p), r.Grow(a), r.GrowSide(side, a), r.GrowIndividual(a, b, c, d), r.Abs()},
			[]any{callMethod[v2i](r, "get_center"), callMethod[int64](r, "get_area"), callMethod[bool](r, "has_area"),
				callMethod[bool](r, "has_point", p), callMethod[bool](r, "intersects", s), callMethod[bool](r, "encloses", s),
				callMethod[variant.Rect2i](r, "intersection", s), callMethod[variant.Rect2i](r, "merge", s), callMethod[variant.Rect2i](r, "expand", p),
				callMethod[variant.Rect2i](r, "grow", int64(a)), callMethod[variant.Rect2i](r, "grow_side", int64(side), int64(a)),
				callMethod[variant.Rect2i](r, "grow_individual", int64(a), int64(b), int64(c), int64(d)), callMethod[variant.Rect2i](r, "abs")}
	})

	// Basis, Quaternion, Transform2D statics and the rest
	equiv("Basis/FromEuler", trig, func(g *gen) ([]any, any, any) {
		e, order := g.v3(), variant.EulerOrder(g.r.IntN(6))
		return in(e, order), variant.BasisFromEuler(e, order), callMethod[variant.Basis](variant.Basis{}, "from_euler", e, int64(order))
	})
	equiv("Basis/FromScale", 0, func(g *gen) ([]any, any, any) {
		s := g.v3()
		return in(s), variant.BasisFromScale(s), callMethod[variant.Basis](variant.Basis{}, "from_scale", s)
	})
	equiv("Basis/LookingAt", 0, func(g *gen) ([]any, any, any) {
		target, up, front := g.v3(), g.v3(), g.r.IntN(2) == 0
		if g.often() {
			up = v3{Y: 1}
		}
		return in(target, up, front), variant.BasisLookingAt(target, up, front),
			callMethod[variant.Basis](variant.Basis{}, "looking_at", target, up, front)
	})
	equiv("Quaternion/FromEuler", trig, func(g *gen) ([]any, any, any) {
		e := g.v3()
		return in(e), variant.QuaternionFromEuler(e), callMethod[variant.Quaternion](variant.Quaternion{}, "from_euler", e)
	})
	equiv("Quaternion/Predicates", 0, func(g *gen) ([]any, any, any) {
		q, r := g.nquat(), g.nquat()
		if g.often() {
			r = q
		}
		return in(q, r), []bool{q.IsEqualApprox(r), q.IsFinite()},
			[]bool{callMethod[bool](q, "is_equal_approx", r), callMethod[bool](q, "is_finite")}
	})
	equiv("Quaternion/ArithmeticOperators", 0, func(g *gen) ([]any, any, any) {
		q, r, s := g.quat(), g.quat(), g.f()
		return in(q, r, s), []variant.Quaternion{q.Add(r), q.Sub(r), q.MulScalar(s), q.DivScalar(s)},
			[]variant.Quaternion{callOperator[variant.Quaternion](gdi.VariantOpAdd, q, r), callOperator[variant.Quaternion](gdi.VariantOpSubtract, q, r),
				callOperator[variant.Quaternion](gdi.VariantOpMultiply, q, float64(s)), callOperator[variant.Quaternion](gdi.VariantOpDivide, q, float64(s))}
	})
	equiv("Transform2D/Predicates", 0, func(g *gen) ([]any, any, any) {
		t, u := g.t2(), g.t2()
		if g.often() {
			u = t
		}
		return in(t, u), []bool{t.IsConformal(), t.IsEqualApprox(u), t.IsFinite()},
			[]bool{callMethod[bool](t, "is_conformal"), callMethod[bool](t, "is_equal_approx", u), callMethod[bool](t, "is_finite")}
	})
	equiv("Transform2D/MulRect2", 0, func(g *gen) ([]any, any, any) {
		t, r := g.t2(), g.rect()
		return in(t, r), t.MulRect2(r), callOperator[variant.Rect2](gdi.VariantOpMultiply, t, r)
	})
	equiv("Transform3D/Predicates", 0, func(g *gen) ([]any, any, any) {
		t, u := g.t3(), g.t3()
		if g.often() {
			u = t
		}
		return in(t, u), []bool{t.IsEqualApprox(u), t.IsFinite()},
			[]bool{callMethod[bool](t, "is_equal_approx", u), callMethod[bool](t, "is_finite")}
	})

	// Color
	equiv("Color/HSV", trig, func(g *gen) ([]any, any, any) {
		c := g.color()
		return in(c), []any{c.H(), c.S(), c.V(), int64(c.R8()), int64(c.G8()), int64(c.B8()), int64(c.A8())},
			[]any{callGetter[float64](c, "h"), callGetter[float64](c, "s"), callGetter[float64](c, "v"),
				callGetter[int64](c, "r8"), callGetter[int64](c, "g8"), callGetter[int64](c, "b8"), callGetter[int64](c, "a8")}
	})
	equiv("Color/FromHSV", 0, func(g *gen) ([]any, any, any) {
		h, s, v, a := g.c(), g.c(), g.c(), g.c()
		return in(h, s, v, a), variant.ColorFromHSV(h, s, v, a),
			callMethod[variant.Color](variant.Color{}, "from_hsv", float64(h), float64(s), float64(v), float64(a))
	})
	equiv("Color/Hex", 0, func(g *gen) ([]any, any, any) {
		x := g.r.Uint64()
		return in(x), []any{variant.ColorHex(uint32(x)), variant.ColorHex64(x),
				variant.ColorFromRGBA8(int64(x&0x1ff), int64(x>>9&0x1ff), int64(x>>18&0xff), int64(x>>26&0xff))},
			[]any{callMethod[variant.Color](variant.Color{}, "hex", int64(uint32(x))), callMethod[variant.Color](variant.Color{}, "hex64", int64(x)),
				callMethod[variant.Color](variant.Color{}, "from_rgba8", int64(x&0x1ff), int64(x>>9&0x1ff), int64(x>>18&0xff), int64(x>>26&0xff))}
	})
	equiv("Color/Clamp", 0, func(g *gen) ([]any, any, any) {
		c, lo, hi := g.color(), g.color(), g.color()
		return in(c, lo, hi), c.Clamp(lo, hi), callMethod[variant.Color](c, "clamp", lo, hi)
	})
	equiv("Color/Operators", 0, func(g *gen) ([]any, any, any) {
		c, d, s := g.color(), g.color(), g.f()
		return in(c, d, s), []any{c.Add(d), c.Sub(d), c.Mul(d), c.Div(d), c.MulScalar(s), c.DivScalar(s), c.IsEqualApprox(d)},
			[]any{callOperator[variant.Color](gdi.VariantOpAdd, c, d), callOperator[variant.Color](gdi.VariantOpSubtract, c, d),
				callOperator[variant.Color](gdi.VariantOpMultiply, c, d), callOperator[variant.Color](gdi.VariantOpDivide, c, d),
				callOperator[variant.Color](gdi.VariantOpMultiply, c, float64(s)), callOperator[variant.Color](gdi.VariantOpDivide, c, float64(s)),
				callMethod[bool](c, "is_equal_approx", d)}
	})

	// Plane and AABB intersections (Variant results: a Vector3 or null)
	equiv("Plane/Intersect3", 0, func(g *gen) ([]any, any, any) {
		p, q, r := g.plane(), g.plane(), g.plane()
		return in(p, q, r), pt(p.Intersect3(q, r)), pt(callMethodVector3(p, "intersect_3", q, r))
	})
	equiv("Plane/IntersectsRaySegment", 0, func(g *gen) ([]any, any, any) {
		p, a, b := g.plane(), g.v3(), g.v3()
		return in(p, a, b), []point{pt(p.IntersectsRay(a, b)), pt(p.IntersectsSegment(a, b))},
			[]point{pt(callMethodVector3(p, "intersects_ray", a, b)), pt(callMethodVector3(p, "intersects_segment", a, b))}
	})
	equiv("Plane/Predicates", 0, func(g *gen) ([]any, any, any) {
		p, q := g.plane(), g.plane()
		if g.often() {
			q = p
		}
		return in(p, q), []bool{p.IsEqualApprox(q), p.IsFinite()},
			[]bool{callMethod[bool](p, "is_equal_approx", q), callMethod[bool](p, "is_finite")}
	})
	equiv("AABB/IntersectsRaySegment", 0, func(g *gen) ([]any, any, any) {
		a, f, t := g.aabb(), g.v3(), g.v3()
		return in(a, f, t), []point{pt(a.IntersectsRay(f, t)), pt(a.IntersectsSegment(f, t))},
			[]point{pt(callMethodVector3(a, "intersects_ray", f, t)), pt(callMethodVector3(a, "intersects_segment", f, t))}
	})
	equiv("AABB/Predicates", 0, func(g *gen) ([]any, any, any) {
		a, b := g.aabb(), g.aabb()
		if g.often() {
			b = a
		}
		return in(a, b), []bool{a.IsEqualApprox(b), a.IsFinite()},
			[]bool{callMethod[bool](a, "is_equal_approx", b), callMethod[bool](a, "is_finite")}
	})
	equiv("Rect2/Predicates", 0, func(g *gen) ([]any, any, any) {
		r, s := g.rect(), g.rect()
		if g.often() {
			s = r
		}
		return in(r, s), []bool{r.IsEqualApprox(s), r.IsFinite()},
			[]bool{callMethod[bool](r, "is_equal_approx", s), callMethod[bool](r, "is_finite")}
	})

	// Projection
	equiv("Projection/Create", trig, func(g *gen) ([]any, any, any) {
		a, b, c, d, e, f, flip := g.f(), g.f(), g.f(), g.f(), g.f(), g.f(), g.r.IntN(2) == 0
		if g.often() { // a plausible camera: fov in degrees, positive aspect and near < far
			a, b, e, f = float32(g.r.Float64()*170+1), float32(g.r.Float64()*3+0.1), float32(g.r.Float64()+0.01), float32(g.r.Float64()*1000+2)
		}
		z := variant.Projection{}
		return in(a, b, c, d, e, f, flip),
			[]any{variant.ProjectionCreatePerspective(a, b, e, f, flip), variant.ProjectionCreateOrthogonal(a, b, c, d, e, f),
				variant.ProjectionCreateOrthogonalAspect(a, b, e, f, flip), variant.ProjectionCreateFrustum(a, b, c, d, e, f),
				variant.ProjectionCreateFrustumAspect(a, b, v2{X: c, Y: d}, e, f, flip), variant.ProjectionGetFovy(a, b)},
			[]any{callMethod[variant.Projection](z, "create_perspective", float64(a), float64(b), float64(e), float64(f), flip),
				callMethod[variant.Projection](z, "create_orthogonal", float64(a), float64(b), float64(c), float64(d), float64(e), float64(f)),
				callMethod[variant.Projection](z, "create_orthogonal_aspect", float64(a), float64(b), float64(e), float64(f), flip),
				callMethod[variant.Projection](z, "create_frustum", float64(a), float64(b), float64(c), float64(d), float64(e), float64(f)),
				callMethod[variant.Projection](z, "create_frustum_aspect", float64(a), float64(b), v2{X: c, Y: d}, float64(e), float64(f), flip),
				callMethod[float64](z, "get_fovy", float64(a), float64(b))}
	})
	equiv("Projection/CreateFitAABB", 0, func(g *gen) ([]any, any, any) {
		a, r, flip := g.aabb(), g.rect(), g.r.IntN(2) == 0
		z := variant.Projection{}
		return in(a, r, flip), []variant.Projection{variant.ProjectionCreateFitAABB(a), variant.ProjectionCreateLightAtlasRect(r),
				variant.ProjectionCreateDepthCorrection(flip)},
			[]variant.Projection{callMethod[variant.Projection](z, "create_fit_aabb", a), callMethod[variant.Projection](z, "create_light_atlas_rect", r),
				callMethod[variant.Projection](z, "create_depth_correction", flip)}
	})
	equiv("Projection/Methods", 0, func(g *gen) ([]any, any, any) {
		p, zn, off, plane, px := g.proj(), g.f(), g.v2(), g.r.IntN(6), g.i32()
		if g.often() {
			p = variant.ProjectionCreatePerspective(float32(g.r.Float64()*170+1), float32(g.r.Float64()*3+0.1), float32(g.r.Float64()+0.01), float32(g.r.Float64()*1000+2), false)
		}
		return in(p, zn, off, plane, px), []any{p.PerspectiveZNearAdjusted(zn), p.ProjectionPlane(plane), p.JitterOffseted(off),
				int64(p.PixelsPerMeter(px))},
			[]any{callMethod[variant.Projection](p, "perspective_znear_adjusted", float64(zn)), callMethod[variant.Plane](p, "get_projection_plane", int64(plane)),
				callMethod[variant.Projection](p, "jitter_offseted", off), callMethod[int64](p, "get_pixels_per_meter", int64(px))}
	})
}
