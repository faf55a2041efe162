package variant

import (
	"fmt"
	"reflect"
	"runtime"
	"unsafe"

	"github.com/gdpure/gdpure/internal/callfail"

	"github.com/gdpure/gdpure/internal/classhook"
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
)

// Variant is the engine's Variant: a value of any engine type, owned as described in owned.go.
// The zero Variant is Nil.
type Variant struct{ h ref }

// newVariant allocates a Variant and lets set construct it in place.
func newVariant(set func(dst gdi.UninitializedVariantPtr)) Variant {
	h := newHandle(variantTypeForDestroy, gdi.VariantSize)
	set(gdi.UninitializedVariantPtr(h.addr))
	return Variant{h}
}

// From makes a Variant from a Go value: nil, bool, any integer, float32/64, string, String,
// StringName, NodePath, Callable, Signal, Array[T], Dictionary, Packed[T], PackedStrings, a math
// value type (Vector2 … Projection, Color, RID, or a pointer to one), a Variant (copied), or a
// slice. Slices of a packed element type ([]byte, []int32, []int64, []float32, []float64,
// []Vector2, []Vector3, []Vector4, []Color) and []string become the matching packed array; other
// slices become an untyped Array of their converted elements. Anything else is an error.
//
// From keeps nothing of x after it returns: it copies what it needs into the engine's memory or
// into values of its own. The package's containers rely on that to keep a key or value passed as
// an interface on the caller's stack (internal/escape); a change that stores x, or a pointer
// found in it, breaks them.
func From(x any) (Variant, error) {
	switch v := x.(type) {
	case nil:
		return newVariant(func(dst gdi.UninitializedVariantPtr) { gdi.VariantNewNil(dst) }), nil
	case Variant:
		src := ptrOf(v.h, variantTypeForDestroy)
		out := newVariant(func(dst gdi.UninitializedVariantPtr) { gdi.VariantNewCopy(dst, gdi.ConstVariantPtr(src)) })
		runtime.KeepAlive(v.h)
		return out, nil
	case bool:
		return newVariant(func(dst gdi.UninitializedVariantPtr) { setBool(dst, v) }), nil
	case float32:
		return newVariant(func(dst gdi.UninitializedVariantPtr) { setFloat(dst, float64(v)) }), nil
	case float64:
		return newVariant(func(dst gdi.UninitializedVariantPtr) { setFloat(dst, v) }), nil
	case string:
		return newVariant(func(dst gdi.UninitializedVariantPtr) { setString(dst, v) }), nil
	case String:
		return fromTyped(TypeString, ptrOf(v.h, TypeString), v.h), nil
	case StringName:
		return fromTyped(TypeStringName, ptrOf(v.h, TypeStringName), v.h), nil
	case NodePath:
		return fromTyped(TypeNodePath, ptrOf(v.h, TypeNodePath), v.h), nil
	case Callable:
		return fromTyped(TypeCallable, ptrOf(v.h, TypeCallable), v.h), nil
	case Signal:
		return fromTyped(TypeSignal, v.ptr(), v.h), nil
	case PackedStrings:
		return fromTyped(TypePackedStringArray, v.ptr(), v.h), nil
	case Dictionary:
		if v.h.handle == nil { // a reference type: the Variant gets a new dictionary, never the shared empty one
			v = NewDictionary()
			defer v.Destroy()
		}
		return fromTyped(TypeDictionary, v.ptr(), v.h), nil
	case packedValue:
		h := v.handle()
		return fromTyped(v.packedType(), ptrOf(h, v.packedType()), h), nil
	case arrayValue:
		h := v.handle()
		if h.handle == nil { // a reference type: a new (typed) array, never the shared empty one
			h = v.newEmpty()
			defer h.destroy()
		}
		return fromTyped(TypeArray, h.ptr(), h), nil
	case typedDictionaryValue:
		h := v.handle()
		if h.handle == nil { // a new (typed) dictionary, never the shared empty one
			h = v.newEmpty()
			defer h.destroy()
		}
		return fromTyped(TypeDictionary, h.ptr(), h), nil
	}
	if classhook.Installed() {
		if obj, ok := classhook.ObjectOf(x); ok {
			v := fromObject(gdi.ObjectPtr(obj))
			runtime.KeepAlive(x) // x's reference keeps a RefCounted object alive until v holds one
			return v, nil
		}
	}
	rv := reflect.ValueOf(x)
	switch {
	case rv.CanInt():
		i := rv.Int()
		return newVariant(func(dst gdi.UninitializedVariantPtr) { setInt(dst, i) }), nil
	case rv.CanUint():
		u := rv.Uint()
		if u > 1<<63-1 {
			return Variant{}, fmt.Errorf("gdpure: %d does not fit the engine's int (int64)", u)
		}
		return newVariant(func(dst gdi.UninitializedVariantPtr) { setInt(dst, int64(u)) }), nil
	}
	if _, ok := valueTypes[rv.Type()]; ok {
		p := reflect.New(rv.Type())
		p.Elem().Set(rv)
		return newVariant(func(dst gdi.UninitializedVariantPtr) { setValue(dst, p.Interface()) }), nil
	}
	if rv.Kind() == reflect.Slice {
		return fromSlice(x, rv)
	}
	if rv.Kind() == reflect.Pointer && !rv.IsNil() {
		if _, ok := valueTypes[rv.Type().Elem()]; ok {
			return newVariant(func(dst gdi.UninitializedVariantPtr) { setValue(dst, x) }), nil
		}
	}
	return Variant{}, fmt.Errorf("gdpure: a Go %T cannot become a Variant", x)
}

func fromTyped(t Type, src uintptr, keep ref) Variant {
	out := newVariant(func(dst gdi.UninitializedVariantPtr) { fromType[t].Call(dst, gdi.TypePtr(src)) })
	runtime.KeepAlive(keep)
	return out
}

// Type returns the type of the value the Variant holds.
func (v Variant) Type() Type {
	t := typeOf(gdi.ConstVariantPtr(ptrOf(v.h, variantTypeForDestroy)))
	runtime.KeepAlive(v.h)
	return t
}

// cptr returns the C address of the engine Variant (see String.cptr).
func (v Variant) cptr() gdi.ConstVariantPtr {
	return gdi.ConstVariantPtr(ptrOf(v.h, variantTypeForDestroy))
}

// Destroy releases the engine data now; the Variant must not be used afterwards.
func (v Variant) Destroy() { v.h.destroy() }

// Bool returns the bool the Variant holds, or an error naming what it holds instead.
func (v Variant) Bool() (bool, error) {
	defer runtime.KeepAlive(v.h)
	return toBool(v.cptr())
}

// Int returns the int the Variant holds, or an error.
func (v Variant) Int() (int64, error) {
	defer runtime.KeepAlive(v.h)
	return toInt(v.cptr())
}

// Float returns the float (or widened int) the Variant holds, or an error.
func (v Variant) Float() (float64, error) {
	defer runtime.KeepAlive(v.h)
	return toFloat(v.cptr())
}

// Text returns the String the Variant holds as Go text, or an error. (String() is the engine's
// str() of any Variant.)
func (v Variant) Text() (string, error) {
	defer runtime.KeepAlive(v.h)
	return toString(v.cptr())
}

// Value reads a math value type into dst (a *Vector2, *Color, …), or returns an error.
func (v Variant) Value(dst any) error {
	defer runtime.KeepAlive(v.h)
	return toValue(v.cptr(), dst)
}

// Callable returns the Callable the Variant holds (a new reference), or an error.
func (v Variant) Callable() (Callable, error) {
	defer runtime.KeepAlive(v.h)
	if t := v.Type(); t != TypeCallable {
		return Callable{}, &MismatchError{TypeCallable, t}
	}
	h := newHandle(TypeCallable, 16)
	toType[TypeCallable].Call(gdi.UninitializedTypePtr(h.addr), gdi.VariantPtr(v.cptr()))
	return Callable{h}, nil
}

// String returns the engine's text form of the value, as GDScript's str().
func (v Variant) String() string {
	f := engine.AcquireFrame()
	defer f.Release()
	s := f.Alloc(8)
	gdi.VariantStringify(v.cptr(), gdi.StringPtr(s))
	runtime.KeepAlive(v.h)
	out := stringAt(gdi.ConstStringPtr(s))
	destroyString(gdi.StringPtr(s))
	return out
}

// copyVariant returns a new Variant holding a copy of the engine Variant at p (C memory, e.g. a
// call argument); a scalar one is copied without a call (copyVariantTo).
func copyVariant(p gdi.ConstVariantPtr) Variant {
	return newVariant(func(dst gdi.UninitializedVariantPtr) { copyVariantTo(dst, p) })
}

// writeTo copies the value into the uninitialized (or Nil) Variant slot dst.
func (v Variant) writeTo(dst gdi.UninitializedVariantPtr) {
	gdi.VariantNewCopy(dst, v.cptr())
	runtime.KeepAlive(v.h)
}

// Call calls a method of the value the Variant holds, by name, with arguments anything From
// accepts: every builtin method of every type is reachable this way (as GDScript's dynamic calls).
// An unknown method or wrong arguments give an error naming the call error.
func (v Variant) Call(method string, args ...any) (Variant, error) {
	// The object a Go method's failure is recorded for, taken before the call: after it only the
	// closure's KeepAlive keeps v alive (lifetimecheck and make mutants count on that).
	var obj gdi.ObjectPtr
	if v.Type() == TypeObject {
		obj, _ = v.object()
	}
	since := callfail.Seq()
	out, err := callDynamic(method, args, func(name gdi.StringNamePtr, argv uintptr, argc int, ret, cerr uintptr) {
		gdi.VariantCall(gdi.VariantPtr(v.cptr()), gdi.ConstStringNamePtr(name), argv,
			gdi.Int(argc), gdi.UninitializedVariantPtr(ret), cerr)
		runtime.KeepAlive(v.h)
	})
	if err == nil && obj != 0 {
		// A Go method that failed returns the zero value with a successful call: its cause is the error.
		if cause := callfail.Take(since, uintptr(obj)); cause != "" {
			return out, &CallError{Method: method, Cause: cause}
		}
	}
	return out, err
}

// CallStatic calls a static method of a builtin type (Color.html, Vector2.from_angle, …).
func CallStatic(t Type, method string, args ...any) (Variant, error) {
	return callDynamic(method, args, func(name gdi.StringNamePtr, argv uintptr, argc int, ret, cerr uintptr) {
		gdi.VariantCallStatic(gdi.VariantType(t), gdi.ConstStringNamePtr(name), argv,
			gdi.Int(argc), gdi.UninitializedVariantPtr(ret), cerr)
	})
}

// callDynamic converts the arguments, makes the call's frame (the method name lives in it, for this
// call only) and its result Variant, and turns the engine's call error into a Go error.
func callDynamic(method string, args []any, call func(name gdi.StringNamePtr, argv uintptr, argc int, ret, cerr uintptr)) (Variant, error) {
	vs := make([]Variant, len(args))
	defer func() {
		for _, v := range vs {
			v.Destroy()
		}
	}()
	for i, a := range args {
		var err error
		if vs[i], err = From(a); err != nil {
			return Variant{}, fmt.Errorf("%s: argument %d: %w", method, i, err)
		}
	}
	f := engine.AcquireFrame()
	defer f.Release()
	argv := f.Alloc(uintptr(max(len(vs), 1)) * 8)
	for i, v := range vs {
		*(*uintptr)(gdi.CPtr(argv + uintptr(i)*8)) = uintptr(v.cptr())
	}
	cerr := f.Alloc(unsafe.Sizeof(gdi.CallError{}))
	ret := newHandle(variantTypeForDestroy, gdi.VariantSize)
	call(f.StringName(method), argv, len(vs), ret.addr, cerr)
	runtime.KeepAlive(vs)
	if e := (*gdi.CallError)(gdi.CPtr(cerr)); e.Error != gdi.CallOk {
		ret.destroy()
		return Variant{}, &CallError{Method: method, Kind: int(e.Error), Argument: int(e.Argument), Expected: int(e.Expected)}
	}
	return Variant{ret}, nil
}

// CallError is an engine call error of a dynamic call (Kind is the engine's call error), or the
// failure of a Go method called through the engine (Kind 0, the call succeeded with the result
// type's zero value, which is returned with the error; Cause says why).
type CallError struct {
	Method                   string
	Kind, Argument, Expected int
	// Cause is why a Go class method called through the engine failed (its error, its panic, the
	// argument it could not take), when the callee was Go; empty otherwise.
	Cause string
}

var callErrorKinds = map[int]string{1: "invalid method", 2: "invalid argument", 3: "too many arguments",
	4: "too few arguments", 5: "instance is null", 6: "method not const"}

func (e *CallError) Error() string {
	if e.Kind == 0 {
		return fmt.Sprintf("gdpure: call to %s failed: %s", e.Method, e.Cause)
	}
	msg := fmt.Sprintf("gdpure: call to %s failed: %s", e.Method, callErrorKinds[e.Kind])
	switch e.Kind {
	case 2:
		msg += fmt.Sprintf(" (argument %d, expected %s)", e.Argument, TypeName(Type(e.Expected)))
	case 3, 4:
		msg += fmt.Sprintf(" (expected %d)", e.Expected)
	}
	if e.Cause != "" {
		msg += ": " + e.Cause
	}
	return msg
}

// fromSlice converts a Go slice (see From).
func fromSlice(x any, rv reflect.Value) (Variant, error) {
	switch s := x.(type) {
	case []byte:
		return From(PackedOf(s...))
	case []int32:
		return From(PackedOf(s...))
	case []int64:
		return From(PackedOf(s...))
	case []float32:
		return From(PackedOf(s...))
	case []float64:
		return From(PackedOf(s...))
	case []Vector2:
		return From(PackedOf(s...))
	case []Vector3:
		return From(PackedOf(s...))
	case []Vector4:
		return From(PackedOf(s...))
	case []Color:
		return From(PackedOf(s...))
	case []string:
		return From(NewPackedStrings(s...))
	}
	a := NewArray[Variant]()
	defer a.Destroy()
	for i := 0; i < rv.Len(); i++ {
		e, err := From(rv.Index(i).Interface())
		if err != nil {
			return Variant{}, fmt.Errorf("element %d: %w", i, err)
		}
		err = a.Append(e)
		e.Destroy()
		if err != nil {
			return Variant{}, err
		}
	}
	return From(a)
}

// Slice reads an Array or a packed array held by the Variant into dst, a pointer to a Go slice,
// converting each element as As does.
func (v Variant) Slice(dst any) error {
	rv := reflect.ValueOf(dst)
	if rv.Kind() != reflect.Pointer || rv.Elem().Kind() != reflect.Slice {
		return fmt.Errorf("gdpure: Variant.Slice needs a pointer to a slice, not %T", dst)
	}
	out := rv.Elem()
	var elems []Variant
	switch t := v.Type(); {
	case t == TypeArray || t >= TypePackedByteArray && t < typeCount:
		n, err := v.Call("size")
		if err != nil {
			return err
		}
		count, _ := n.Int()
		n.Destroy()
		for i := 0; i < int(count); i++ {
			e, err := v.Index(i)
			if err != nil {
				return err
			}
			elems = append(elems, e)
		}
	default:
		return &MismatchError{TypeArray, t}
	}
	res := reflect.MakeSlice(out.Type(), len(elems), len(elems))
	for i, e := range elems {
		x, err := asReflect(e, out.Type().Elem())
		e.Destroy()
		if err != nil {
			return fmt.Errorf("element %d: %w", i, err)
		}
		res.Index(i).Set(x)
	}
	out.Set(res)
	return nil
}
