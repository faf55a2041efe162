package variant

import (
	"fmt"
	"math"
	"unsafe"

	"github.com/gdpure/gdpure/gdextension"
	"github.com/gdpure/gdpure/internal/gdi"
)

// Helpers of the generated builtin methods (zbuiltin_methods.go). Every argument and result lives
// in the call's frame; engine-owned arguments pass the address of the Go value's own engine data,
// kept alive across the call.

func allocArgs(f *gdextension.Frame, n int) uintptr {
	if n < 1 {
		n = 1
	}
	return f.Alloc(uintptr(n) * 8)
}

func setArg(argv uintptr, i int, p uintptr) { *(*uintptr)(gdi.CPtr(argv + uintptr(i)*8)) = p }

func argInt(f *gdextension.Frame, x int64) uintptr {
	p := f.Alloc(8)
	*(*int64)(gdi.CPtr(p)) = x
	return p
}

func argFloat(f *gdextension.Frame, x float64) uintptr {
	p := f.Alloc(8)
	*(*uint64)(gdi.CPtr(p)) = math.Float64bits(x)
	return p
}

func argBool(f *gdextension.Frame, x bool) uintptr {
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
func argValue(f *gdextension.Frame, x unsafe.Pointer, size uintptr) uintptr {
	p := f.Alloc(size)
	copy(unsafe.Slice((*byte)(gdi.CPtr(p)), size), unsafe.Slice((*byte)(x), size))
	return p
}

func argString(f *gdextension.Frame, s string) uintptr {
	p := f.Alloc(8)
	NewStringAt(gdi.UninitializedStringPtr(p), s)
	return p
}

func argStringName(f *gdextension.Frame, s string) uintptr {
	p := f.Alloc(8)
	convertThroughString(stringNameFromString, p, s)
	return p
}

func destroyStringName(p uintptr) { destructors[gdi.VariantTypeStringName].Call(gdi.TypePtr(p)) }

// argVariant writes x as a Variant into the frame; a Go value that cannot become a Variant is a
// programming error and panics with the conversion's message.
func argVariant(f *gdextension.Frame, x any) uintptr {
	v, err := From(x)
	if err != nil {
		panic(fmt.Sprintf("gdpure: builtin method argument: %v", err))
	}
	defer v.Destroy()
	p := f.Alloc(Size)
	v.WriteTo(gdi.UninitializedVariantPtr(p))
	return p
}

func argHandle(h *handle, t Type) uintptr { return ptrOf(h, t) }

func retString(ret uintptr) string {
	s := StringAt(gdi.ConstStringPtr(ret))
	DestroyString(gdi.StringPtr(ret))
	return s
}

func retStringName(ret uintptr) string {
	s := stringFrom(stringFromStringName, ret)
	destroyStringName(ret)
	return s
}

func retVariant(ret uintptr) Variant {
	v := CopyVariant(gdi.ConstVariantPtr(ret))
	gdi.VariantDestroy(gdi.VariantPtr(ret))
	return v
}

// constructDefault constructs an empty value of type t in the frame slot ret, for the engine to
// assign its result to.
func constructDefault(t Type, ret uintptr) {
	gdi.VariantGetPtrConstructor(t, 0).Call(gdi.UninitializedTypePtr(ret), 0)
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
	case packedTarget:
		p.setPackedHandle(h)
	default:
		panic(fmt.Sprintf("gdpure: retOwned of %T", out))
	}
	return out
}

// Adopt takes over the engine value of Variant type t that the engine wrote to the C memory at p
// (a call's result slot): it moves it into a new Go value of type T (NodePath, Callable,
// Dictionary, Signal, PackedStrings, Array[E], Packed[E], or Variant with t = the Variant marker of
// AdoptVariant), which owns it from now on. The slot must not be destroyed afterwards. Plumbing
// for package godot.
func Adopt[T any](p uintptr, t Type) T { return retOwned[T](p, t) }

// AdoptVariant takes over the Variant the engine wrote to the C memory at p (see Adopt).
func AdoptVariant(p uintptr) Variant { return retOwned[Variant](p, variantTypeForDestroy) }

// moveToHandle moves the engine value in the frame slot ret into a new handle.
func moveToHandle(ret uintptr, t Type) *handle {
	h := newHandle(t, Size)
	copyC(h.addr, ret, Size)
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
