package main

import (
	"fmt"
	"strings"

	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/internal/variantplumb"
	"github.com/gdpure/gdpure/variant"
)

// roundTripSamples gives one Go value of every Variant type but Object (added by RoundTrip from a
// new engine object), keyed by the engine's type number.
func roundTripSamples() map[variant.Type]any {
	arr, _ := variant.ArrayOf[variant.Variant]()
	_ = arr.Append(mustVariant(1))
	_ = arr.Append(mustVariant("two"))
	dict := variant.NewDictionary()
	_ = dict.Set("key", variant.Vector2{X: 1, Y: 2})
	return map[variant.Type]any{
		0:  nil,
		1:  true,
		2:  int64(-5),
		3:  2.5,
		4:  variant.NewString("Gödot ✓"),
		5:  variant.Vector2{X: 1.5, Y: -2},
		6:  variant.Vector2i{X: -3, Y: 4},
		7:  variant.Rect2{Position: variant.Vector2{X: 1, Y: 2}, Size: variant.Vector2{X: 3, Y: 4}},
		8:  variant.Rect2i{Position: variant.Vector2i{X: 1, Y: 2}, Size: variant.Vector2i{X: 3, Y: 4}},
		9:  variant.Vector3{X: 1, Y: 2, Z: 3},
		10: variant.Vector3i{X: -1, Y: -2, Z: -3},
		11: variant.Transform2D{X: variant.Vector2{X: 1}, Y: variant.Vector2{Y: 1}, Origin: variant.Vector2{X: 5, Y: 6}},
		12: variant.Vector4{X: 1, Y: 2, Z: 3, W: 4},
		13: variant.Vector4i{X: 1, Y: 2, Z: 3, W: 4},
		14: variant.Plane{Normal: variant.Vector3{Y: 1}, D: 2},
		15: variant.Quaternion{X: 0, Y: 0, Z: 0.6, W: 0.8},
		16: variant.AABB{Position: variant.Vector3{X: 1}, Size: variant.Vector3{X: 2, Y: 2, Z: 2}},
		17: variant.IdentityBasis,
		18: variant.Transform3D{Basis: variant.IdentityBasis, Origin: variant.Vector3{X: 7, Y: 8, Z: 9}},
		19: variant.IdentityProjection,
		20: variant.Color{R: 0.25, G: 0.5, B: 0.75, A: 1},
		21: variant.NewStringName("a_name"),
		22: variant.NewNodePath("Parent/Child:position"),
		23: variant.RID{ID: 77},
		25: variant.NewCallable("sample", func([]variant.Variant) (any, error) { return 1, nil }),
		26: variant.Signal{},
		27: dict,
		28: arr,
		29: variant.PackedOf[uint8](1, 2, 255),
		30: variant.PackedOf[int32](-1, 2),
		31: variant.PackedOf[int64](1 << 40),
		32: variant.PackedOf[float32](0.5),
		33: variant.PackedOf[float64](0.25, -1),
		34: variant.NewPackedStrings("x", "ÿ"),
		35: variant.PackedOf(variant.Vector2{X: 1}),
		36: variant.PackedOf(variant.Vector3{Z: 1}),
		37: variant.PackedOf(variant.Color{A: 1}),
		38: variant.PackedOf(variant.Vector4{W: 1}),
	}
}

func mustVariant(x any) variant.Variant {
	v, err := variant.From(x)
	if err != nil {
		panic(err)
	}
	return v
}

// RoundTrip sends a value of every Variant type from Go through the GDScript function echo and
// back, and reports every difference ("" when all came back equal).
func (*Callables) RoundTrip(echo variant.Callable) string {
	var problems []string
	samples := roundTripSamples()
	// An object: a RefCounted the Variants keep alive, freed when the last of them is destroyed.
	samples[variant.TypeObject] = variantplumb.FromObject(construct("RefCounted"))
	for t := variant.TypeNil; t <= variant.TypePackedVector4Array; t++ {
		x, ok := samples[t]
		if !ok {
			problems = append(problems, fmt.Sprintf("no sample for %s", variant.TypeName(t)))
			continue
		}
		in := mustVariant(x)
		if in.Type() != t {
			problems = append(problems, fmt.Sprintf("%s sample became a %s", variant.TypeName(t), variant.TypeName(in.Type())))
			continue
		}
		out, err := echo.Call(in)
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", variant.TypeName(t), err))
			continue
		}
		eq, err := variant.Evaluate(variant.OpEqual, in, out)
		same, _ := eq.Bool()
		if err != nil || !same || out.Type() != t {
			problems = append(problems, fmt.Sprintf("%s: sent %s, got %s %s", variant.TypeName(t), in, variant.TypeName(out.Type()), out))
		}
	}
	return strings.Join(problems, "; ")
}

func init() {
	classdb.Register[GoRoundTrip]()
}
