package variant

import (
	"fmt"
	"reflect"

	"github.com/gdpure/gdpure/gdextension"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/varianthook"
)

// The plumbing that takes the engine's pointer types is registered into internal/varianthook, for
// the packages that use it through internal/variantplumb; it is no part of this package's API.
func init() {
	varianthook.Ptr = ptrOfAny
	varianthook.WriteTo = writeAnyTo
	varianthook.VariantObject = func(v any) (gdi.ObjectPtr, error) { return v.(Variant).object() }
	varianthook.CopyVariant = func(p gdi.ConstVariantPtr) any { return copyVariant(p) }
	varianthook.FromObject = func(obj gdi.ObjectPtr) any { return fromObject(obj) }
	varianthook.TypeOf = func(v gdi.ConstVariantPtr) gdi.VariantType { return gdi.VariantType(typeOf(v)) }
	varianthook.ObjectAt = objectAt
	varianthook.ToBool = toBool
	varianthook.ToInt = toInt
	varianthook.ToFloat = toFloat
	varianthook.ToString = toString
	varianthook.ToValue = toValue
	varianthook.SetBool = setBool
	varianthook.SetInt = setInt
	varianthook.SetFloat = setFloat
	varianthook.SetString = setString
	varianthook.SetValue = setValue
	varianthook.StringAt = stringAt
	varianthook.NewStringAt = newStringAt
	varianthook.DestroyString = destroyString
	varianthook.StringNameAt = stringNameAt
	varianthook.NewStringNameAt = newStringNameAt
	varianthook.NodePathAt = nodePathAt
	varianthook.NewNodePathAt = newNodePathAt
	varianthook.PackedAt = packedAt
	varianthook.WritePackedTo = writePackedTo
	varianthook.DestroyAt = func(t gdi.VariantType, p gdi.TypePtr) { destroyAt(Type(t), p) }
}

// ptrOfAny is the C address of the engine data of x, a value of an engine-owned type, for reading.
func ptrOfAny(x any) uintptr {
	switch x := x.(type) {
	case Variant:
		return uintptr(x.cptr())
	case String:
		return uintptr(x.cptr())
	case StringName:
		return uintptr(x.cptr())
	case NodePath:
		return ptrOf(x.h, TypeNodePath)
	case Callable:
		return uintptr(x.cptr())
	case interface{ ptr() uintptr }: // Array[T], Dictionary, Signal, Packed[T], PackedStrings
		return x.ptr()
	}
	panic(fmt.Sprintf("gdpure: a %T has no engine data", x))
}

// writeAnyTo writes a new reference to the Variant, Callable or Dictionary x into the uninitialized
// slot dst of its type.
func writeAnyTo(x any, dst uintptr) {
	switch x := x.(type) {
	case Variant:
		x.writeTo(gdi.UninitializedVariantPtr(dst))
	case Callable:
		x.writeTo(gdi.UninitializedTypePtr(dst))
	case Dictionary:
		x.writeTo(gdi.UninitializedTypePtr(dst))
	default:
		panic(fmt.Sprintf("gdpure: WriteTo of a %T", x))
	}
}

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
	hd := newHandle(vt, Size)
	copyConstruct(vt, gdi.UninitializedTypePtr(hd.addr), p)
	out := reflect.New(t)
	setHandle(out.Interface(), hd)
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

// objectAt returns the object the Variant at p holds (0 for a null one), or an error when it holds
// another type.
func objectAt(p gdi.ConstVariantPtr) (gdi.ObjectPtr, error) {
	if t := typeOf(p); t != TypeObject {
		return 0, &MismatchError{TypeObject, t}
	}
	f := gdextension.AcquireFrame()
	defer f.Release()
	slot := f.Alloc(8)
	toType[TypeObject].Call(gdi.UninitializedTypePtr(slot), gdi.VariantPtr(p))
	return *(*gdi.ObjectPtr)(gdi.CPtr(slot)), nil
}
