package variant

import (
	"reflect"

	"github.com/gdpure/gdpure/gdextension"
	"github.com/gdpure/gdpure/internal/gdi"
)

// Plumbing for packages classdb and godot, which move values across the engine boundary by Go
// type known only at run time.

// VariantTypeOf returns the Variant type of a Go type (false for Variant and types with none).
func VariantTypeOf(t reflect.Type) (Type, bool) { return variantTypeOf(t) }

// CopyAtType is CopyAt for a type known at run time: a new Go value of the engine-owned type t
// holding a reference to (a copy of) the engine value at p.
func CopyAtType(t reflect.Type, p uintptr) any {
	vt, ok := variantTypeOf(t)
	if !ok {
		panic("gdpure: CopyAtType of " + t.String())
	}
	h := newHandle(vt, Size)
	copyConstruct(vt, gdi.UninitializedTypePtr(h.addr), p)
	out := reflect.New(t)
	setHandle(out.Interface(), h)
	return out.Elem().Interface()
}

// AsType is As for a type known at run time.
func AsType(v Variant, t reflect.Type) (any, error) {
	switch t {
	case reflect.TypeFor[Dictionary]():
		return DictionaryFromVariant(v)
	case reflect.TypeFor[Callable]():
		return v.Callable()
	case reflect.TypeFor[Signal]():
		return SignalFromVariant(v)
	case reflect.TypeFor[PackedStrings]():
		return PackedStringsFromVariant(v)
	}
	if IsArrayType(t) {
		x := reflect.New(t)
		err := ArrayFromVariant(v, x.Interface())
		return x.Elem().Interface(), err
	}
	if _, ok := PackedTypeOf(t); ok {
		x := reflect.New(t)
		err := PackedFromVariant(v, x.Interface())
		return x.Elem().Interface(), err
	}
	x, err := asReflect(v, t)
	if err != nil {
		return nil, err
	}
	return x.Interface(), nil
}

// ObjectAt returns the object the Variant at p holds (0 for a null one), or an error when it holds
// another type.
func ObjectAt(p gdi.ConstVariantPtr) (gdi.ObjectPtr, error) {
	if t := TypeOf(p); t != TypeObject {
		return 0, &MismatchError{TypeObject, t}
	}
	f := gdextension.AcquireFrame()
	defer f.Release()
	slot := f.Alloc(8)
	toType[TypeObject].Call(gdi.UninitializedTypePtr(slot), gdi.VariantPtr(p))
	return *(*gdi.ObjectPtr)(gdi.CPtr(slot)), nil
}
