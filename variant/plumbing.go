package variant

import (
	"fmt"
	"reflect"

	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/probe"
	"github.com/gdpure/gdpure/internal/varianthook"
)

// The plumbing that takes the engine's pointer types is registered into internal/varianthook, for
// the packages that use it through internal/variantplumb; it is no part of this package's API.
func init() {
	varianthook.Set(plumbing{})

	probe.LiveValues = liveValues
	probe.LiveCallables = liveCallables
	probe.ScalarVariantsDirect = func() bool { return scalarLayout }
	probe.ArrayStorageDirect = func() bool { return arrayStorage }
	probe.SetArrayStorageDirect = func(direct bool) bool {
		was := arrayStorage
		arrayStorage = direct && arrayLayoutFound
		return was
	}
}

// ownedValue is an engine-owned Go type: withHandle returns a value of the same type holding h.
type ownedValue interface{ withHandle(h ref) any }

func (Variant) withHandle(h ref) any       { return Variant{h} }
func (NodePath) withHandle(h ref) any      { return NodePath{h} }
func (Callable) withHandle(h ref) any      { return Callable{h} }
func (Dictionary) withHandle(h ref) any    { return Dictionary{h} }
func (Signal) withHandle(h ref) any        { return Signal{h} }
func (PackedStrings) withHandle(h ref) any { return PackedStrings{h} }
func (Array[T]) withHandle(h ref) any      { return Array[T]{h} }
func (Packed[T]) withHandle(h ref) any     { return Packed[T]{h} }

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

// copyAtType is CopyAt for a type known at run time: a new Go value of the engine-owned type t
// holding a reference to (a copy of) the engine value at p.
func copyAtType(t reflect.Type, p uintptr) any {
	vt, ok := variantTypeOf(t)
	if !ok {
		panic("gdpure: CopyAtType of " + t.String())
	}
	hd := newHandle(vt, gdi.VariantSize)
	copyConstruct(vt, gdi.UninitializedTypePtr(hd.addr), p)
	out := reflect.New(t)
	setHandle(out.Interface(), hd)
	return out.Elem().Interface()
}

// asType is As for a type known at run time.
func asType(v Variant, t reflect.Type) (any, error) {
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
	if isArrayType(t) {
		x := reflect.New(t)
		err := ArrayFromVariant(v, x.Interface())
		return x.Elem().Interface(), err
	}
	if _, ok := packedTypeOf(t); ok {
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

// objectAt returns the object the Variant at p holds (0 for a null one), an error when it holds
// another type, or a *FreedObjectError when the object was freed.
func objectAt(p gdi.ConstVariantPtr) (gdi.ObjectPtr, error) {
	if t := typeOf(p); t != TypeObject {
		return 0, &MismatchError{TypeObject, t}
	}
	return liveObject(p)
}

// plumbing implements varianthook.Variants.
type plumbing struct{}

func (plumbing) Ptr(x any) uintptr { return ptrOfAny(x) }

func (plumbing) WriteTo(x any, dst uintptr) { writeAnyTo(x, dst) }

func (plumbing) VariantObject(v any) (gdi.ObjectPtr, error) { return v.(Variant).object() }

func (plumbing) CopyVariant(p gdi.ConstVariantPtr) any { return copyVariant(p) }

func (plumbing) FromObject(obj gdi.ObjectPtr) any { return fromObject(obj) }

func (plumbing) TypeOf(v gdi.ConstVariantPtr) gdi.VariantType { return gdi.VariantType(typeOf(v)) }

func (plumbing) ObjectAt(p gdi.ConstVariantPtr) (gdi.ObjectPtr, error) { return objectAt(p) }

func (plumbing) ToBool(v gdi.ConstVariantPtr) (bool, error) { return toBool(v) }

func (plumbing) ToInt(v gdi.ConstVariantPtr) (int64, error) { return toInt(v) }

func (plumbing) ToFloat(v gdi.ConstVariantPtr) (float64, error) { return toFloat(v) }

func (plumbing) ToString(v gdi.ConstVariantPtr) (string, error) { return toString(v) }

func (plumbing) ToValue(v gdi.ConstVariantPtr, dst any) error { return toValue(v, dst) }

func (plumbing) SetBool(dst gdi.UninitializedVariantPtr, x bool) { setBool(dst, x) }

func (plumbing) SetInt(dst gdi.UninitializedVariantPtr, x int64) { setInt(dst, x) }

func (plumbing) SetFloat(dst gdi.UninitializedVariantPtr, x float64) { setFloat(dst, x) }

func (plumbing) SetString(dst gdi.UninitializedVariantPtr, s string) { setString(dst, s) }

func (plumbing) SetValue(dst gdi.UninitializedVariantPtr, src any) { setValue(dst, src) }
func (plumbing) WriteAny(dst gdi.UninitializedVariantPtr, x any) error {
	return writeVariant(dst, x)
}
func (plumbing) DestroyVariant(v gdi.VariantPtr) { destroyVariant(v) }

func (plumbing) StringAt(s gdi.ConstStringPtr) string { return stringAt(s) }

func (plumbing) NewStringAt(dst gdi.UninitializedStringPtr, s string) { newStringAt(dst, s) }

func (plumbing) DestroyString(s gdi.StringPtr) { destroyString(s) }

func (plumbing) StringNameAt(p gdi.ConstStringNamePtr) string { return stringNameAt(p) }

func (plumbing) NewStringNameAt(dst gdi.UninitializedStringNamePtr, s string) {
	newStringNameAt(dst, s)
}

func (plumbing) NodePathAt(p gdi.ConstTypePtr) string { return nodePathAt(p) }

func (plumbing) NewNodePathAt(dst gdi.UninitializedTypePtr, s string) { newNodePathAt(dst, s) }

func (plumbing) PackedAt(p gdi.ConstTypePtr, dst any) { packedAt(p, dst) }

func (plumbing) WritePackedTo(a any, dst gdi.UninitializedTypePtr) { writePackedTo(a, dst) }

func (plumbing) DestroyAt(t gdi.VariantType, p gdi.TypePtr) { destroyAt(Type(t), p) }

func (plumbing) Adopt(p uintptr, t gdi.VariantType, zero any) any {
	return zero.(ownedValue).withHandle(moveToHandle(p, Type(t)))
}

func (plumbing) AdoptVariant(p uintptr) any { return adoptVariant(p) }

func (plumbing) CopyAt(p uintptr, zero any) any {
	t, ok := variantTypeOf(reflect.TypeOf(zero))
	if !ok {
		panic(fmt.Sprintf("gdpure: CopyAt of %T", zero))
	}
	hd := newHandle(t, gdi.VariantSize)
	copyConstruct(t, gdi.UninitializedTypePtr(hd.addr), p)
	return zero.(ownedValue).withHandle(hd)
}

func (plumbing) AssignAt(dst uintptr, x any) { assignAt(dst, x) }

func (plumbing) CopyAtType(t reflect.Type, p uintptr) any { return copyAtType(t, p) }

func (plumbing) AsType(v any, t reflect.Type) (any, error) { return asType(v.(Variant), t) }

func (plumbing) VariantTypeOf(t reflect.Type) (gdi.VariantType, bool) {
	vt, ok := variantTypeOf(t)
	return gdi.VariantType(vt), ok
}

func (plumbing) ValueTypeOf(t reflect.Type) (gdi.VariantType, bool) {
	vt, ok := valueTypeOf(t)
	return gdi.VariantType(vt), ok
}

func (plumbing) PackedTypeOf(t reflect.Type) (gdi.VariantType, bool) {
	vt, ok := packedTypeOf(t)
	return gdi.VariantType(vt), ok
}

func (plumbing) IsArrayType(t reflect.Type) bool { return isArrayType(t) }

func (plumbing) ArrayElementTypeName(t reflect.Type) (string, bool) { return arrayElementTypeName(t) }

func (plumbing) IsTypedDictionaryType(t reflect.Type) bool { return isTypedDictionaryType(t) }

func (plumbing) TypedDictionarySideNames(t reflect.Type) (key, value string) {
	return typedDictionarySideNames(t)
}
