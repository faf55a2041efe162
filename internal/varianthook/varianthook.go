// Package varianthook holds the functions package variant registers at init for the packages that
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

// Set by package variant's init.
var (
	// Ptr returns the C address of an engine-owned value's engine data, for reading (a zero value
	// gives the shared empty value of its type). The caller keeps x alive until the engine is done.
	Ptr func(x any) uintptr
	// WriteTo writes a new reference to (a copy of) the Variant, Callable or Dictionary x into
	// the uninitialized slot dst of its type.
	WriteTo func(x any, dst uintptr)
	// VariantObject returns the object a Variant holds (0 for a null one), or an error.
	VariantObject func(v any) (gdi.ObjectPtr, error)
	// CopyVariant returns a Variant holding a copy of the Variant at p.
	CopyVariant func(p gdi.ConstVariantPtr) any
	// FromObject returns a Variant holding the object obj (null for 0).
	FromObject func(obj gdi.ObjectPtr) any

	TypeOf    func(v gdi.ConstVariantPtr) gdi.VariantType
	ObjectAt  func(p gdi.ConstVariantPtr) (gdi.ObjectPtr, error)
	ToBool    func(v gdi.ConstVariantPtr) (bool, error)
	ToInt     func(v gdi.ConstVariantPtr) (int64, error)
	ToFloat   func(v gdi.ConstVariantPtr) (float64, error)
	ToString  func(v gdi.ConstVariantPtr) (string, error)
	ToValue   func(v gdi.ConstVariantPtr, dst any) error
	SetBool   func(dst gdi.UninitializedVariantPtr, x bool)
	SetInt    func(dst gdi.UninitializedVariantPtr, x int64)
	SetFloat  func(dst gdi.UninitializedVariantPtr, x float64)
	SetString func(dst gdi.UninitializedVariantPtr, s string)
	SetValue  func(dst gdi.UninitializedVariantPtr, src any)

	StringAt        func(s gdi.ConstStringPtr) string
	NewStringAt     func(dst gdi.UninitializedStringPtr, s string)
	DestroyString   func(s gdi.StringPtr)
	StringNameAt    func(p gdi.ConstStringNamePtr) string
	NewStringNameAt func(dst gdi.UninitializedStringNamePtr, s string)
	NodePathAt      func(p gdi.ConstTypePtr) string
	NewNodePathAt   func(dst gdi.UninitializedTypePtr, s string)

	PackedAt      func(p gdi.ConstTypePtr, dst any)
	WritePackedTo func(a any, dst gdi.UninitializedTypePtr)
	DestroyAt     func(t gdi.VariantType, p gdi.TypePtr)

	// Adopt moves the engine value of type t at p (a call's result slot) into a new Go value of
	// zero's type; AdoptVariant does so for a Variant.
	Adopt        func(p uintptr, t gdi.VariantType, zero any) any
	AdoptVariant func(p uintptr) any
	// CopyAt returns a new Go value of zero's type holding a new reference to the engine value at p.
	CopyAt     func(p uintptr, zero any) any
	AssignAt   func(dst uintptr, x any)
	CopyAtType func(t reflect.Type, p uintptr) any
	AsType     func(v any, t reflect.Type) (any, error)

	VariantTypeOf        func(t reflect.Type) (gdi.VariantType, bool)
	ValueTypeOf          func(t reflect.Type) (gdi.VariantType, bool)
	PackedTypeOf         func(t reflect.Type) (gdi.VariantType, bool)
	IsArrayType          func(t reflect.Type) bool
	ArrayElementTypeName func(t reflect.Type) (string, bool)
	// IsTypedDictionaryType reports whether t is a variant.TypedDictionary[K, V];
	// TypedDictionarySideNames gives the engine's names of its key and value types.
	IsTypedDictionaryType    func(t reflect.Type) bool
	TypedDictionarySideNames func(t reflect.Type) (key, value string)
)
