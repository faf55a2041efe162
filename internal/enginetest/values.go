package main

import (
	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/variant"
)

// Values round-trips the math value types between GDScript and Go (test_values.gd).
type Values struct{ godot.RefCounted }

// Echo* return their argument: a round trip of each math type.
func (*Values) EchoVector2(x variant.Vector2) variant.Vector2             { return x }
func (*Values) EchoVector2i(x variant.Vector2i) variant.Vector2i          { return x }
func (*Values) EchoRect2(x variant.Rect2) variant.Rect2                   { return x }
func (*Values) EchoRect2i(x variant.Rect2i) variant.Rect2i                { return x }
func (*Values) EchoVector3(x variant.Vector3) variant.Vector3             { return x }
func (*Values) EchoVector3i(x variant.Vector3i) variant.Vector3i          { return x }
func (*Values) EchoTransform2D(x variant.Transform2D) variant.Transform2D { return x }
func (*Values) EchoVector4(x variant.Vector4) variant.Vector4             { return x }
func (*Values) EchoVector4i(x variant.Vector4i) variant.Vector4i          { return x }
func (*Values) EchoPlane(x variant.Plane) variant.Plane                   { return x }
func (*Values) EchoQuaternion(x variant.Quaternion) variant.Quaternion    { return x }
func (*Values) EchoAABB(x variant.AABB) variant.AABB                      { return x }
func (*Values) EchoBasis(x variant.Basis) variant.Basis                   { return x }
func (*Values) EchoTransform3D(x variant.Transform3D) variant.Transform3D { return x }
func (*Values) EchoProjection(x variant.Projection) variant.Projection    { return x }
func (*Values) EchoColor(x variant.Color) variant.Color                   { return x }

func (*Values) Normalized(v variant.Vector2) variant.Vector2 { return v.Normalized() }

func (*Values) BasisTimes(b variant.Basis, v variant.Vector3) variant.Vector3 { return b.MulVector3(v) }

func (*Values) Lighten(c variant.Color, amount float64) variant.Color {
	return c.Lightened(float32(amount))
}

func init() {
	classdb.Register[Values](classdb.Name("GoValues"))
}
