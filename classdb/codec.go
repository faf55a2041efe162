package classdb

import (
	"fmt"
	"math"
	"reflect"
	"runtime"
	"unsafe"

	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/internal/classhook"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/variant"
)

// A codec moves one Go type across a method call: from a Variant argument (call), from a native
// argument (ptrcall), and back for results. The addresses it is given are C memory owned by the
// engine for the duration of the call.
type codec struct {
	vtype      variant.Type
	fromVar    func(v gdi.ConstVariantPtr, t reflect.Type) (reflect.Value, error)
	fromPtr    func(p uintptr, t reflect.Type) reflect.Value
	toVar      func(dst gdi.UninitializedVariantPtr, v reflect.Value)
	toPtr      func(dst uintptr, v reflect.Value) // dst holds an initialized value of the type
	canConvert func(from variant.Type) bool
	usage      uint32 // property usage flags; 0 means PROPERTY_USAGE_DEFAULT
	className  string // for an object type: its engine class
	hint       godot.PropertyHint
	hintString string // a typed Array: its element type, as GDScript's Array[int] shows
}

func codecFor(t reflect.Type) (*codec, error) {
	if class, ok := classhook.ClassOf(t); ok {
		return objectCodec(t, class), nil
	}
	if vt, ok := variant.ValueTypeOf(t); ok {
		return valueCodec(t, vt), nil
	}
	if variant.IsArrayType(t) {
		c := *arrayCodec
		if elem, ok := variant.ArrayElementTypeName(t); ok {
			c.hint, c.hintString = godot.PropertyHintArrayType, elem
		}
		return &c, nil
	}
	if vt, ok := variant.PackedTypeOf(t); ok {
		return packedCodec(vt), nil
	}
	switch t {
	case reflect.TypeFor[variant.Variant]():
		return &variantCodec, nil
	case reflect.TypeFor[variant.Callable]():
		return callableCodec, nil
	case reflect.TypeFor[variant.Dictionary]():
		return dictionaryCodec, nil
	}
	switch t.Kind() {
	case reflect.Bool:
		return &boolCodec, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return &intCodec, nil
	case reflect.Float32, reflect.Float64:
		return &floatCodec, nil
	case reflect.String:
		return &stringCodec, nil
	}
	return nil, fmt.Errorf("gdpure: Go type %s cannot cross to the engine yet", t)
}

var boolCodec = codec{
	vtype: variant.TypeBool,
	fromVar: func(v gdi.ConstVariantPtr, t reflect.Type) (reflect.Value, error) {
		b, err := variant.ToBool(v)
		return reflect.ValueOf(b).Convert(t), err
	},
	fromPtr: func(p uintptr, t reflect.Type) reflect.Value {
		return reflect.ValueOf(*(*uint8)(gdi.CPtr(p)) != 0).Convert(t)
	},
	toVar: func(dst gdi.UninitializedVariantPtr, v reflect.Value) { variant.SetBool(dst, v.Bool()) },
	toPtr: func(dst uintptr, v reflect.Value) {
		var b uint8
		if v.Bool() {
			b = 1
		}
		*(*uint8)(gdi.CPtr(dst)) = b
	},
	canConvert: func(from variant.Type) bool { return from == variant.TypeBool },
}

func intValue(v reflect.Value) int64 {
	if v.CanInt() {
		return v.Int()
	}
	return int64(v.Uint())
}

func intOf(x int64, t reflect.Type) reflect.Value {
	r := reflect.New(t).Elem()
	if r.CanInt() {
		r.SetInt(x)
	} else {
		r.SetUint(uint64(x))
	}
	return r
}

var intCodec = codec{
	vtype: variant.TypeInt,
	fromVar: func(v gdi.ConstVariantPtr, t reflect.Type) (reflect.Value, error) {
		i, err := variant.ToInt(v)
		return intOf(i, t), err
	},
	fromPtr:    func(p uintptr, t reflect.Type) reflect.Value { return intOf(*(*int64)(gdi.CPtr(p)), t) },
	toVar:      func(dst gdi.UninitializedVariantPtr, v reflect.Value) { variant.SetInt(dst, intValue(v)) },
	toPtr:      func(dst uintptr, v reflect.Value) { *(*int64)(gdi.CPtr(dst)) = intValue(v) },
	canConvert: func(from variant.Type) bool { return from == variant.TypeInt },
}

var floatCodec = codec{
	vtype: variant.TypeFloat,
	fromVar: func(v gdi.ConstVariantPtr, t reflect.Type) (reflect.Value, error) {
		f, err := variant.ToFloat(v)
		return reflect.ValueOf(f).Convert(t), err
	},
	fromPtr: func(p uintptr, t reflect.Type) reflect.Value {
		return reflect.ValueOf(math.Float64frombits(*(*uint64)(gdi.CPtr(p)))).Convert(t)
	},
	toVar: func(dst gdi.UninitializedVariantPtr, v reflect.Value) { variant.SetFloat(dst, v.Float()) },
	toPtr: func(dst uintptr, v reflect.Value) { *(*uint64)(gdi.CPtr(dst)) = math.Float64bits(v.Float()) },
	canConvert: func(from variant.Type) bool {
		return from == variant.TypeFloat || from == variant.TypeInt
	},
}

var stringCodec = codec{
	vtype: variant.TypeString,
	fromVar: func(v gdi.ConstVariantPtr, t reflect.Type) (reflect.Value, error) {
		s, err := variant.ToString(v)
		return reflect.ValueOf(s).Convert(t), err
	},
	fromPtr: func(p uintptr, t reflect.Type) reflect.Value {
		return reflect.ValueOf(variant.StringAt(gdi.ConstStringPtr(p))).Convert(t)
	},
	toVar: func(dst gdi.UninitializedVariantPtr, v reflect.Value) { variant.SetString(dst, v.String()) },
	toPtr: func(dst uintptr, v reflect.Value) {
		variant.DestroyString(gdi.StringPtr(dst))
		variant.NewStringAt(gdi.UninitializedStringPtr(dst), v.String())
	},
	canConvert: func(from variant.Type) bool { return from == variant.TypeString },
}

// valueCodec moves a math value type (Vector2, Color, Transform3D, …), whose Go layout is the
// engine's: ptrcall arguments and results are its bytes.
func valueCodec(t reflect.Type, vt variant.Type) *codec {
	size := t.Size()
	return &codec{
		vtype: vt,
		fromVar: func(v gdi.ConstVariantPtr, t reflect.Type) (reflect.Value, error) {
			x := reflect.New(t)
			err := variant.ToValue(v, x.Interface())
			return x.Elem(), err
		},
		fromPtr: func(p uintptr, t reflect.Type) reflect.Value {
			x := reflect.New(t)
			copy(unsafe.Slice((*byte)(x.UnsafePointer()), size), unsafe.Slice((*byte)(gdi.CPtr(p)), size))
			return x.Elem()
		},
		toVar: func(dst gdi.UninitializedVariantPtr, v reflect.Value) {
			x := reflect.New(v.Type())
			x.Elem().Set(v)
			variant.SetValue(dst, x.Interface())
		},
		toPtr: func(dst uintptr, v reflect.Value) {
			x := reflect.New(v.Type())
			x.Elem().Set(v)
			copy(unsafe.Slice((*byte)(gdi.CPtr(dst)), size), unsafe.Slice((*byte)(x.UnsafePointer()), size))
		},
		canConvert: func(from variant.Type) bool { return from == vt },
	}
}

// variantCodec passes any value as a Variant (GDScript sees an untyped parameter or result).
var variantCodec = codec{
	vtype: variant.TypeNil,
	usage: 6 | 131072, // PROPERTY_USAGE_DEFAULT | PROPERTY_USAGE_NIL_IS_VARIANT
	fromVar: func(v gdi.ConstVariantPtr, _ reflect.Type) (reflect.Value, error) {
		return reflect.ValueOf(variant.CopyVariant(v)), nil
	},
	fromPtr: func(p uintptr, _ reflect.Type) reflect.Value {
		return reflect.ValueOf(variant.CopyVariant(gdi.ConstVariantPtr(p)))
	},
	toVar: func(dst gdi.UninitializedVariantPtr, v reflect.Value) {
		v.Interface().(variant.Variant).WriteTo(dst)
	},
	toPtr: func(dst uintptr, v reflect.Value) {
		gdi.VariantDestroy(gdi.VariantPtr(dst))
		v.Interface().(variant.Variant).WriteTo(gdi.UninitializedVariantPtr(dst))
	},
	canConvert: func(variant.Type) bool { return true },
}

// ownedCodec moves an engine-owned type of Variant type vt (a Callable, an Array[T], a Dictionary, a
// Packed[T]): from a Variant through a temporary copy, from a ptrcall argument with at, and back
// through a Variant (call) or with write into an initialized slot, which is destroyed first
// (ptrcall).
func ownedCodec(vt variant.Type, fromVariant func(variant.Variant, reflect.Type) (reflect.Value, error),
	at func(p uintptr, t reflect.Type) reflect.Value, write func(v reflect.Value, dst gdi.UninitializedTypePtr)) *codec {
	return &codec{
		vtype: vt,
		fromVar: func(v gdi.ConstVariantPtr, t reflect.Type) (reflect.Value, error) {
			tmp := variant.CopyVariant(v)
			defer tmp.Destroy()
			return fromVariant(tmp, t)
		},
		fromPtr: at,
		toVar: func(dst gdi.UninitializedVariantPtr, v reflect.Value) {
			x, err := variant.From(v.Interface())
			if err != nil {
				panic(err)
			}
			x.WriteTo(dst)
			x.Destroy()
		},
		toPtr: func(dst uintptr, v reflect.Value) {
			variant.DestroyAt(vt, gdi.TypePtr(dst))
			write(v, gdi.UninitializedTypePtr(dst))
		},
		canConvert: func(from variant.Type) bool { return from == vt },
	}
}

// callableCodec passes Callables (GDScript lambdas, bound methods, Go functions).
var callableCodec = ownedCodec(gdi.VariantTypeCallable,
	func(v variant.Variant, _ reflect.Type) (reflect.Value, error) {
		c, err := v.Callable()
		return reflect.ValueOf(c), err
	},
	func(p uintptr, _ reflect.Type) reflect.Value {
		return reflect.ValueOf(variant.CopyCallable(gdi.ConstTypePtr(p)))
	},
	func(v reflect.Value, dst gdi.UninitializedTypePtr) { v.Interface().(variant.Callable).WriteTo(dst) })

// arrayCodec passes Array[T] values (references to engine Arrays).
var arrayCodec = ownedCodec(gdi.VariantTypeArray,
	func(v variant.Variant, t reflect.Type) (reflect.Value, error) {
		x := reflect.New(t)
		err := variant.ArrayFromVariant(v, x.Interface())
		return x.Elem(), err
	},
	func(p uintptr, t reflect.Type) reflect.Value {
		x := reflect.New(t)
		variant.ArrayAt(gdi.ConstTypePtr(p), x.Interface())
		return x.Elem()
	},
	func(v reflect.Value, dst gdi.UninitializedTypePtr) { variant.WriteArrayTo(v.Interface(), dst) })

// packedCodec passes Packed[T] values (copy-on-write engine packed arrays of type vt).
func packedCodec(vt variant.Type) *codec {
	return ownedCodec(vt,
		func(v variant.Variant, t reflect.Type) (reflect.Value, error) {
			x := reflect.New(t)
			err := variant.PackedFromVariant(v, x.Interface())
			return x.Elem(), err
		},
		func(p uintptr, t reflect.Type) reflect.Value {
			x := reflect.New(t)
			variant.PackedAt(gdi.ConstTypePtr(p), x.Interface())
			return x.Elem()
		},
		func(v reflect.Value, dst gdi.UninitializedTypePtr) { variant.WritePackedTo(v.Interface(), dst) })
}

// dictionaryCodec passes Dictionaries (references).
var dictionaryCodec = ownedCodec(gdi.VariantTypeDictionary,
	func(v variant.Variant, _ reflect.Type) (reflect.Value, error) {
		d, err := variant.DictionaryFromVariant(v)
		return reflect.ValueOf(d), err
	},
	func(p uintptr, _ reflect.Type) reflect.Value {
		return reflect.ValueOf(variant.DictionaryAt(gdi.ConstTypePtr(p)))
	},
	func(v reflect.Value, dst gdi.UninitializedTypePtr) { v.Interface().(variant.Dictionary).WriteTo(dst) })

// objectCodec moves a value of an engine class type of package godot (Node, Sprite2D, …, by
// class): the engine passes objects as pointers (ptrcall) or Variants holding them (call). An
// argument of another class is a call error; a null object is the zero value.
func objectCodec(t reflect.Type, class string) *codec {
	refCounted := godot.IsRefCountedClass(class)
	wrap := func(p uintptr) (reflect.Value, error) { return classhook.Wrap(t, p) }
	return &codec{
		vtype:     variant.TypeObject,
		className: class,
		fromVar: func(v gdi.ConstVariantPtr, t reflect.Type) (reflect.Value, error) {
			obj, err := variant.CopyVariant(v).Object()
			if err != nil {
				return reflect.Value{}, err
			}
			return wrap(uintptr(obj))
		},
		fromPtr: func(p uintptr, t reflect.Type) reflect.Value {
			x, err := wrap(*(*uintptr)(gdi.CPtr(p)))
			if err != nil {
				panic(err) // a typed call with the wrong class: the engine checked the type
			}
			return x
		},
		toVar: func(dst gdi.UninitializedVariantPtr, v reflect.Value) {
			x := v.Interface()
			p, _ := classhook.ObjectOf(x)
			variant.FromObject(gdi.ObjectPtr(p)).WriteTo(dst)
			runtime.KeepAlive(x) // Go's reference keeps a RefCounted object alive until the Variant holds one
		},
		toPtr: func(dst uintptr, v reflect.Value) {
			x := v.Interface()
			p, _ := classhook.ObjectOf(x)
			if refCounted {
				// The engine's result slot is a Ref<T>: it takes a reference of its own, while Go's
				// still keeps the object alive.
				gdi.RefSetObject(gdi.RefPtr(dst), gdi.ObjectPtr(p))
				runtime.KeepAlive(x)
				return
			}
			*(*uintptr)(gdi.CPtr(dst)) = p
		},
		canConvert: func(from variant.Type) bool { return from == variant.TypeObject || from == variant.TypeNil },
	}
}
