package main

import (
	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/variant"
)

// Values round-trips the math value types between GDScript and Go (test_values.gd).
type Values struct{}

func echo[T any](_ *Values, x T) T { return x }

func (*Values) Normalized(v variant.Vector2) variant.Vector2 { return v.Normalized() }

func (*Values) BasisTimes(b variant.Basis, v variant.Vector3) variant.Vector3 { return b.MulVector3(v) }

func (*Values) Lighten(c variant.Color, amount float64) variant.Color {
	return c.Lightened(float32(amount))
}

func init() {
	classdb.Register[Values]("GoValues", "RefCounted").
		Method("echo_vector2", echo[variant.Vector2]).
		Method("echo_vector2i", echo[variant.Vector2i]).
		Method("echo_rect2", echo[variant.Rect2]).
		Method("echo_rect2i", echo[variant.Rect2i]).
		Method("echo_vector3", echo[variant.Vector3]).
		Method("echo_vector3i", echo[variant.Vector3i]).
		Method("echo_transform2d", echo[variant.Transform2D]).
		Method("echo_vector4", echo[variant.Vector4]).
		Method("echo_vector4i", echo[variant.Vector4i]).
		Method("echo_plane", echo[variant.Plane]).
		Method("echo_quaternion", echo[variant.Quaternion]).
		Method("echo_aabb", echo[variant.AABB]).
		Method("echo_basis", echo[variant.Basis]).
		Method("echo_transform3d", echo[variant.Transform3D]).
		Method("echo_projection", echo[variant.Projection]).
		Method("echo_color", echo[variant.Color]).
		Method("normalized", (*Values).Normalized).
		Method("basis_times", (*Values).BasisTimes).
		Method("lighten", (*Values).Lighten)
}
