// Package variantmem reads and writes the engine's Variants in place, for the hot paths of calls
// into Go methods: a Variant is 24 bytes, its type an int32 at offset 0 and its payload at offset 8
// (Godot 4, single-precision builds, which gdpure targets). The scalar types and the small math
// types (Vector2 … Vector4i, Plane, Quaternion, Color) are stored in the payload itself, so reading
// or writing them needs no engine call; the larger math types (Transform2D, AABB, Basis,
// Transform3D, Projection) and every engine-owned type are held through pointers and go through
// the engine's own constructors instead. internal/enginetest checks this layout against those
// constructors for every inline type.
//
// Memory rules: every address given here is a Variant in C memory (the engine's arguments and
// result slots of the current call, or a buffer the caller owns), valid for the call. Nothing is
// retained.
package variantmem

import (
	"unsafe"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/variant"
)

// The engine's conversions, for the types held through pointers.
var (
	fromType [variant.TypePackedVector4Array + 1]gdi.VariantFromTypeConstructorFunc
	toType   [variant.TypePackedVector4Array + 1]gdi.TypeFromVariantConstructorFunc
)

func init() {
	engine.OnInit(engine.LevelCore, func() {
		for t := variant.Type(1); t < variant.TypePackedVector4Array+1; t++ {
			fromType[t] = gdi.GetVariantFromTypeConstructor(gdi.VariantType(t))
			toType[t] = gdi.GetVariantToTypeConstructor(gdi.VariantType(t))
		}
	})
}

// Size is the engine's sizeof(Variant).
const Size = 24

// payload is the offset of a Variant's data.
const payload = 8

// TypeOf returns the type of the Variant at v.
func TypeOf(v uintptr) variant.Type { return variant.Type(*(*int32)(gdi.CPtr(v))) }

// Inline reports whether Variants of type t hold their value in the payload (no engine memory).
func Inline(t variant.Type) bool {
	switch t {
	case variant.TypeNil, variant.TypeBool, variant.TypeInt, variant.TypeFloat,
		variant.TypeVector2, variant.TypeVector2i, variant.TypeRect2, variant.TypeRect2i,
		variant.TypeVector3, variant.TypeVector3i, variant.TypeVector4, variant.TypeVector4i,
		variant.TypePlane, variant.TypeQuaternion, variant.TypeColor, variant.TypeRID:
		return true
	}
	return false
}

// Bool returns the bool of a Variant of type bool.
func Bool(v uintptr) bool { return *(*uint8)(gdi.CPtr(v + payload)) != 0 }

// Int returns the int64 of a Variant of type int.
func Int(v uintptr) int64 { return *(*int64)(gdi.CPtr(v + payload)) }

// Float returns the float64 of a Variant of type float.
func Float(v uintptr) float64 { return *(*float64)(gdi.CPtr(v + payload)) }

// Payload returns the address of the Variant's payload: the value itself for an inline type.
func Payload(v uintptr) uintptr { return v + payload }

// set makes the uninitialized (or Nil) Variant at dst a Variant of type t with a zero payload,
// returning the payload's address.
func set(dst uintptr, t variant.Type) unsafe.Pointer {
	p := (*[3]uint64)(gdi.CPtr(dst))
	p[0], p[1], p[2] = uint64(uint32(t)), 0, 0
	return gdi.CPtr(dst + payload)
}

// SetNil writes a Nil Variant to dst.
func SetNil(dst uintptr) { set(dst, variant.TypeNil) }

// SetBool writes a bool Variant to the uninitialized (or Nil) Variant at dst.
func SetBool(dst uintptr, x bool) {
	if x {
		*(*uint8)(set(dst, variant.TypeBool)) = 1
		return
	}
	set(dst, variant.TypeBool)
}

// SetInt writes an int Variant to the uninitialized (or Nil) Variant at dst.
func SetInt(dst uintptr, x int64) { *(*int64)(set(dst, variant.TypeInt)) = x }

// SetFloat writes a float Variant to the uninitialized (or Nil) Variant at dst.
func SetFloat(dst uintptr, x float64) { *(*float64)(set(dst, variant.TypeFloat)) = x }

// SetInline writes a Variant of the inline type t, copying size bytes of its value from src (Go
// or C memory, read during the call), to the uninitialized (or Nil) Variant at dst.
func SetInline(dst uintptr, t variant.Type, src unsafe.Pointer, size uintptr) {
	copy(unsafe.Slice((*byte)(set(dst, t)), size), unsafe.Slice((*byte)(src), size))
}

// ReadValue copies the math value (size bytes) of the Variant at v, which the caller checked to be
// of type t, to dst (Go memory). An inline type is copied from the payload; another goes through
// the engine's conversion into a call frame, then to Go.
func ReadValue(v uintptr, t variant.Type, dst unsafe.Pointer, size uintptr) {
	if Inline(t) {
		copy(unsafe.Slice((*byte)(dst), size), unsafe.Slice((*byte)(gdi.CPtr(v+payload)), size))
		return
	}
	f := engine.AcquireFrame()
	p := f.Alloc(size)
	toType[t].Call(gdi.UninitializedTypePtr(p), gdi.VariantPtr(v))
	copy(unsafe.Slice((*byte)(dst), size), unsafe.Slice((*byte)(gdi.CPtr(p)), size))
	f.Release()
}

// WriteValue writes a Variant of the math type t holding the value at src (size bytes of Go
// memory) to the uninitialized (or Nil) Variant at dst.
func WriteValue(dst uintptr, t variant.Type, src unsafe.Pointer, size uintptr) {
	if Inline(t) {
		SetInline(dst, t, src, size)
		return
	}
	f := engine.AcquireFrame()
	p := f.Alloc(size)
	copy(unsafe.Slice((*byte)(gdi.CPtr(p)), size), unsafe.Slice((*byte)(src), size))
	fromType[t].Call(gdi.UninitializedVariantPtr(dst), gdi.TypePtr(p))
	f.Release()
}
