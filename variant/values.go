package variant

import (
	"fmt"
	"reflect"
	"unsafe"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
)

// valueTypes maps each math value type to its Variant type. These Go structs have the engine's
// exact layout, so their bytes are the engine's native representation.
var valueTypes = map[reflect.Type]Type{
	reflect.TypeFor[Vector2]():     TypeVector2,
	reflect.TypeFor[Vector2i]():    TypeVector2i,
	reflect.TypeFor[Rect2]():       TypeRect2,
	reflect.TypeFor[Rect2i]():      TypeRect2i,
	reflect.TypeFor[Vector3]():     TypeVector3,
	reflect.TypeFor[Vector3i]():    TypeVector3i,
	reflect.TypeFor[Transform2D](): TypeTransform2D,
	reflect.TypeFor[Vector4]():     TypeVector4,
	reflect.TypeFor[Vector4i]():    TypeVector4i,
	reflect.TypeFor[Plane]():       TypePlane,
	reflect.TypeFor[Quaternion]():  TypeQuaternion,
	reflect.TypeFor[AABB]():        TypeAABB,
	reflect.TypeFor[Basis]():       TypeBasis,
	reflect.TypeFor[Transform3D](): TypeTransform3D,
	reflect.TypeFor[Projection]():  TypeProjection,
	reflect.TypeFor[Color]():       TypeColor,
	reflect.TypeFor[RID]():         TypeRID,
}

// valueTypeOf returns the Variant type of a math value type (Vector2, Color, Transform3D, …).
func valueTypeOf(t reflect.Type) (Type, bool) {
	vt, ok := valueTypes[t]
	return vt, ok
}

// toValue reads the Variant at v into the math value pointed to by dst (a *Vector2, *Color, …). The
// Variant must hold exactly that type.
func toValue(v gdi.ConstVariantPtr, dst any) error {
	rv := reflect.ValueOf(dst)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("gdpure: Variant.Value needs a non-nil pointer to a math value type, not %T", dst)
	}
	t, ok := valueTypes[rv.Type().Elem()]
	if !ok {
		return fmt.Errorf("gdpure: Variant.Value needs a pointer to a math value type, not %T", dst)
	}
	if got := typeOf(v); got != t {
		return &MismatchError{t, got}
	}
	f := engine.AcquireFrame()
	defer f.Release()
	size := rv.Type().Elem().Size()
	p := f.Alloc(size)
	toType[t].Call(gdi.UninitializedTypePtr(p), gdi.VariantPtr(v))
	copy(unsafe.Slice((*byte)(rv.UnsafePointer()), size), unsafe.Slice((*byte)(gdi.CPtr(p)), size))
	return nil
}

// setValue writes a Variant holding the math value pointed to by src to the uninitialized (or Nil)
// Variant slot dst.
func setValue(dst gdi.UninitializedVariantPtr, src any) {
	rv := reflect.ValueOf(src)
	t, ok := valueTypes[rv.Type().Elem()]
	if !ok {
		panic("gdpure: SetValue of a non-value type " + rv.Type().String())
	}
	f := engine.AcquireFrame()
	defer f.Release()
	size := rv.Type().Elem().Size()
	p := f.Alloc(size)
	copy(unsafe.Slice((*byte)(gdi.CPtr(p)), size), unsafe.Slice((*byte)(rv.UnsafePointer()), size))
	fromType[t].Call(dst, gdi.TypePtr(p))
}
