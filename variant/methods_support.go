package variant

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"runtime"
	"unsafe"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
)

// Helpers of the generated builtin methods (zbuiltin_methods.go). Every argument and result lives
// in the call's frame; engine-owned arguments pass the address of the Go value's own engine data,
// kept alive across the call.

func allocArgs(f *engine.Frame, n int) uintptr {
	if n < 1 {
		n = 1
	}
	return f.Alloc(uintptr(n) * 8)
}

func setArg(argv uintptr, i int, p uintptr) { *(*uintptr)(gdi.CPtr(argv + uintptr(i)*8)) = p }

func argInt(f *engine.Frame, x int64) uintptr {
	p := f.Alloc(8)
	*(*int64)(gdi.CPtr(p)) = x
	return p
}

func argFloat(f *engine.Frame, x float64) uintptr {
	p := f.Alloc(8)
	*(*uint64)(gdi.CPtr(p)) = math.Float64bits(x)
	return p
}

func argBool(f *engine.Frame, x bool) uintptr {
	p := f.Alloc(8)
	if x {
		*(*uint8)(gdi.CPtr(p)) = 1
	}
	return p
}

// argValue copies a plain value (a math type) of size bytes at x into the frame.
// Not inlined: inlined with a constant size, copy() between C and Go memory makes Go 1.26's
// compiler crash in its memmove lowering.
//
//go:noinline
func argValue(f *engine.Frame, x unsafe.Pointer, size uintptr) uintptr {
	p := f.Alloc(size)
	copy(unsafe.Slice((*byte)(gdi.CPtr(p)), size), unsafe.Slice((*byte)(x), size))
	return p
}

func argString(f *engine.Frame, s string) uintptr {
	p := f.Alloc(8)
	newStringAt(gdi.UninitializedStringPtr(p), s)
	return p
}

func argStringName(f *engine.Frame, s string) uintptr {
	p := f.Alloc(8)
	newStringNameAt(gdi.UninitializedStringNamePtr(p), s)
	return p
}

func destroyStringName(p uintptr) { destructors[TypeStringName].Call(gdi.TypePtr(p)) }

// argVariant writes x as a Variant into the frame; a Go value that cannot become a Variant is a
// programming error and panics with the conversion's message.
func argVariant(f *engine.Frame, x any) uintptr {
	p := f.Alloc(gdi.VariantSize)
	if err := writeVariant(gdi.UninitializedVariantPtr(p), x); err != nil {
		panic(fmt.Sprintf("gdpure: builtin method argument: %v", err))
	}
	return p
}

func argHandle(h ref, t Type) uintptr { return ptrOf(h, t) }

func retString(ret uintptr) string {
	s := stringAt(gdi.ConstStringPtr(ret))
	destroyString(gdi.StringPtr(ret))
	return s
}

func retStringName(ret uintptr) string {
	s := stringFrom(stringFromStringName, ret)
	destroyStringName(ret)
	return s
}

func retVariant(ret uintptr) Variant {
	v := copyVariant(gdi.ConstVariantPtr(ret))
	gdi.VariantDestroy(gdi.VariantPtr(ret))
	return v
}

// constructDefault constructs an empty value of type t in the frame slot ret, for the engine to
// assign its result to.
func constructDefault(t Type, ret uintptr) {
	gdi.VariantGetPtrConstructor(gdi.VariantType(t), 0).Call(gdi.UninitializedTypePtr(ret), 0)
}

// retOwned moves the engine value of type t in the frame slot ret into a new handle (a bitwise
// move: the slot is not destroyed) and returns it as the Go type T.
func retOwned[T any](ret uintptr, t Type) T {
	var out T
	h := moveToHandle(ret, t)
	switch p := any(&out).(type) {
	case *NodePath:
		p.h = h
	case *Callable:
		p.h = h
	case *Dictionary:
		p.h = h
	case *Signal:
		p.h = h
	case *PackedStrings:
		p.h = h
	case *Variant:
		p.h = h
	case arrayTarget:
		p.setArrayHandle(h)
	case typedDictionaryTarget:
		p.setTypedDictionaryHandle(h)
	case packedTarget:
		p.setPackedHandle(h)
	default:
		panic(fmt.Sprintf("gdpure: retOwned of %T", out))
	}
	return out
}

// adoptVariant takes over the Variant the engine wrote to the C memory at p (a call's result slot):
// it moves it into a new Variant, which owns it from now on. The slot must not be destroyed
// afterwards.
func adoptVariant(p uintptr) Variant { return retOwned[Variant](p, variantTypeForDestroy) }

// moveToHandle moves the engine value in the frame slot ret into a new handle.
func moveToHandle(ret uintptr, t Type) ref {
	h := newHandle(t, gdi.VariantSize)
	copyC(h.addr, ret, gdi.VariantSize)
	return h
}

// copyC copies n bytes of C memory from src to dst, word by word. (copy() over two unsafe.Slices of
// C addresses of a constant size makes Go 1.26's compiler crash in its memmove lowering.)
func copyC(dst, src, n uintptr) {
	i := uintptr(0)
	for ; i+8 <= n; i += 8 {
		*(*uint64)(gdi.CPtr(dst + i)) = *(*uint64)(gdi.CPtr(src + i))
	}
	for ; i < n; i++ {
		*(*byte)(gdi.CPtr(dst + i)) = *(*byte)(gdi.CPtr(src + i))
	}
}

// argElem writes an element of a packed array in the engine's ptrcall form of its type: an int
// (int64) for the integer arrays, a float (double) for the float arrays, the value itself for the
// vector and color arrays.
func argElem[T PackedElem](f *engine.Frame, x T) uintptr {
	switch v := any(x).(type) {
	case uint8:
		return argInt(f, int64(v))
	case int32:
		return argInt(f, int64(v))
	case int64:
		return argInt(f, v)
	case float32:
		return argFloat(f, float64(v))
	case float64:
		return argFloat(f, v)
	}
	return argValue(f, unsafe.Pointer(&x), unsafe.Sizeof(x))
}

// operatorBool evaluates the engine's operator op between two values of type t held by a and b,
// whose result is a bool: the body of the generated comparison methods of Array[T] and Packed[T],
// compiled once for every element type.
func operatorBool(op Operator, t Type, a, b ref) bool {
	f := engine.AcquireFrame()
	defer f.Release()
	ret := f.Alloc(gdi.VariantSize)
	operatorAt(op, t).Call(gdi.ConstTypePtr(argHandle(a, t)), gdi.ConstTypePtr(argHandle(b, t)), gdi.TypePtr(ret))
	runtime.KeepAlive(a)
	runtime.KeepAlive(b)
	return *(*uint8)(gdi.CPtr(ret)) != 0
}

// operatorNew evaluates the engine's operator op between two values of type t held by a and b,
// whose result is a new value of type t, returned as its handle: the body of the generated Add of
// Array[T] and Packed[T].
func operatorNew(op Operator, t Type, a, b ref) ref {
	f := engine.AcquireFrame()
	defer f.Release()
	ret := f.Alloc(gdi.VariantSize)
	constructDefault(t, ret)
	operatorAt(op, t).Call(gdi.ConstTypePtr(argHandle(a, t)), gdi.ConstTypePtr(argHandle(b, t)), gdi.TypePtr(ret))
	runtime.KeepAlive(a)
	runtime.KeepAlive(b)
	return moveToHandle(ret, t)
}

// argElemAny is argElem for an element passed as any (the generated Packed[T] method bodies, which
// are not generic); x must hold a PackedElem. It keeps nothing of x.
func argElemAny(f *engine.Frame, x any) uintptr {
	switch v := x.(type) {
	case uint8:
		return argElem(f, v)
	case int32:
		return argElem(f, v)
	case int64:
		return argElem(f, v)
	case float32:
		return argElem(f, v)
	case float64:
		return argElem(f, v)
	case Vector2:
		return argElem(f, v)
	case Vector3:
		return argElem(f, v)
	case Vector4:
		return argElem(f, v)
	case Color:
		return argElem(f, v)
	}
	panic(fmt.Sprintf("gdpure: %T is not a packed array element", x))
}

// ErrNoElement is the panic value of an Array method that returns an element when there is none
// (Front of an empty array, Get out of range): as indexing a Go slice out of range, a programming
// error rather than a silent zero value. The engine reports it too.
var ErrNoElement = errors.New("gdpure: the array has no such element (empty, or index out of range)")

// retElem reads an Array element from a Variant result slot as T (and destroys the slot). No
// element (a Nil where T is not Variant) panics with ErrNoElement; an element that does not convert
// to T is a programming error for a typed array, and panics too.
func retElem[T any](ret uintptr) T {
	p := gdi.ConstVariantPtr(ret)
	x, err := readVariant[T](p)
	isNil := typeOf(p) == TypeNil
	destroyVariant(gdi.VariantPtr(ret))
	if err != nil {
		if isNil {
			panic(ErrNoElement)
		}
		panic(fmt.Sprintf("gdpure: array element: %v", err))
	}
	return x
}

// setHandle sets the handle of an engine-owned Go value.
func setHandle(p any, h ref) {
	switch p := p.(type) {
	case *Dictionary:
		p.h = h
	case *Callable:
		p.h = h
	case *Signal:
		p.h = h
	case *PackedStrings:
		p.h = h
	case *NodePath:
		p.h = h
	case arrayTarget:
		p.setArrayHandle(h)
	case typedDictionaryTarget:
		p.setTypedDictionaryHandle(h)
	case packedTarget:
		p.setPackedHandle(h)
	default:
		panic(fmt.Sprintf("gdpure: setHandle of %T", p))
	}
}

// assignAt replaces the engine value at dst (C memory holding an initialized value of x's type: a
// call's result slot) with a new reference to x (an engine-owned value: Array[E], Dictionary,
// Packed[E], PackedStrings, Callable, Signal). Plumbing for package godot.
func assignAt(dst uintptr, x any) {
	t, ok := variantTypeOf(reflect.TypeOf(x))
	if !ok {
		panic(fmt.Sprintf("gdpure: AssignAt of %T", x))
	}
	destroyAt(t, gdi.TypePtr(dst))
	if o, ok := x.(interface{ cptr() gdi.ConstTypePtr }); ok {
		if h := handleOf(x); h.handle != nil || (t != TypeArray && t != TypeDictionary) {
			copyConstruct(t, gdi.UninitializedTypePtr(dst), uintptr(o.cptr()))
			runtime.KeepAlive(o)
			return
		}
	}
	if av, ok := x.(arrayValue); ok { // a zero Array[T]: a new empty one, typed as T
		empty := av.newEmpty()
		copyConstruct(TypeArray, gdi.UninitializedTypePtr(dst), empty.addr)
		empty.destroy()
		return
	}
	if dv, ok := x.(typedDictionaryValue); ok { // a zero TypedDictionary: a new empty, typed one
		empty := dv.newEmpty()
		copyConstruct(TypeDictionary, gdi.UninitializedTypePtr(dst), empty.addr)
		empty.destroy()
		return
	}
	constructDefault(t, dst) // a zero Dictionary: a new empty one of the engine's own
}

// handleOf returns the handle of an engine-owned Go value (nil for a zero one).
func handleOf(x any) ref {
	switch v := x.(type) {
	case Dictionary:
		return v.h
	case Callable:
		return v.h
	case Signal:
		return v.h
	case PackedStrings:
		return v.h
	case arrayValue:
		return v.handle()
	case typedDictionaryValue:
		return v.handle()
	case packedValue:
		return v.handle()
	}
	return ref{}
}
