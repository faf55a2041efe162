package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/variantplumb"
	"github.com/gdpure/gdpure/variant"
)

// Equivalence tests: the native Go methods of package variant against the engine's own builtin
// methods and operators, called through ptrcall on the same inputs. Every value the engine reads
// or writes (base, arguments, the argument array, the return slot) is in a call frame.
//
// Ptrcall encodings: a `float` argument or return is a double, an `int` an int64, a bool one
// byte; the math types are their plain structs (real_t = float32), which the variant types match.

// variantTypes maps the Go types the tests pass to the engine's Variant types.
var variantTypes = map[reflect.Type]gdi.VariantType{
	reflect.TypeFor[variant.Vector2]():     gdi.VariantTypeVector2,
	reflect.TypeFor[variant.Vector2i]():    gdi.VariantTypeVector2i,
	reflect.TypeFor[variant.Rect2]():       gdi.VariantTypeRect2,
	reflect.TypeFor[variant.Vector3]():     gdi.VariantTypeVector3,
	reflect.TypeFor[variant.Vector3i]():    gdi.VariantTypeVector3i,
	reflect.TypeFor[variant.Transform2D](): gdi.VariantTypeTransform2d,
	reflect.TypeFor[variant.Vector4]():     gdi.VariantTypeVector4,
	reflect.TypeFor[variant.Vector4i]():    gdi.VariantTypeVector4i,
	reflect.TypeFor[variant.Rect2i]():      gdi.VariantTypeRect2i,
	reflect.TypeFor[variant.Plane]():       gdi.VariantTypePlane,
	reflect.TypeFor[variant.Quaternion]():  gdi.VariantTypeQuaternion,
	reflect.TypeFor[variant.AABB]():        gdi.VariantTypeAabb,
	reflect.TypeFor[variant.Basis]():       gdi.VariantTypeBasis,
	reflect.TypeFor[variant.Transform3D](): gdi.VariantTypeTransform3d,
	reflect.TypeFor[variant.Projection]():  gdi.VariantTypeProjection,
	reflect.TypeFor[variant.Color]():       gdi.VariantTypeColor,
	reflect.TypeFor[float64]():             gdi.VariantTypeFloat,
	reflect.TypeFor[int64]():               gdi.VariantTypeInt,
	reflect.TypeFor[bool]():                gdi.VariantTypeBool,
}

// putAny copies an argument into fresh frame memory: a float64 (`float`), int64 (`int`), bool,
// or a variant math type (which has the engine's layout).
func putAny(f *engine.Frame, v any) uintptr {
	switch v.(type) {
	case float32:
		panic("equivalence: pass float arguments as float64 (ptrcall floats are doubles)")
	case int, int32:
		panic("equivalence: pass int arguments as int64")
	}
	t := reflect.TypeOf(v)
	if _, ok := variantTypes[t]; !ok {
		panic(fmt.Sprintf("equivalence: no ptrcall encoding for %T", v))
	}
	p := f.Alloc(max(t.Size(), 8))
	reflect.NewAt(t, gdi.CPtr(p)).Elem().Set(reflect.ValueOf(v))
	return p
}

var builtinMethods sync.Map // "Class.method" -> gdi.PtrBuiltInMethod

// builtinMethod resolves a method of the builtin class of base's type, or panics.
func builtinMethod(base any, name string) gdi.PtrBuiltInMethod {
	class := reflect.TypeOf(base).Name()
	key := class + "." + name
	if m, ok := builtinMethods.Load(key); ok {
		return m.(gdi.PtrBuiltInMethod)
	}
	typ, ok := variantTypes[reflect.TypeOf(base)]
	if !ok {
		panic("equivalence: no Variant type for " + class)
	}
	hash, ok := builtinMethodHash(class, name)
	if !ok {
		panic("equivalence: extension_api.json has no method " + key)
	}
	m := gdi.VariantGetPtrBuiltinMethod(typ, gdi.ConstStringNamePtr(engine.StaticStringName(name)), gdi.Int(hash))
	if m == 0 {
		panic("equivalence: the engine did not resolve " + key)
	}
	builtinMethods.Store(key, m)
	return m
}

// callMethod calls the engine's builtin method name on base with args through ptrcall and returns
// its result, read as R (float64 for `float`, int64 for `int`, string for `String`).
func callMethod[R any](base any, name string, args ...any) R {
	m := builtinMethod(base, name)
	f := engine.AcquireFrame()
	defer f.Release()
	b := putAny(f, base)
	argv := f.Alloc(uintptr(max(len(args), 1)) * 8)
	for i, a := range args {
		*(*uintptr)(gdi.CPtr(argv + uintptr(i)*8)) = putAny(f, a)
	}
	var r R
	ret := f.Alloc(max(unsafe.Sizeof(r), 8))
	m.Call(gdi.TypePtr(b), argv, gdi.TypePtr(ret), int32(len(args)))
	if s, ok := any(&r).(*string); ok {
		*s = variantplumb.StringAt(gdi.ConstStringPtr(ret))
		variantplumb.DestroyString(gdi.StringPtr(ret))
		return r
	}
	return *(*R)(gdi.CPtr(ret))
}

// callOperator evaluates the engine's operator op on a and b through its ptr evaluator.
func callOperator[R any](op gdi.VariantOperator, a, b any) R {
	ta, tb := variantTypes[reflect.TypeOf(a)], variantTypes[reflect.TypeOf(b)]
	ev := gdi.VariantGetPtrOperatorEvaluator(op, ta, tb)
	if ev == 0 {
		panic(fmt.Sprintf("equivalence: no operator %s for %T, %T", variant.Operator(op), a, b))
	}
	f := engine.AcquireFrame()
	defer f.Release()
	pa, pb := putAny(f, a), putAny(f, b)
	var r R
	ret := f.Alloc(max(unsafe.Sizeof(r), 8))
	ev.Call(gdi.ConstTypePtr(pa), gdi.ConstTypePtr(pb), gdi.TypePtr(ret))
	return *(*R)(gdi.CPtr(ret))
}

// callMethodVector3 calls a builtin method that returns a Variant holding a Vector3 or null, as
// Plane.intersect_3 does: ok is false for null.
func callMethodVector3(base any, name string, args ...any) (v variant.Vector3, ok bool) {
	m := builtinMethod(base, name)
	f := engine.AcquireFrame()
	defer f.Release()
	b := putAny(f, base)
	argv := f.Alloc(uintptr(max(len(args), 1)) * 8)
	for i, a := range args {
		*(*uintptr)(gdi.CPtr(argv + uintptr(i)*8)) = putAny(f, a)
	}
	ret := f.Alloc(gdi.VariantSize)
	m.Call(gdi.TypePtr(b), argv, gdi.TypePtr(ret), int32(len(args)))
	defer gdi.VariantDestroy(gdi.VariantPtr(ret))
	switch typ := gdi.VariantGetType(gdi.ConstVariantPtr(ret)); typ {
	case gdi.VariantTypeNil:
		return v, false
	case gdi.VariantTypeVector3:
		slot := f.Alloc(unsafe.Sizeof(v))
		gdi.GetVariantToTypeConstructor(gdi.VariantTypeVector3).Call(gdi.UninitializedTypePtr(slot), gdi.VariantPtr(ret))
		return *(*variant.Vector3)(gdi.CPtr(slot)), true
	default:
		panic(fmt.Sprintf("equivalence: %s returned a Variant of type %d", name, typ))
	}
}

// callConstructor builds an R with the engine's constructor number index of R's type (the order
// of "constructors" in extension_api.json) from args.
func callConstructor[R any](index int32, args ...any) R {
	var r R
	c := gdi.VariantGetPtrConstructor(variantTypes[reflect.TypeOf(r)], index)
	if c == 0 {
		panic(fmt.Sprintf("equivalence: no constructor %d of %T", index, r))
	}
	f := engine.AcquireFrame()
	defer f.Release()
	argv := f.Alloc(uintptr(max(len(args), 1)) * 8)
	for i, a := range args {
		*(*uintptr)(gdi.CPtr(argv + uintptr(i)*8)) = putAny(f, a)
	}
	ret := f.Alloc(max(unsafe.Sizeof(r), 8))
	c.Call(gdi.UninitializedTypePtr(ret), argv)
	return *(*R)(gdi.CPtr(ret))
}

// callGetter reads the member (a property such as Color.h) of base through its ptr getter.
func callGetter[R any](base any, member string) R {
	g := gdi.VariantGetPtrGetter(variantTypes[reflect.TypeOf(base)], gdi.ConstStringNamePtr(engine.StaticStringName(member)))
	if g == 0 {
		panic(fmt.Sprintf("equivalence: no member %s of %T", member, base))
	}
	f := engine.AcquireFrame()
	defer f.Release()
	b := putAny(f, base)
	var r R
	ret := f.Alloc(max(unsafe.Sizeof(r), 8))
	g.Call(gdi.ConstTypePtr(b), gdi.TypePtr(ret))
	return *(*R)(gdi.CPtr(ret))
}

// callUnary evaluates the engine's unary operator op (negate, positive) on a. The evaluator's
// right operand is Nil; it gets a zeroed slot.
func callUnary[R any](op gdi.VariantOperator, a any) R {
	ev := gdi.VariantGetPtrOperatorEvaluator(op, variantTypes[reflect.TypeOf(a)], gdi.VariantTypeNil)
	if ev == 0 {
		panic(fmt.Sprintf("equivalence: no unary operator %s for %T", variant.Operator(op), a))
	}
	f := engine.AcquireFrame()
	defer f.Release()
	pa, pb := putAny(f, a), f.Alloc(8)
	var r R
	ret := f.Alloc(max(unsafe.Sizeof(r), 8))
	ev.Call(gdi.ConstTypePtr(pa), gdi.ConstTypePtr(pb), gdi.TypePtr(ret))
	return *(*R)(gdi.CPtr(ret))
}

// leaf is one scalar of a result: a float (with its precision), an integer or a string.
type leaf struct {
	kind byte // 'f' float32, 'd' float64, 'i' integer, 's' string
	f    float64
	i    int64
	s    string
}

func flatten(v reflect.Value, out []leaf) []leaf {
	switch v.Kind() {
	case reflect.Float32:
		return append(out, leaf{kind: 'f', f: v.Float()})
	case reflect.Float64:
		return append(out, leaf{kind: 'd', f: v.Float()})
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return append(out, leaf{kind: 'i', i: v.Int()})
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return append(out, leaf{kind: 'i', i: int64(v.Uint())})
	case reflect.Bool:
		if v.Bool() {
			return append(out, leaf{kind: 'i', i: 1})
		}
		return append(out, leaf{kind: 'i'})
	case reflect.String:
		return append(out, leaf{kind: 's', s: v.String()})
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			out = flatten(v.Field(i), out)
		}
		return out
	case reflect.Interface:
		return flatten(v.Elem(), out)
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			out = flatten(v.Index(i), out)
		}
		return out
	}
	panic("equivalence: cannot compare a " + v.Type().String())
}

// ulps32 is the distance in float32 steps between a and b (0 for equal bits, huge across signs).
func ulps32(a, b float32) uint64 {
	ord := func(x float32) int64 {
		u := int64(math.Float32bits(x))
		if u&(1<<31) != 0 {
			return -(u &^ (1 << 31))
		}
		return u
	}
	d := ord(a) - ord(b)
	if d < 0 {
		d = -d
	}
	return uint64(d)
}

func ulps64(a, b float64) uint64 {
	ord := func(x float64) int64 {
		u := math.Float64bits(x)
		if u&(1<<63) != 0 {
			return -int64(u &^ (1 << 63))
		}
		return int64(u)
	}
	d := ord(a) - ord(b)
	if d < 0 {
		d = -d
	}
	return uint64(d)
}

// near reports whether x and y differ by at most ulps steps of size eps at the scale of the larger
// of |x|, |y| and 1. It admits last-bit differences of sin, cos, atan2, ... that later arithmetic
// cancels down to a small result (a rotated unit vector's component near 0 differs by an ulp of 1,
// which is many ulps of the component).
func near(x, y float64, ulps uint64, eps float64) bool {
	scale := max(math.Abs(x), math.Abs(y), 1)
	return math.Abs(x-y) <= float64(ulps)*eps*scale
}

// sameResult compares a Go result with the engine's, scalar by scalar. Floats must have the same
// bits (so -0 and +0 differ; any NaN matches any NaN), or, if ulps > 0, be within ulps steps of
// each other or of 1 (see near). A float32 Go
// scalar compared with an engine double (a `float` return) is compared as float32: the engine
// widened its real_t exactly.
func sameResult(got, want any, ulps uint64) (bool, string) {
	g := flatten(reflect.ValueOf(got), nil)
	w := flatten(reflect.ValueOf(want), nil)
	if len(g) != len(w) {
		return false, fmt.Sprintf("%d scalars vs %d", len(g), len(w))
	}
	for i := range g {
		a, b := g[i], w[i]
		switch {
		case a.kind == 's' || b.kind == 's':
			if a.s != b.s || a.kind != b.kind {
				return false, fmt.Sprintf("scalar %d: %q vs %q", i, a.s, b.s)
			}
		case a.kind == 'i' || b.kind == 'i':
			if a.kind != b.kind || a.i != b.i {
				return false, fmt.Sprintf("scalar %d: %v vs %v", i, a, b)
			}
		case a.kind == 'f' || b.kind == 'f':
			x, y := float32(a.f), float32(b.f)
			if x != x && y != y {
				continue
			}
			if d := ulps32(x, y); d > ulps && !near(float64(x), float64(y), ulps, 0x1p-23) {
				return false, fmt.Sprintf("scalar %d: %v vs %v (%d ulps)", i, x, y, d)
			}
		default:
			x, y := a.f, b.f
			if x != x && y != y {
				continue
			}
			if d := ulps64(x, y); d > ulps && !near(x, y, ulps, 0x1p-52) {
				return false, fmt.Sprintf("scalar %d: %v vs %v (%d ulps)", i, x, y, d)
			}
		}
	}
	return true, ""
}

// equivCases is the number of inputs of each equivalence test. GDPURE_EQUIV_CASES=n in the
// environment of `go test` sets another, for a deeper search (the first 5*len(edges) are the same).
// At 20000 the exact tests still all match; a few trig-tolerance tests then show results a few
// dozen ulps apart where a weight far outside [0, 1] or inputs of very different magnitudes
// amplify a last-bit difference of sin/cos/acos beyond what near admits.
var equivCases = 400

// Guard mode maps every frame buffer on its own pages, and GC stress collects before every engine
// call; there the tests run a few inputs, which is enough to check the calls' memory.
func init() {
	if engine.MemGuard {
		equivCases = 100
	}
	if os.Getenv("GDPURE_GCSTRESS") == "1" {
		equivCases = 20
	}
	if n, err := strconv.Atoi(os.Getenv("GDPURE_EQUIV_CASES")); err == nil && n > 0 {
		equivCases = n
	}
}

// equivTests counts the registered equivalence tests (reported by Equivalence/~Summary).
var equivTests int

// equiv registers the in-engine test "Equivalence/name": it runs f on equivCases inputs drawn
// from a fixed-seed generator (the first ones edge cases) and compares the Go result with the
// engine's. ulps is the tolerance in last-place steps, 0 for bit-for-bit (see sameResult).
func equiv(name string, ulps uint64, f func(g *gen) (in []any, got, want any)) {
	equivTests++
	godottest.Test("Equivalence/"+name, func(t *godottest.T) {
		if runtime.GOARCH != "amd64" {
			// Bit-for-bit is the contract on amd64 (variant's doc): elsewhere the Go compiler and the
			// engine's C++ compiler each contract a*b+c into FMA where they choose (last-bit
			// differences, and Inf against NaN on overflow), and the engine's float-to-int
			// conversions saturate where variant follows x86-64's.
			t.Skip("bit-for-bit equivalence is checked on amd64 only; on " + runtime.GOARCH + " FMA contraction differs")
		}
		g := newGen(name)
		var bad []string
		failed := 0
		for i := 0; i < equivCases; i++ {
			g.start(i)
			in, got, want := f(g)
			if ok, why := sameResult(got, want, ulps); !ok {
				failed++
				if len(bad) < 5 {
					bad = append(bad, fmt.Sprintf("input %v:\n\t\tgo     %+v\n\t\tengine %+v\n\t\t%s", in, got, want, why))
				}
			}
		}
		if failed > 0 {
			t.Errorf("%d of %d inputs differ from the engine; first:\n\t%s", failed, equivCases, strings.Join(bad, "\n\t"))
		}
	})
}

// edges are the special float inputs every test sees first, in every component at once.
var edges = []float32{0, float32(math.Copysign(0, -1)), float32(math.NaN()), float32(math.Inf(1)), float32(math.Inf(-1)),
	1e30, -1e30, 3e38, -3e38, 1e-30, -1e-30, 1e-45, 1, -1, 0.5}

// gen draws inputs: case i < len(edges) gives edges[i] for every float; the next len(edges)*4
// cases mix edge values into random components; the rest are random with an occasional edge.
type gen struct {
	r    *rand.Rand
	edge int     // >= 0: every float is edges[edge]
	mix  float64 // probability of an edge value in a component
}

func newGen(name string) *gen {
	var seed uint64 = 0x9e3779b97f4a7c15
	for _, c := range name {
		seed = seed*1099511628211 + uint64(c)
	}
	return &gen{r: rand.New(rand.NewPCG(seed, 42))}
}

func (g *gen) start(i int) {
	g.edge, g.mix = -1, 0.03
	switch {
	case i < len(edges):
		g.edge = i
	case i < 5*len(edges):
		g.mix = 0.3
	}
}

// f returns a float: random in [-10, 10], [-1, 1], or of any magnitude 2^-40..2^40.
func (g *gen) f() float32 {
	if g.edge >= 0 {
		return edges[g.edge]
	}
	if g.r.Float64() < g.mix {
		return edges[g.r.IntN(len(edges))]
	}
	switch g.r.IntN(4) {
	case 0, 1:
		return float32(g.r.Float64()*20 - 10)
	case 2:
		return float32(g.r.Float64()*2 - 1)
	}
	x := float32(math.Ldexp(1+g.r.Float64(), g.r.IntN(81)-40))
	if g.r.IntN(2) == 0 {
		x = -x
	}
	return x
}

// unit returns a weight: mostly in [0, 1], sometimes anything f gives.
func (g *gen) unit() float32 {
	if g.edge < 0 && g.r.IntN(4) != 0 {
		return float32(g.r.Float64())
	}
	return g.f()
}

// i32 returns an integer: small, large, or an extreme.
func (g *gen) i32() int32 {
	ext := []int32{0, 1, -1, math.MaxInt32, math.MinInt32, 2, -2}
	if g.edge >= 0 {
		return ext[g.edge%len(ext)]
	}
	switch g.r.IntN(8) {
	case 0:
		return ext[g.r.IntN(len(ext))]
	case 1:
		return int32(g.r.Uint32())
	}
	return int32(g.r.IntN(201) - 100)
}

func (g *gen) v2() variant.Vector2 { return variant.Vector2{X: g.f(), Y: g.f()} }
func (g *gen) v3() variant.Vector3 { return variant.Vector3{X: g.f(), Y: g.f(), Z: g.f()} }
func (g *gen) v4() variant.Vector4 { return variant.Vector4{X: g.f(), Y: g.f(), Z: g.f(), W: g.f()} }
func (g *gen) v4i() variant.Vector4i {
	return variant.Vector4i{X: g.i32(), Y: g.i32(), Z: g.i32(), W: g.i32()}
}
func (g *gen) v2i() variant.Vector2i { return variant.Vector2i{X: g.i32(), Y: g.i32()} }
func (g *gen) v3i() variant.Vector3i { return variant.Vector3i{X: g.i32(), Y: g.i32(), Z: g.i32()} }
func (g *gen) rect() variant.Rect2   { return variant.Rect2{Position: g.v2(), Size: g.v2()} }
func (g *gen) recti() variant.Rect2i { return variant.Rect2i{Position: g.v2i(), Size: g.v2i()} }
func (g *gen) aabb() variant.AABB    { return variant.AABB{Position: g.v3(), Size: g.v3()} }
func (g *gen) plane() variant.Plane  { return variant.Plane{Normal: g.v3(), D: g.f()} }
func (g *gen) color() variant.Color  { return variant.Color{R: g.c(), G: g.c(), B: g.c(), A: g.c()} }
func (g *gen) quat() variant.Quaternion {
	return variant.Quaternion{X: g.f(), Y: g.f(), Z: g.f(), W: g.f()}
}

// c is a color channel: mostly in [0, 1.2], sometimes anything.
func (g *gen) c() float32 {
	if g.edge < 0 && g.r.IntN(4) != 0 {
		return float32(g.r.Float64() * 1.2)
	}
	return g.f()
}

// often reports true for most cases past the edge cases: for inputs a method expects normalized,
// to exercise its main path as well as its checks.
func (g *gen) often() bool { return g.edge < 0 && g.r.IntN(4) != 0 }

// nv2, nv3 and nquat are normalized (often) or raw values.
func (g *gen) nv2() variant.Vector2 {
	if g.often() {
		return g.v2().Normalized()
	}
	return g.v2()
}

func (g *gen) nv3() variant.Vector3 {
	if g.often() {
		return g.v3().Normalized()
	}
	return g.v3()
}

func (g *gen) nquat() variant.Quaternion {
	if g.often() {
		return g.quat().Normalized()
	}
	return g.quat()
}

// basis is a rotation (often, possibly scaled) or raw numbers.
func (g *gen) basis() variant.Basis {
	if g.often() {
		b := variant.BasisFromEuler(variant.Vector3{X: g.f(), Y: g.f(), Z: g.f()}, variant.EulerOrderYXZ)
		if g.r.IntN(2) == 0 {
			b = b.Scaled(g.v3())
		}
		return b
	}
	return variant.Basis{Rows: [3]variant.Vector3{g.v3(), g.v3(), g.v3()}}
}

func (g *gen) t2() variant.Transform2D {
	return variant.Transform2D{X: g.v2(), Y: g.v2(), Origin: g.v2()}
}

func (g *gen) t3() variant.Transform3D { return variant.Transform3D{Basis: g.basis(), Origin: g.v3()} }

func (g *gen) proj() variant.Projection {
	return variant.Projection{Columns: [4]variant.Vector4{g.v4(), g.v4(), g.v4(), g.v4()}}
}

// in collects a test's inputs for the report.
func in(v ...any) []any { return v }

func init() {
	godottest.Test("Equivalence/~Summary", func(t *godottest.T) {
		t.Logf("%d equivalence tests of %d inputs each: %d inputs", equivTests, equivCases, equivTests*equivCases)
	})
}
