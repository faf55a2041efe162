package variant

import (
	"fmt"
	"reflect"
	"runtime"

	"github.com/gdpure/gdpure/internal/classhook"
	"github.com/gdpure/gdpure/internal/gdi"
)

// As converts a Variant to the Go type T: bool, any integer, float32/64, string, String,
// StringName, NodePath, Callable, Variant (a copy), or a math value type. A Variant holding another
// type is an error (a *MismatchError); there are no silent zero values.
func As[T any](v Variant) (T, error) {
	var zero T
	var out any
	var err error
	switch any(zero).(type) {
	case Callable:
		out, err = v.Callable()
	case String, StringName, NodePath:
		if t := v.Type(); t != typeOfOwned(zero) {
			return zero, &MismatchError{typeOfOwned(zero), t}
		}
		var s string
		s = v.String()
		switch any(zero).(type) {
		case String:
			out = NewString(s)
		case StringName:
			out = NewStringName(s)
		default:
			out = NewNodePath(s)
		}
	default:
		var x reflect.Value
		if x, err = asReflect(v, reflect.TypeFor[T]()); err == nil {
			out = x.Interface()
		}
	}
	if err != nil {
		return zero, err
	}
	return out.(T), nil
}

// typeOfOwned returns the Variant type of an engine-owned string type.
func typeOfOwned(x any) Type {
	switch x.(type) {
	case String:
		return TypeString
	case StringName:
		return TypeStringName
	case NodePath:
		return TypeNodePath
	}
	return TypeNil
}

// variantTypeOf returns the Variant type a Go type maps to, for typed arrays; ok is false for
// Variant (untyped) and types with no single Variant type.
func variantTypeOf(rt reflect.Type) (Type, bool) {
	if classhook.Installed() {
		if _, ok := classhook.ClassOf(rt); ok {
			return TypeObject, true
		}
	}
	if t, ok := valueTypes[rt]; ok {
		return t, true
	}
	switch rt {
	case reflect.TypeFor[String]():
		return TypeString, true
	case reflect.TypeFor[StringName]():
		return TypeStringName, true
	case reflect.TypeFor[NodePath]():
		return TypeNodePath, true
	case reflect.TypeFor[Callable]():
		return TypeCallable, true
	case reflect.TypeFor[Signal]():
		return TypeSignal, true
	case reflect.TypeFor[Dictionary]():
		return TypeDictionary, true
	case reflect.TypeFor[PackedStrings]():
		return TypePackedStringArray, true
	case reflect.TypeFor[Variant]():
		return TypeNil, false
	}
	if isArrayType(rt) {
		return TypeArray, true
	}
	if isTypedDictionaryType(rt) {
		return TypeDictionary, true
	}
	if t, ok := packedTypeOf(rt); ok {
		return t, true
	}
	switch rt.Kind() {
	case reflect.Bool:
		return TypeBool, true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return TypeInt, true
	case reflect.Float32, reflect.Float64:
		return TypeFloat, true
	case reflect.String:
		return TypeString, true
	}
	return TypeNil, false
}

// asReflect is As for a type known only at run time.
func asReflect(v Variant, t reflect.Type) (reflect.Value, error) {
	if t == reflect.TypeFor[Variant]() {
		c, err := From(v)
		return reflect.ValueOf(c), err
	}
	switch t.Kind() {
	case reflect.Bool:
		b, err := v.Bool()
		return reflect.ValueOf(b).Convert(t), err
	case reflect.String:
		s, err := v.Text()
		return reflect.ValueOf(s).Convert(t), err
	case reflect.Float32, reflect.Float64:
		f, err := v.Float()
		return reflect.ValueOf(f).Convert(t), err
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		i, err := v.Int()
		if err != nil {
			return reflect.Value{}, err
		}
		x := reflect.New(t).Elem()
		if x.CanInt() {
			x.SetInt(i)
			if x.Int() != i {
				return reflect.Value{}, fmt.Errorf("gdpure: %d overflows %s", i, t)
			}
		} else {
			if i < 0 {
				return reflect.Value{}, fmt.Errorf("gdpure: %d does not fit %s", i, t)
			}
			x.SetUint(uint64(i))
			if x.Uint() != uint64(i) {
				return reflect.Value{}, fmt.Errorf("gdpure: %d overflows %s", i, t)
			}
		}
		return x, nil
	}
	if _, ok := valueTypes[t]; ok {
		p := reflect.New(t)
		err := v.Value(p.Interface())
		return p.Elem(), err
	}
	if classhook.Installed() {
		if _, ok := classhook.ClassOf(t); ok {
			obj, err := v.object()
			if err != nil {
				return reflect.Value{}, err
			}
			return classhook.Wrap(t, uintptr(obj))
		}
	}
	if owned(t) {
		// An engine-owned value (Dictionary, Array[T], a packed array, Callable, …): a new reference.
		vt, _ := variantTypeOf(t)
		if got := v.Type(); got != vt {
			return reflect.Value{}, &MismatchError{vt, got}
		}
		h := newHandle(vt, gdi.VariantSize)
		toType[vt].Call(gdi.UninitializedTypePtr(h.addr), gdi.VariantPtr(v.cptr()))
		runtime.KeepAlive(v.h)
		p := reflect.New(t)
		setHandle(p.Interface(), h)
		return p.Elem(), nil
	}
	return reflect.Value{}, fmt.Errorf("gdpure: a Variant cannot become a Go %s", t)
}

// owned reports whether t is a Go type of an engine-owned value that setHandle fills.
func owned(t reflect.Type) bool {
	switch t {
	case reflect.TypeFor[Dictionary](), reflect.TypeFor[Callable](), reflect.TypeFor[Signal](),
		reflect.TypeFor[PackedStrings](), reflect.TypeFor[NodePath]():
		return true
	}
	if isArrayType(t) || isTypedDictionaryType(t) {
		return true
	}
	_, packed := packedTypeOf(t)
	return packed
}
