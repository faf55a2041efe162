package main

import (
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/variant"
)

// Equivalence of the Go constructors and conversions with the engine's constructors (numbered as
// in extension_api.json), and of the remaining operators.

func init() {
	equiv("Constructors/QuaternionFromBasis", 0, func(g *gen) ([]any, any, any) {
		b := g.basis()
		if g.often() {
			b = b.Orthonormalized()
		}
		return in(b), variant.NewQuaternionFromBasis(b), callConstructor[variant.Quaternion](2, b)
	})
	equiv("Constructors/QuaternionAxisAngle", trig, func(g *gen) ([]any, any, any) {
		axis, a := g.nv3(), g.f()
		return in(axis, a), variant.NewQuaternionFromAxisAngle(axis, a), callConstructor[variant.Quaternion](3, axis, float64(a))
	})
	equiv("Constructors/QuaternionShortestArc", 0, func(g *gen) ([]any, any, any) {
		from, to := g.nv3(), g.nv3()
		return in(from, to), variant.NewQuaternionShortestArc(from, to), callConstructor[variant.Quaternion](4, from, to)
	})
	equiv("Constructors/BasisFromQuaternion", 0, func(g *gen) ([]any, any, any) {
		q := g.nquat()
		return in(q), variant.NewBasisFromQuaternion(q), callConstructor[variant.Basis](2, q)
	})
	equiv("Constructors/BasisAxisAngle", trig, func(g *gen) ([]any, any, any) {
		axis, a := g.nv3(), g.f()
		return in(axis, a), variant.NewBasisFromAxisAngle(axis, a), callConstructor[variant.Basis](3, axis, float64(a))
	})
	equiv("Constructors/Transform2D", trig, func(g *gen) ([]any, any, any) {
		rot, pos, scale, skew := g.f(), g.v2(), g.v2(), g.f()
		return in(rot, pos, scale, skew),
			[]variant.Transform2D{variant.NewTransform2DRotation(rot, pos), variant.NewTransform2DRotationScaleSkew(rot, scale, skew, pos)},
			[]variant.Transform2D{callConstructor[variant.Transform2D](2, float64(rot), pos),
				callConstructor[variant.Transform2D](3, float64(rot), scale, float64(skew), pos)}
	})
	equiv("Constructors/Transform3DProjection", 0, func(g *gen) ([]any, any, any) {
		t, p := g.t3(), g.proj()
		return in(t, p), []any{variant.NewProjectionFromTransform3D(t), p.Transform3D(),
				variant.NewTransform3DFromAxes(t.Basis.Rows[0], t.Basis.Rows[1], t.Basis.Rows[2], t.Origin)},
			[]any{callConstructor[variant.Projection](2, t), callConstructor[variant.Transform3D](4, p),
				callConstructor[variant.Transform3D](3, t.Basis.Rows[0], t.Basis.Rows[1], t.Basis.Rows[2], t.Origin)}
	})
	equiv("Constructors/Plane", 0, func(g *gen) ([]any, any, any) {
		a, b, c := g.v3(), g.v3(), g.v3()
		return in(a, b, c), []variant.Plane{variant.NewPlaneFromNormalPoint(a, b), variant.NewPlaneFromPoints(a, b, c)},
			[]variant.Plane{callConstructor[variant.Plane](4, a, b), callConstructor[variant.Plane](5, a, b, c)}
	})
	equiv("Constructors/FloatToInt", 0, func(g *gen) ([]any, any, any) {
		v, w, r := g.v2(), g.v3(), g.rect()
		return in(v, w, r), []any{v.Vector2i(), w.Vector3i(), r.Rect2i(), v.Vector2i().Vector2()},
			[]any{callConstructor[v2i](2, v), callConstructor[v3i](2, w), callConstructor[variant.Rect2i](2, r),
				callConstructor[v2](2, v.Vector2i())}
	})

	equiv("Vector2i/DivMod", 0, func(g *gen) ([]any, any, any) {
		v, w, s := g.v2i(), g.v2i(), g.i32()
		// The engine's x86-64 build traps on a zero divisor and on MinInt32 / -1 in a ptr evaluator:
		// keep the divisors away from both.
		for _, d := range []*int32{&w.X, &w.Y, &s} {
			if *d == 0 || *d == -1 {
				*d = 7
			}
		}
		return in(v, w, s), []v2i{v.Div(w), v.Mod(w), v.DivScalar(s), v.ModScalar(s)},
			[]v2i{callOperator[v2i](gdi.VariantOpDivide, v, w), callOperator[v2i](gdi.VariantOpModule, v, w),
				callOperator[v2i](gdi.VariantOpDivide, v, int64(s)), callOperator[v2i](gdi.VariantOpModule, v, int64(s))}
	})
	equiv("Operators/XformInv", 0, func(g *gen) ([]any, any, any) {
		q, v, p, w := g.nquat(), g.v3(), g.proj(), g.v4()
		return in(q, v, p, w), []any{q.XformInv(v), p.XformInv(w)},
			[]any{callOperator[v3](gdi.VariantOpMultiply, v, q), callOperator[v4](gdi.VariantOpMultiply, w, p)}
	})
	equiv("Operators/TransformScalars", 0, func(g *gen) ([]any, any, any) {
		b, t2, t3, s := g.basis(), g.t2(), g.t3(), g.f()
		return in(b, t2, t3, s), []any{b.MulScalar(s), b.DivScalar(s), t2.MulScalar(s), t2.DivScalar(s), t3.MulScalar(s), t3.DivScalar(s)},
			[]any{callOperator[variant.Basis](gdi.VariantOpMultiply, b, float64(s)), callOperator[variant.Basis](gdi.VariantOpDivide, b, float64(s)),
				callOperator[variant.Transform2D](gdi.VariantOpMultiply, t2, float64(s)), callOperator[variant.Transform2D](gdi.VariantOpDivide, t2, float64(s)),
				callOperator[variant.Transform3D](gdi.VariantOpMultiply, t3, float64(s)), callOperator[variant.Transform3D](gdi.VariantOpDivide, t3, float64(s))}
	})
	equiv("Operators/Negate", 0, func(g *gen) ([]any, any, any) {
		a, b, c, d, q, p, col := g.v2(), g.v3(), g.v4(), g.v3i(), g.quat(), g.plane(), g.color()
		return in(a, b, c, d, q, p, col), []any{a.Neg(), b.Neg(), c.Neg(), d.Neg(), q.Neg(), p.Neg(), col.Neg()},
			[]any{callUnary[v2](gdi.VariantOpNegate, a), callUnary[v3](gdi.VariantOpNegate, b), callUnary[v4](gdi.VariantOpNegate, c),
				callUnary[v3i](gdi.VariantOpNegate, d), callUnary[variant.Quaternion](gdi.VariantOpNegate, q),
				callUnary[variant.Plane](gdi.VariantOpNegate, p), callUnary[variant.Color](gdi.VariantOpNegate, col)}
	})
}
