package main

import (
	"errors"

	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/variant"
)

// GoFailing has, for each kind of result, a method that succeeds with a value that is not the
// type's zero (OkX) and one that fails (BadX: how 0 returns an error, 1 panics), so
// test_failures.gd can check that a failed typed call hands back the zero value, never the
// previous call's result left in a reused slot. Its Takes methods take objects, for null
// arguments.
type GoFailing struct{ godot.RefCounted }

var errPlanned = errors.New("a planned failure")

// fail fails the way how says: 0 an error, 1 a panic.
func fail(how int) error {
	if how == 1 {
		panic("a planned panic")
	}
	return errPlanned
}

func (*GoFailing) OkBool() bool                  { return true }
func (*GoFailing) BadBool(how int) (bool, error) { return true, fail(how) }
func (*GoFailing) OkInt() int64                  { return 42 }
func (*GoFailing) BadInt(how int) (int64, error) { return 42, fail(how) }

// Small takes an int8: 1 << 40 does not fit, which fails the call before it runs.
func (*GoFailing) Small(x int8) int64                { return int64(x) }
func (*GoFailing) OkFloat() float64                  { return 2.5 }
func (*GoFailing) BadFloat(how int) (float64, error) { return 2.5, fail(how) }
func (*GoFailing) OkString() string                  { return "kept" }
func (*GoFailing) BadString(how int) (string, error) { return "kept", fail(how) }
func (*GoFailing) OkVector2() variant.Vector2        { return variant.Vector2{X: 1, Y: 2} }
func (*GoFailing) BadVector2(how int) (variant.Vector2, error) {
	return variant.Vector2{X: 1, Y: 2}, fail(how)
}
func (*GoFailing) OkColor() variant.Color { return variant.Color{R: 1, A: 1} }
func (*GoFailing) BadColor(how int) (variant.Color, error) {
	return variant.Color{R: 1, A: 1}, fail(how)
}
func (*GoFailing) OkTransform() variant.Transform3D {
	return variant.Transform3D{Basis: variant.IdentityBasis, Origin: variant.Vector3{X: 1}}
}
func (*GoFailing) BadTransform(how int) (variant.Transform3D, error) {
	return variant.Transform3D{Basis: variant.IdentityBasis}, fail(how)
}
func (*GoFailing) OkArray() variant.Array[variant.Variant] {
	a, _ := variant.ArrayOf[variant.Variant]()
	_ = a.Append(mustVariant(3))
	return a
}
func (f *GoFailing) BadArray(how int) (variant.Array[variant.Variant], error) {
	return f.OkArray(), fail(how)
}
func (*GoFailing) OkInts() variant.Array[int64] {
	a, _ := variant.ArrayOf[int64]()
	_ = a.Append(7)
	return a
}
func (f *GoFailing) BadInts(how int) (variant.Array[int64], error) { return f.OkInts(), fail(how) }
func (*GoFailing) OkDictionary() variant.Dictionary {
	d := variant.NewDictionary()
	_ = d.Set("k", 1)
	return d
}
func (f *GoFailing) BadDictionary(how int) (variant.Dictionary, error) {
	return f.OkDictionary(), fail(how)
}
func (*GoFailing) OkPacked() []int32                    { return []int32{1, 2} }
func (*GoFailing) BadPacked(how int) ([]int32, error)   { return []int32{1, 2}, fail(how) }
func (*GoFailing) OkStrings() []string                  { return []string{"a"} }
func (*GoFailing) BadStrings(how int) ([]string, error) { return []string{"a"}, fail(how) }
func (*GoFailing) OkNode() godot.Node {
	tree, _ := godot.As[godot.SceneTree](godot.Engine.MainLoop())
	return tree.Root().AsNode()
}
func (f *GoFailing) BadNode(how int) (godot.Node, error)       { return f.OkNode(), fail(how) }
func (*GoFailing) OkResource() godot.Resource                  { return godot.NewResource() }
func (*GoFailing) BadResource(how int) (godot.Resource, error) { return godot.NewResource(), fail(how) }
func (*GoFailing) OkCallable() variant.Callable {
	return variant.NewCallable("ok", func([]variant.Variant) (any, error) { return nil, nil })
}
func (f *GoFailing) BadCallable(how int) (variant.Callable, error) { return f.OkCallable(), fail(how) }
func (*GoFailing) OkVariant() variant.Variant                      { return mustVariant("kept") }
func (*GoFailing) BadVariant(how int) (variant.Variant, error)     { return mustVariant("kept"), fail(how) }

// TakesNode reports whether n is null.
func (*GoFailing) TakesNode(n godot.Node) bool { return n.IsNull() }

// TakesResource reports whether r is null.
func (*GoFailing) TakesResource(r godot.Resource) bool { return r.IsNull() }

// TakesGo reports whether p is nil.
func (*GoFailing) TakesGo(p *GoFailing) bool { return p == nil }

// TakesRef reports whether r is null.
func (*GoFailing) TakesRef(r classdb.Ref[GoFailing]) bool { return r.IsNull() }

func init() {
	classdb.Register[GoFailing]()
}
