package classdb

import (
	"fmt"
	"math"
	"reflect"
	"runtime"
	"unsafe"

	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/internal/bindings"
	"github.com/gdpure/gdpure/internal/classhook"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/variantplumb"
	"github.com/gdpure/gdpure/variant"
)

// A codec moves one Go type across the engine boundary, in place: g points to a Go value of the
// type (a method's argument or result, a property's field), e to the engine's value (C memory the
// engine owns for the call: a ptrcall argument, or an initialized result slot). Nothing here calls
// through reflection on the call path; reflection only picks the codec at registration.
type codec struct {
	goType     reflect.Type
	vtype      variant.Type
	className  string // object types: the engine class
	hint       godot.PropertyHint
	hintString string
	usage      uint32 // property usage; 0 means PROPERTY_USAGE_DEFAULT
	meta       uint32 // the engine's argument metadata (int32, float, …)

	// fromPtr reads the engine value at e (a ptrcall argument) into the Go value at g.
	fromPtr func(g unsafe.Pointer, e uintptr) error
	// toPtr writes the Go value at g into the engine's result slot e (an initialized value).
	toPtr func(g unsafe.Pointer, e uintptr)
	// fromVar reads the Variant v into the Go value at g; the error says why it cannot.
	fromVar func(g unsafe.Pointer, v gdi.ConstVariantPtr) error
	// toVar writes the Go value at g as a new Variant at dst (uninitialized).
	toVar func(g unsafe.Pointer, dst gdi.UninitializedVariantPtr)
}

// rangeError is a value that does not fit its Go type.
type rangeError struct {
	value int64
	t     reflect.Type
}

func (e *rangeError) Error() string { return fmt.Sprintf("%d does not fit a Go %s", e.value, e.t) }

// Engine argument metadata (GDExtensionClassMethodArgumentMetadata).
const (
	metaNone   = 0
	metaInt8   = 1
	metaInt16  = 2
	metaInt32  = 3
	metaInt64  = 4
	metaUint8  = 5
	metaUint16 = 6
	metaUint32 = 7
	metaUint64 = 8
	metaFloat  = 9
	metaDouble = 10
)

func init() {
	bindings.CodecFor = func(t reflect.Type) (*bindings.Codec, error) {
		c, err := codecFor(t)
		if err != nil {
			return nil, err
		}
		return &bindings.Codec{VariantType: c.vtype, FromPtr: c.fromPtr, FromVar: c.fromVar, ToPtr: c.toPtr, ToVar: c.toVar}, nil
	}
}

// codecFor returns the codec of a Go type, or an error naming it when it cannot cross.
func codecFor(t reflect.Type) (*codec, error) {
	if class, ok := classhook.ClassOf(t); ok {
		return objectCodec(t, class), nil
	}
	if gc := goClassOfPointer(t); gc != nil {
		return goClassCodec(t, gc), nil
	}
	if t.Implements(refValueType) {
		target := reflect.Zero(t).Interface().(refValue).refTarget()
		gc := goClassOfPointer(reflect.PointerTo(target))
		if gc == nil {
			return nil, fmt.Errorf("%s: %s is not a registered Go class", t, target)
		}
		if !gc.refCounted {
			return nil, fmt.Errorf("%s: %s is not RefCounted (use *%s)", t, target, target.Name())
		}
		return refCodec(t, gc), nil
	}
	if vt, ok := variantplumb.ValueTypeOf(t); ok {
		return valueCodec(t, vt), nil
	}
	switch t {
	case reflect.TypeFor[variant.Variant]():
		return variantCodec(t), nil
	case reflect.TypeFor[any]():
		return anyCodec(t), nil
	case reflect.TypeFor[variant.Callable](), reflect.TypeFor[variant.Dictionary](), reflect.TypeFor[variant.PackedStrings](),
		reflect.TypeFor[variant.Signal]():
		return ownedCodec(t), nil
	}
	if variantplumb.IsTypedDictionaryType(t) {
		c := checkedArrayCodec(ownedCodec(t))
		k, v := variantplumb.TypedDictionarySideNames(t)
		c.hint, c.hintString = godot.PropertyHintDictionaryType, k+";"+v
		return c, nil
	}
	if variantplumb.IsArrayType(t) {
		c := checkedArrayCodec(ownedCodec(t))
		if elem, ok := variantplumb.ArrayElementTypeName(t); ok {
			c.hint, c.hintString = godot.PropertyHintArrayType, elem
		}
		return c, nil
	}
	if _, ok := variantplumb.PackedTypeOf(t); ok {
		return ownedCodec(t), nil
	}
	if t.Kind() == reflect.Slice {
		if pt, ok := packedFor(t.Elem()); ok {
			return sliceCodec(t, pt), nil
		}
	}
	switch t.Kind() {
	case reflect.Bool:
		return boolCodec(t), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return intCodec(t), nil
	case reflect.Float32, reflect.Float64:
		return floatCodec(t), nil
	case reflect.String:
		return stringCodec(t), nil
	}
	return nil, fmt.Errorf("the Go type %s cannot cross to the engine", t)
}

func boolCodec(t reflect.Type) *codec {
	return &codec{goType: t, vtype: variant.TypeBool,
		fromPtr: func(g unsafe.Pointer, e uintptr) error { *(*bool)(g) = *(*uint8)(gdi.CPtr(e)) != 0; return nil },
		toPtr: func(g unsafe.Pointer, e uintptr) {
			var b uint8
			if *(*bool)(g) {
				b = 1
			}
			*(*uint8)(gdi.CPtr(e)) = b
		},
		fromVar: func(g unsafe.Pointer, v gdi.ConstVariantPtr) error {
			b, err := variantplumb.ToBool(v)
			*(*bool)(g) = b
			return err
		},
		toVar: func(g unsafe.Pointer, dst gdi.UninitializedVariantPtr) { variantplumb.SetBool(dst, *(*bool)(g)) },
	}
}

// intCodec moves any Go integer type through the engine's int (int64), checking the range.
func intCodec(t reflect.Type) *codec {
	size, signed := t.Size(), t.Kind() >= reflect.Int && t.Kind() <= reflect.Int64
	var lo, hi int64 = math.MinInt64, math.MaxInt64
	var uhi uint64
	if signed {
		lo, hi = -1<<(size*8-1), 1<<(size*8-1)-1
	} else {
		lo = 0
		uhi = 1<<(size*8) - 1
		if size == 8 {
			uhi = math.MaxUint64
		}
	}
	set := func(g unsafe.Pointer, x int64) error {
		if x < lo || signed && x > hi || !signed && uint64(x) > uhi {
			return &rangeError{x, t}
		}
		switch size {
		case 1:
			*(*int8)(g) = int8(x)
		case 2:
			*(*int16)(g) = int16(x)
		case 4:
			*(*int32)(g) = int32(x)
		default:
			*(*int64)(g) = x
		}
		return nil
	}
	get := func(g unsafe.Pointer) int64 {
		switch {
		case size == 1 && signed:
			return int64(*(*int8)(g))
		case size == 1:
			return int64(*(*uint8)(g))
		case size == 2 && signed:
			return int64(*(*int16)(g))
		case size == 2:
			return int64(*(*uint16)(g))
		case size == 4 && signed:
			return int64(*(*int32)(g))
		case size == 4:
			return int64(*(*uint32)(g))
		}
		return *(*int64)(g)
	}
	meta := map[uintptr]uint32{1: metaInt8, 2: metaInt16, 4: metaInt32, 8: metaInt64}[size]
	if !signed {
		meta = map[uintptr]uint32{1: metaUint8, 2: metaUint16, 4: metaUint32, 8: metaUint64}[size]
	}
	if t.Kind() == reflect.Int {
		meta = metaNone
	}
	return &codec{goType: t, vtype: variant.TypeInt, meta: meta,
		fromPtr: func(g unsafe.Pointer, e uintptr) error { return set(g, *(*int64)(gdi.CPtr(e))) },
		toPtr:   func(g unsafe.Pointer, e uintptr) { *(*int64)(gdi.CPtr(e)) = get(g) },
		fromVar: func(g unsafe.Pointer, v gdi.ConstVariantPtr) error {
			x, err := variantplumb.ToInt(v)
			if err != nil {
				return err
			}
			return set(g, x)
		},
		toVar: func(g unsafe.Pointer, dst gdi.UninitializedVariantPtr) { variantplumb.SetInt(dst, get(g)) },
	}
}

func floatCodec(t reflect.Type) *codec {
	f32 := t.Kind() == reflect.Float32
	set := func(g unsafe.Pointer, x float64) {
		if f32 {
			*(*float32)(g) = float32(x)
		} else {
			*(*float64)(g) = x
		}
	}
	get := func(g unsafe.Pointer) float64 {
		if f32 {
			return float64(*(*float32)(g))
		}
		return *(*float64)(g)
	}
	meta := uint32(metaDouble)
	if f32 {
		meta = metaFloat
	}
	return &codec{goType: t, vtype: variant.TypeFloat, meta: meta,
		fromPtr: func(g unsafe.Pointer, e uintptr) error {
			set(g, math.Float64frombits(*(*uint64)(gdi.CPtr(e))))
			return nil
		},
		toPtr: func(g unsafe.Pointer, e uintptr) { *(*uint64)(gdi.CPtr(e)) = math.Float64bits(get(g)) },
		fromVar: func(g unsafe.Pointer, v gdi.ConstVariantPtr) error {
			x, err := variantplumb.ToFloat(v)
			set(g, x)
			return err
		},
		toVar: func(g unsafe.Pointer, dst gdi.UninitializedVariantPtr) { variantplumb.SetFloat(dst, get(g)) },
	}
}

func stringCodec(t reflect.Type) *codec {
	return &codec{goType: t, vtype: variant.TypeString,
		fromPtr: func(g unsafe.Pointer, e uintptr) error {
			*(*string)(g) = variantplumb.StringAt(gdi.ConstStringPtr(e))
			return nil
		},
		toPtr: func(g unsafe.Pointer, e uintptr) {
			variantplumb.DestroyString(gdi.StringPtr(e))
			variantplumb.NewStringAt(gdi.UninitializedStringPtr(e), *(*string)(g))
		},
		fromVar: func(g unsafe.Pointer, v gdi.ConstVariantPtr) error {
			s, err := variantplumb.ToString(v)
			*(*string)(g) = s
			return err
		},
		toVar: func(g unsafe.Pointer, dst gdi.UninitializedVariantPtr) { variantplumb.SetString(dst, *(*string)(g)) },
	}
}

// valueCodec moves a math value type (Vector2, Color, Transform3D, …), whose Go layout is the
// engine's: ptrcall arguments and results are its bytes.
func valueCodec(t reflect.Type, vt variant.Type) *codec {
	size := t.Size()
	return &codec{goType: t, vtype: vt,
		fromPtr: func(g unsafe.Pointer, e uintptr) error { copyBytes(uintptr(g), e, size); return nil },
		toPtr:   func(g unsafe.Pointer, e uintptr) { copyBytes(e, uintptr(g), size) },
		fromVar: func(g unsafe.Pointer, v gdi.ConstVariantPtr) error {
			return variantplumb.ToValue(v, reflect.NewAt(t, g).Interface())
		},
		toVar: func(g unsafe.Pointer, dst gdi.UninitializedVariantPtr) {
			variantplumb.SetValue(dst, reflect.NewAt(t, g).Interface())
		},
	}
}

// copyBytes copies n bytes between Go and C memory (one of them C memory the engine owns for the
// call). Not inlined: Go 1.26's compiler crashes on an inlined copy between such memory.
//
//go:noinline
func copyBytes(dst, src, n uintptr) {
	copy(unsafe.Slice((*byte)(gdi.CPtr(dst)), n), unsafe.Slice((*byte)(gdi.CPtr(src)), n))
}

// variantCodec passes a variant.Variant: GDScript sees an untyped parameter or result.
func variantCodec(t reflect.Type) *codec {
	return &codec{goType: t, vtype: variant.TypeNil, usage: 6 | 131072, // DEFAULT | NIL_IS_VARIANT
		fromPtr: func(g unsafe.Pointer, e uintptr) error {
			*(*variant.Variant)(g) = variantplumb.CopyVariant(gdi.ConstVariantPtr(e))
			return nil
		},
		toPtr: func(g unsafe.Pointer, e uintptr) {
			gdi.VariantDestroy(gdi.VariantPtr(e))
			variantplumb.WriteVariant(*(*variant.Variant)(g), gdi.UninitializedVariantPtr(e))
		},
		fromVar: func(g unsafe.Pointer, v gdi.ConstVariantPtr) error {
			*(*variant.Variant)(g) = variantplumb.CopyVariant(v)
			return nil
		},
		toVar: func(g unsafe.Pointer, dst gdi.UninitializedVariantPtr) {
			variantplumb.WriteVariant(*(*variant.Variant)(g), dst)
		},
	}
}

// anyCodec passes any Go value anything From accepts as an untyped Variant; the engine's values
// arrive as variant.Variant.
func anyCodec(t reflect.Type) *codec {
	toVariant := func(g unsafe.Pointer) variant.Variant {
		v, err := variant.From(*(*any)(g))
		if err != nil {
			panic(err)
		}
		return v
	}
	return &codec{goType: t, vtype: variant.TypeNil, usage: 6 | 131072,
		fromPtr: func(g unsafe.Pointer, e uintptr) error {
			*(*any)(g) = variantplumb.CopyVariant(gdi.ConstVariantPtr(e))
			return nil
		},
		toPtr: func(g unsafe.Pointer, e uintptr) {
			v := toVariant(g)
			gdi.VariantDestroy(gdi.VariantPtr(e))
			variantplumb.WriteVariant(v, gdi.UninitializedVariantPtr(e))
			v.Destroy()
		},
		fromVar: func(g unsafe.Pointer, v gdi.ConstVariantPtr) error {
			*(*any)(g) = variantplumb.CopyVariant(v)
			return nil
		},
		toVar: func(g unsafe.Pointer, dst gdi.UninitializedVariantPtr) {
			v := toVariant(g)
			variantplumb.WriteVariant(v, dst)
			v.Destroy()
		},
	}
}

// ownedCodec moves an engine-owned type (Array[T], Dictionary, Packed[T], PackedStrings, Callable,
// Signal): Go gets a reference (a copy, for the copy-on-write packed arrays) of its own.
func ownedCodec(t reflect.Type) *codec {
	vt := variantTypeOf(t)
	return &codec{goType: t, vtype: vt,
		fromPtr: func(g unsafe.Pointer, e uintptr) error {
			reflect.NewAt(t, g).Elem().Set(reflect.ValueOf(variantplumb.CopyAtType(t, e)))
			return nil
		},
		toPtr: func(g unsafe.Pointer, e uintptr) { variantplumb.AssignAt(e, reflect.NewAt(t, g).Elem().Interface()) },
		fromVar: func(g unsafe.Pointer, v gdi.ConstVariantPtr) error {
			tmp := variantplumb.CopyVariant(v)
			defer tmp.Destroy()
			x, err := variantplumb.AsType(tmp, t)
			if err != nil {
				return err
			}
			reflect.NewAt(t, g).Elem().Set(reflect.ValueOf(x))
			return nil
		},
		toVar: func(g unsafe.Pointer, dst gdi.UninitializedVariantPtr) {
			x, err := variant.From(reflect.NewAt(t, g).Elem().Interface())
			if err != nil {
				panic(err)
			}
			variantplumb.WriteVariant(x, dst)
			x.Destroy()
		},
	}
}

// checkedArrayCodec makes the codec of an Array[T] (or a TypedDictionary[K, V]) refuse an engine
// array with an element that is not a T (GDScript's [1, "x"] for an Array[int]; a key or value of
// another type): the call fails naming the element, and a property keeps its old value. The Go
// value g is written only once the container passed.
func checkedArrayCodec(c *codec) *codec {
	t, fromPtr, fromVar := c.goType, c.fromPtr, c.fromVar
	check := func(read func(unsafe.Pointer) error, g unsafe.Pointer) error {
		x := reflect.New(t)
		if err := read(x.UnsafePointer()); err != nil {
			return err
		}
		a := x.Elem().Interface().(interface {
			CheckElements() error
			Destroy()
		})
		if err := a.CheckElements(); err != nil {
			a.Destroy()
			return err
		}
		reflect.NewAt(t, g).Elem().Set(x.Elem())
		return nil
	}
	c.fromPtr = func(g unsafe.Pointer, e uintptr) error {
		return check(func(x unsafe.Pointer) error { return fromPtr(x, e) }, g)
	}
	c.fromVar = func(g unsafe.Pointer, v gdi.ConstVariantPtr) error {
		return check(func(x unsafe.Pointer) error { return fromVar(x, v) }, g)
	}
	return c
}

func variantTypeOf(t reflect.Type) variant.Type {
	vt, _ := variantplumb.VariantTypeOf(t)
	return vt
}

// objectArg reads the object of a ptrcall object argument at e: the engine passes a pointer to the
// object pointer, and a null pointer for a null object.
func objectArg(e uintptr) uintptr {
	if e == 0 {
		return 0
	}
	return *(*uintptr)(gdi.CPtr(e))
}

// objectCodec moves a value of an engine class type of package godot (Node, Sprite2D, …): the engine
// passes objects as pointers (ptrcall) or Variants holding them (call). An argument of another class
// is an error; a null object is the zero value.
func objectCodec(t reflect.Type, class string) *codec {
	refCounted := godot.IsRefCountedClass(class)
	read := func(g unsafe.Pointer, p uintptr) error {
		if p == 0 { // null: the zero (null) value
			reflect.NewAt(t, g).Elem().SetZero()
			return nil
		}
		x, err := classhook.Wrap(t, p)
		if err != nil {
			return err
		}
		reflect.NewAt(t, g).Elem().Set(x)
		return nil
	}
	c := &codec{goType: t, vtype: variant.TypeObject, className: class,
		fromPtr: func(g unsafe.Pointer, e uintptr) error { return read(g, objectArg(e)) },
		toPtr: func(g unsafe.Pointer, e uintptr) {
			x := reflect.NewAt(t, g).Elem().Interface()
			p, _ := classhook.ObjectOf(x)
			if refCounted {
				// The engine's result slot is a Ref<T>: it takes a reference of its own, while Go's
				// still keeps the object alive.
				gdi.RefSetObject(gdi.RefPtr(e), gdi.ObjectPtr(p))
			} else {
				*(*uintptr)(gdi.CPtr(e)) = p
			}
			runtime.KeepAlive(x)
		},
		fromVar: func(g unsafe.Pointer, v gdi.ConstVariantPtr) error {
			if variantplumb.TypeOf(v) == variant.TypeNil {
				reflect.NewAt(t, g).Elem().SetZero() // null: the zero (null) value
				return nil
			}
			obj, err := variantplumb.ObjectAt(v)
			if err != nil {
				return err
			}
			return read(g, uintptr(obj))
		},
		toVar: func(g unsafe.Pointer, dst gdi.UninitializedVariantPtr) {
			x := reflect.NewAt(t, g).Elem().Interface()
			p, _ := classhook.ObjectOf(x)
			variantplumb.WriteVariant(variantplumb.FromObject(gdi.ObjectPtr(p)), dst)
			runtime.KeepAlive(x) // Go's reference keeps a RefCounted object alive until the Variant holds one
		},
	}
	// The inspector offers resources of the class, or nodes of the class in the scene.
	switch {
	case inherits(class, "Resource"):
		c.hint, c.hintString = godot.PropertyHintResourceType, class
	case inherits(class, "Node"):
		c.hint, c.hintString = godot.PropertyHintNodeType, class
	}
	return c
}

// goClassCodec moves a pointer to a Go class instance (*Player): the engine passes its object.
// inherits reports whether the engine class is base or derives from it.
func inherits(class, base string) bool {
	for ; class != ""; class = classhook.ParentOf(class) {
		if class == base {
			return true
		}
	}
	return false
}

func goClassCodec(t reflect.Type, c *classInfo) *codec {
	read := func(g unsafe.Pointer, p uintptr) error {
		if p == 0 {
			*(*unsafe.Pointer)(g) = nil
			return nil
		}
		inst := instanceOfObject(p)
		if inst == nil {
			return fmt.Errorf("the object is not a Go %s", c.name)
		}
		ptr, ok := inst.pointerAs(c)
		if !ok {
			return fmt.Errorf("a %s is not a %s", inst.class.name, c.name)
		}
		*(*unsafe.Pointer)(g) = ptr
		return nil
	}
	objectOfPtr := func(g unsafe.Pointer) uintptr {
		p := *(*unsafe.Pointer)(g)
		if p == nil {
			return 0
		}
		return c.objectOf(p)
	}
	cd := &codec{goType: t, vtype: variant.TypeObject, className: c.name,
		fromPtr: func(g unsafe.Pointer, e uintptr) error { return read(g, objectArg(e)) },
		toPtr: func(g unsafe.Pointer, e uintptr) {
			p := objectOfPtr(g)
			if c.refCounted {
				gdi.RefSetObject(gdi.RefPtr(e), gdi.ObjectPtr(p))
			} else {
				*(*uintptr)(gdi.CPtr(e)) = p
			}
		},
		fromVar: func(g unsafe.Pointer, v gdi.ConstVariantPtr) error {
			if variantplumb.TypeOf(v) == variant.TypeNil {
				*(*unsafe.Pointer)(g) = nil
				return nil
			}
			obj, err := variantplumb.ObjectAt(v)
			if err != nil {
				return err
			}
			return read(g, uintptr(obj))
		},
		toVar: func(g unsafe.Pointer, dst gdi.UninitializedVariantPtr) {
			variantplumb.WriteVariant(variantplumb.FromObject(gdi.ObjectPtr(objectOfPtr(g))), dst)
		},
	}
	cd.hint, cd.hintString = classHint(c)
	return cd
}

// classHint is the inspector hint of a property holding an instance of the Go class c.
func classHint(c *classInfo) (godot.PropertyHint, string) {
	switch {
	case inherits(c.engineBase, "Resource"):
		return godot.PropertyHintResourceType, c.name
	case inherits(c.engineBase, "Node"):
		return godot.PropertyHintNodeType, c.name
	}
	return godot.PropertyHintNone, ""
}

// refValue is satisfied by every Ref[T]; *Ref[T] is a refSetter.
type (
	refValue interface {
		refTarget() reflect.Type
		refObject() godot.Object
	}
	refSetter interface{ setRef(o godot.Object) error }
)

var refValueType = reflect.TypeFor[refValue]()

// refCodec moves a Ref[T] of the RefCounted Go class c: the Go value holds an engine reference of
// its own, so a field of this type keeps the instance alive (a *T does not).
func refCodec(t reflect.Type, c *classInfo) *codec {
	objType := reflect.TypeFor[godot.Object]()
	read := func(g unsafe.Pointer, p uintptr) error {
		r := reflect.NewAt(t, g).Interface().(refSetter)
		if p == 0 {
			return r.setRef(godot.Object{})
		}
		x, err := classhook.Wrap(objType, p) // a counted reference of Go's own
		if err != nil {
			return err
		}
		return r.setRef(x.Interface().(godot.Object))
	}
	object := func(g unsafe.Pointer) (uintptr, godot.Object) {
		o := reflect.NewAt(t, g).Elem().Interface().(refValue).refObject()
		p, _ := classhook.ObjectOf(o)
		return p, o
	}
	cd := &codec{goType: t, vtype: variant.TypeObject, className: c.name,
		fromPtr: func(g unsafe.Pointer, e uintptr) error { return read(g, objectArg(e)) },
		toPtr: func(g unsafe.Pointer, e uintptr) {
			p, o := object(g)
			gdi.RefSetObject(gdi.RefPtr(e), gdi.ObjectPtr(p))
			runtime.KeepAlive(o)
		},
		fromVar: func(g unsafe.Pointer, v gdi.ConstVariantPtr) error {
			if variantplumb.TypeOf(v) == variant.TypeNil {
				return read(g, 0)
			}
			obj, err := variantplumb.ObjectAt(v)
			if err != nil {
				return err
			}
			return read(g, uintptr(obj))
		},
		toVar: func(g unsafe.Pointer, dst gdi.UninitializedVariantPtr) {
			p, o := object(g)
			variantplumb.WriteVariant(variantplumb.FromObject(gdi.ObjectPtr(p)), dst)
			runtime.KeepAlive(o)
		},
	}
	cd.hint, cd.hintString = classHint(c)
	return cd
}
