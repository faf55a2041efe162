// Package variantplumb is the plumbing between package variant and the packages that move values
// across the engine boundary (classdb, godot, variant/utility, the tests): reading and writing
// engine values at C addresses, and the C addresses of Go values' engine data. It takes the
// engine's pointer types (internal/gdi), which plugin code never sees, so none of it is part of
// variant's API. Package variant registers the implementations (internal/varianthook) at init.
//
// Memory rules: every address given here is C memory (the engine's, or a frame's), valid for the
// call. An address returned for a Go value is valid while that value is alive and not destroyed:
// the caller keeps the value alive (runtime.KeepAlive) until the engine is done with the address.
package variantplumb

import (
	"reflect"

	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/varianthook"
	"github.com/gdpure/gdpure/variant"
)

// h is package variant's implementation of the plumbing (set by its init, which runs before this
// package's).
var h varianthook.Variants

func init() { h = varianthook.Impl() }

// Ptr returns the C address of the engine data of x, a value of one of variant's engine-owned
// types (Variant, String, StringName, NodePath, Array[T], Dictionary, Callable, Signal, Packed[T],
// PackedStrings), for reading: a zero value gives the shared, read-only empty value of its type.
func Ptr(x any) uintptr { return h.Ptr(x) }

// VariantPtr returns the C address of the engine Variant v holds (see Ptr).
func VariantPtr(v variant.Variant) gdi.ConstVariantPtr { return gdi.ConstVariantPtr(h.Ptr(v)) }

// StringPtr returns the C address of the engine String s holds (see Ptr).
func StringPtr(s variant.String) gdi.ConstStringPtr { return gdi.ConstStringPtr(h.Ptr(s)) }

// StringNamePtr returns the C address of the engine StringName n holds (see Ptr).
func StringNamePtr(n variant.StringName) gdi.ConstStringNamePtr {
	return gdi.ConstStringNamePtr(h.Ptr(n))
}

// WriteVariant writes a copy of v into the uninitialized Variant slot dst.
func WriteVariant(v variant.Variant, dst gdi.UninitializedVariantPtr) { h.WriteTo(v, uintptr(dst)) }

// WriteTo writes a new reference to the Variant, Callable or Dictionary x into the uninitialized
// slot dst of its type.
func WriteTo(x any, dst gdi.UninitializedTypePtr) { h.WriteTo(x, uintptr(dst)) }

// VariantObject returns the object v holds (0 for a null one), or an error when it holds another
// type.
func VariantObject(v variant.Variant) (gdi.ObjectPtr, error) { return h.VariantObject(v) }

// CopyVariant returns a new Variant holding a copy of the Variant at p.
func CopyVariant(p gdi.ConstVariantPtr) variant.Variant { return h.CopyVariant(p).(variant.Variant) }

// FromObject returns a Variant holding the object obj (a null Variant for 0). The Variant holds a
// reference of its own to a RefCounted object.
func FromObject(obj gdi.ObjectPtr) variant.Variant { return h.FromObject(obj).(variant.Variant) }

// TypeOf returns the type of the Variant at v.
func TypeOf(v gdi.ConstVariantPtr) variant.Type { return variant.Type(h.TypeOf(v)) }

// ObjectAt returns the object the Variant at p holds (0 for a null one), or an error when it holds
// another type.
func ObjectAt(p gdi.ConstVariantPtr) (gdi.ObjectPtr, error) { return h.ObjectAt(p) }

// ToBool returns the bool the Variant at v holds, or a *variant.MismatchError.
func ToBool(v gdi.ConstVariantPtr) (bool, error) { return h.ToBool(v) }

// ToInt returns the int the Variant at v holds, or a *variant.MismatchError.
func ToInt(v gdi.ConstVariantPtr) (int64, error) { return h.ToInt(v) }

// ToFloat returns the float (or int, widened) the Variant at v holds, or a *variant.MismatchError.
func ToFloat(v gdi.ConstVariantPtr) (float64, error) { return h.ToFloat(v) }

// ToString returns the String the Variant at v holds as a Go string, or a *variant.MismatchError.
func ToString(v gdi.ConstVariantPtr) (string, error) { return h.ToString(v) }

// ToValue reads the Variant at v into the math value dst points to (a *variant.Vector2,
// *variant.Color, …); the Variant must hold exactly that type.
func ToValue(v gdi.ConstVariantPtr, dst any) error { return h.ToValue(v, dst) }

// SetBool writes a bool Variant to the uninitialized Variant slot dst.
func SetBool(dst gdi.UninitializedVariantPtr, x bool) { h.SetBool(dst, x) }

// SetInt writes an int Variant to the uninitialized Variant slot dst.
func SetInt(dst gdi.UninitializedVariantPtr, x int64) { h.SetInt(dst, x) }

// SetFloat writes a float Variant to the uninitialized Variant slot dst.
func SetFloat(dst gdi.UninitializedVariantPtr, x float64) { h.SetFloat(dst, x) }

// SetString writes a String Variant to the uninitialized Variant slot dst.
func SetString(dst gdi.UninitializedVariantPtr, s string) { h.SetString(dst, s) }

// SetValue writes a Variant holding the math value src points to into the uninitialized Variant
// slot dst.
func SetValue(dst gdi.UninitializedVariantPtr, src any) { h.SetValue(dst, src) }

// WriteAny writes x (anything variant.From accepts) as a new Variant into the uninitialized
// Variant slot dst (C memory), with no owned Go value for bool, ints, float64, string and Variant;
// on an error dst is untouched. The caller destroys it (DestroyVariant) when the engine is done.
func WriteAny(dst gdi.UninitializedVariantPtr, x any) error { return h.WriteAny(dst, x) }

// DestroyVariant destroys the Variant at v (C memory).
func DestroyVariant(v gdi.VariantPtr) { h.DestroyVariant(v) }

// StringAt returns the engine String at s as a Go string.
func StringAt(s gdi.ConstStringPtr) string { return h.StringAt(s) }

// NewStringAt constructs an engine String holding s at dst (uninitialized String memory); the
// caller destroys it (DestroyString).
func NewStringAt(dst gdi.UninitializedStringPtr, s string) { h.NewStringAt(dst, s) }

// DestroyString destroys the engine String at s.
func DestroyString(s gdi.StringPtr) { h.DestroyString(s) }

// StringNameAt returns the engine StringName at p as a Go string.
func StringNameAt(p gdi.ConstStringNamePtr) string { return h.StringNameAt(p) }

// NewStringNameAt constructs an engine StringName holding s at dst; the caller destroys it.
func NewStringNameAt(dst gdi.UninitializedStringNamePtr, s string) { h.NewStringNameAt(dst, s) }

// NodePathAt returns the engine NodePath at p in its text form.
func NodePathAt(p gdi.ConstTypePtr) string { return h.NodePathAt(p) }

// NewNodePathAt constructs an engine NodePath parsed from s at dst; the caller destroys it.
func NewNodePathAt(dst gdi.UninitializedTypePtr, s string) { h.NewNodePathAt(dst, s) }

// PackedAt sets *dst (a *variant.Packed[E]) to a copy (copy-on-write) of the engine packed array
// at p.
func PackedAt(p gdi.ConstTypePtr, dst any) { h.PackedAt(p, dst) }

// WritePackedTo writes a copy (copy-on-write) of the packed array a (a variant.Packed[E]) into the
// uninitialized slot dst of its type.
func WritePackedTo(a any, dst gdi.UninitializedTypePtr) { h.WritePackedTo(a, dst) }

// DestroyAt destroys the engine value of type t at p (an initialized slot about to be overwritten).
func DestroyAt(t variant.Type, p gdi.TypePtr) { h.DestroyAt(gdi.VariantType(t), p) }

// Adopt takes over the engine value of Variant type t that the engine wrote to the C memory at p
// (a call's result slot): it moves it into a new Go value of type T (NodePath, Callable,
// Dictionary, Signal, PackedStrings, Array[E], Packed[E]), which owns it from now on. The slot must
// not be destroyed afterwards.
func Adopt[T any](p uintptr, t variant.Type) T {
	var zero T
	return h.Adopt(p, gdi.VariantType(t), zero).(T)
}

// AdoptVariant takes over the Variant the engine wrote to the C memory at p (see Adopt).
func AdoptVariant(p uintptr) variant.Variant { return h.AdoptVariant(p).(variant.Variant) }

// CopyAt returns a new Go value of the engine-owned type T (Array[E], Dictionary, Packed[E],
// PackedStrings, Callable, Signal) holding a new reference to (for the copy-on-write packed arrays,
// a copy of) the engine value at p (C memory, e.g. a call's argument).
func CopyAt[T any](p uintptr) T {
	var zero T
	return h.CopyAt(p, zero).(T)
}

// CopyAtType is CopyAt for a type known at run time.
func CopyAtType(t reflect.Type, p uintptr) any { return h.CopyAtType(t, p) }

// AssignAt replaces the engine value at dst (C memory holding an initialized value of x's type: a
// call's result slot) with a new reference to x (an engine-owned value: Array[E], Dictionary,
// Packed[E], PackedStrings, Callable, Signal).
func AssignAt(dst uintptr, x any) { h.AssignAt(dst, x) }

// AsType is variant.As for a type known at run time.
func AsType(v variant.Variant, t reflect.Type) (any, error) { return h.AsType(v, t) }

// VariantTypeOf returns the Variant type a Go type maps to (false for Variant and types with none).
func VariantTypeOf(t reflect.Type) (variant.Type, bool) {
	vt, ok := h.VariantTypeOf(t)
	return variant.Type(vt), ok
}

// ValueTypeOf returns the Variant type of a math value type (Vector2, Color, …).
func ValueTypeOf(t reflect.Type) (variant.Type, bool) {
	vt, ok := h.ValueTypeOf(t)
	return variant.Type(vt), ok
}

// PackedTypeOf returns the Variant type of a packed array type (Packed[E]).
func PackedTypeOf(t reflect.Type) (variant.Type, bool) {
	vt, ok := h.PackedTypeOf(t)
	return variant.Type(vt), ok
}

// IsArrayType reports whether t is an Array[E].
func IsArrayType(t reflect.Type) bool { return h.IsArrayType(t) }

// ArrayElementTypeName returns the engine's name of the element type of the Array[E] type t ("int",
// "Vector2", a class name), or false for an untyped Array[Variant].
func ArrayElementTypeName(t reflect.Type) (string, bool) { return h.ArrayElementTypeName(t) }

// IsTypedDictionaryType reports whether t is a TypedDictionary[K, V].
func IsTypedDictionaryType(t reflect.Type) bool { return h.IsTypedDictionaryType(t) }

// TypedDictionarySideNames returns the engine's names of the key and value types of the
// TypedDictionary type t ("String", "int", a class name, "Variant" for an untyped side).
func TypedDictionarySideNames(t reflect.Type) (string, string) { return h.TypedDictionarySideNames(t) }
