// Package varianthook holds the interface package variant implements for the packages that
// move values across the engine boundary (classdb, godot, variant/utility): reading and writing
// engine values at C addresses. They take the engine's pointer types, which plugin code never
// sees, so they are not part of variant's API. Use them through internal/variantplumb, which gives
// them their variant types back; this package only breaks the import cycle (variant cannot import
// a package that imports variant).
//
// Every address is C memory (engine-owned or a frame's), valid for the call; see the memory rules
// of package variant. Values of variant's engine-owned types (Variant, String, Array[T], …) cross
// as any: each is one pointer, so boxing one allocates nothing.
package varianthook

import (
	"reflect"

	"github.com/gdpure/gdpure/internal/gdi"
)

// Variants is what package variant gives the packages that move values across the engine
// boundary. Package variant installs its implementation once, from its init (Set); until then
// Impl returns nil. Its methods are safe for concurrent use.
type Variants interface {
	// Ptr returns the C address of an engine-owned value's engine data, for reading (a zero value
	// gives the shared empty value of its type). The caller keeps x alive until the engine is done.
	Ptr(x any) uintptr
	// WriteTo writes a new reference to (a copy of) the Variant, Callable or Dictionary x into
	// the uninitialized slot dst of its type.
	WriteTo(x any, dst uintptr)
	// VariantObject returns the object a Variant holds (0 for a null one), or an error.
	VariantObject(v any) (gdi.ObjectPtr, error)
	// CopyVariant returns a Variant holding a copy of the Variant at p.
	CopyVariant(p gdi.ConstVariantPtr) any
	// FromObject returns a Variant holding the object obj (null for 0).
	FromObject(obj gdi.ObjectPtr) any

	TypeOf(v gdi.ConstVariantPtr) gdi.VariantType
	ObjectAt(p gdi.ConstVariantPtr) (gdi.ObjectPtr, error)
	ToBool(v gdi.ConstVariantPtr) (bool, error)
	ToInt(v gdi.ConstVariantPtr) (int64, error)
	ToFloat(v gdi.ConstVariantPtr) (float64, error)
	ToString(v gdi.ConstVariantPtr) (string, error)
	ToValue(v gdi.ConstVariantPtr, dst any) error
	SetBool(dst gdi.UninitializedVariantPtr, x bool)
	SetInt(dst gdi.UninitializedVariantPtr, x int64)
	SetFloat(dst gdi.UninitializedVariantPtr, x float64)
	SetString(dst gdi.UninitializedVariantPtr, s string)
	SetValue(dst gdi.UninitializedVariantPtr, src any)
	// WriteAny writes x (anything variant.From accepts) as a new Variant into the uninitialized
	// slot dst, without an owned Go value for the common types; on an error dst is untouched.
	WriteAny(dst gdi.UninitializedVariantPtr, x any) error
	// DestroyVariant destroys the Variant at v (nothing to do for Nil, bool, int, float).
	DestroyVariant(v gdi.VariantPtr)

	StringAt(s gdi.ConstStringPtr) string
	NewStringAt(dst gdi.UninitializedStringPtr, s string)
	DestroyString(s gdi.StringPtr)
	StringNameAt(p gdi.ConstStringNamePtr) string
	NewStringNameAt(dst gdi.UninitializedStringNamePtr, s string)
	NodePathAt(p gdi.ConstTypePtr) string
	NewNodePathAt(dst gdi.UninitializedTypePtr, s string)

	PackedAt(p gdi.ConstTypePtr, dst any)
	WritePackedTo(a any, dst gdi.UninitializedTypePtr)
	DestroyAt(t gdi.VariantType, p gdi.TypePtr)

	// Adopt moves the engine value of type t at p (a call's result slot) into a new Go value of
	// zero's type; AdoptVariant does so for a Variant.
	Adopt(p uintptr, t gdi.VariantType, zero any) any
	AdoptVariant(p uintptr) any
	// CopyAt returns a new Go value of zero's type holding a new reference to the engine value at p.
	CopyAt(p uintptr, zero any) any
	AssignAt(dst uintptr, x any)
	CopyAtType(t reflect.Type, p uintptr) any
	AsType(v any, t reflect.Type) (any, error)

	VariantTypeOf(t reflect.Type) (gdi.VariantType, bool)
	ValueTypeOf(t reflect.Type) (gdi.VariantType, bool)
	PackedTypeOf(t reflect.Type) (gdi.VariantType, bool)
	IsArrayType(t reflect.Type) bool
	ArrayElementTypeName(t reflect.Type) (string, bool)
	// IsTypedDictionaryType reports whether t is a variant.TypedDictionary[K, V];
	// TypedDictionarySideNames gives the engine's names of its key and value types.
	IsTypedDictionaryType(t reflect.Type) bool
	TypedDictionarySideNames(t reflect.Type) (key, value string)
}

var impl Variants

// Set installs package variant's implementation; package variant's init calls it, once.
func Set(v Variants) {
	if impl != nil {
		panic("gdpure: varianthook.Set called twice")
	}
	impl = v
}

// Impl returns the implementation package variant installed (nil before its init ran: a package
// importing variant runs its own init after variant's).
func Impl() Variants { return impl }
