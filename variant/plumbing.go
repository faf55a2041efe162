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

	varianthook.Adopt = func(p uintptr, t gdi.VariantType, zero any) any {
		return zero.(ownedValue).withHandle(moveToHandle(p, Type(t)))
	}
	varianthook.AdoptVariant = func(p uintptr) any { return adoptVariant(p) }
	varianthook.CopyAt = func(p uintptr, zero any) any {
		t, ok := variantTypeOf(reflect.TypeOf(zero))
		if !ok {
			panic(fmt.Sprintf("gdpure: CopyAt of %T", zero))
		}
		hd := newHandle(t, gdi.VariantSize)
		copyConstruct(t, gdi.UninitializedTypePtr(hd.addr), p)
		return zero.(ownedValue).withHandle(hd)
	}
	varianthook.AssignAt = assignAt
	varianthook.CopyAtType = copyAtType
	varianthook.AsType = func(v any, t reflect.Type) (any, error) { return asType(v.(Variant), t) }
	varianthook.VariantTypeOf = func(t reflect.Type) (gdi.VariantType, bool) {
		vt, ok := variantTypeOf(t)
		return gdi.VariantType(vt), ok
	}
	varianthook.ValueTypeOf = func(t reflect.Type) (gdi.VariantType, bool) {
		vt, ok := valueTypeOf(t)
		return gdi.VariantType(vt), ok
	}
	varianthook.PackedTypeOf = func(t reflect.Type) (gdi.VariantType, bool) {
		vt, ok := packedTypeOf(t)
		return gdi.VariantType(vt), ok
	}
	varianthook.IsArrayType = isArrayType
	varianthook.ArrayElementTypeName = arrayElementTypeName
	varianthook.IsTypedDictionaryType = isTypedDictionaryType
	varianthook.TypedDictionarySideNames = typedDictionarySideNames

	if probe.Enabled {
		probe.LiveValues = liveValues
		probe.LiveCallables = liveCallables
		probe.BuiltinMethodHash = builtinMethodHash
	}
}

// ownedValue is an engine-owned Go type: withHandle returns a value of the same type holding h.
type ownedValue interface{ withHandle(h *handle) any }

func (Variant) withHandle(h *handle) any       { return Variant{h} }
func (NodePath) withHandle(h *handle) any      { return NodePath{h} }
func (Callable) withHandle(h *handle) any      { return Callable{h} }
func (Dictionary) withHandle(h *handle) any    { return Dictionary{h} }
func (Signal) withHandle(h *handle) any        { return Signal{h} }
func (PackedStrings) withHandle(h *handle) any { return PackedStrings{h} }
func (Array[T]) withHandle(h *handle) any      { return Array[T]{h} }
func (Packed[T]) withHandle(h *handle) any     { return Packed[T]{h} }

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
