package godot

import (
	"math"
	"runtime"
	"unsafe"

	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/variantplumb"
	"github.com/gdpure/gdpure/variant"
)

// Virtual methods implemented in Go: reading the engine's ptrcall arguments (args is an array of
// pointers to the argument values, C memory the engine owns for the call) and writing results to
// the engine's result slot (an initialized value of the result type). Used by the generated
// adapters of zvirtuals.go.

func argAt(args uintptr, i int) uintptr { return *(*uintptr)(gdi.CPtr(args + uintptr(i)*8)) }

func vInt(args uintptr, i int) int64 { return *(*int64)(gdi.CPtr(argAt(args, i))) }
func vFloat(args uintptr, i int) float64 {
	return math.Float64frombits(*(*uint64)(gdi.CPtr(argAt(args, i))))
}
func vBool(args uintptr, i int) bool { return *(*uint8)(gdi.CPtr(argAt(args, i))) != 0 }
func vString(args uintptr, i int) string {
	return variantplumb.StringAt(gdi.ConstStringPtr(argAt(args, i)))
}
func vStringName(args uintptr, i int) string {
	return variantplumb.StringNameAt(gdi.ConstStringNamePtr(argAt(args, i)))
}
func vNodePath(args uintptr, i int) string {
	return variantplumb.NodePathAt(gdi.ConstTypePtr(argAt(args, i)))
}
func vVariant(args uintptr, i int) variant.Variant {
	return variantplumb.CopyVariant(gdi.ConstVariantPtr(argAt(args, i)))
}
func vValue[T any](args uintptr, i int) T { return *(*T)(gdi.CPtr(argAt(args, i))) }

// vObject reads an object argument (a pointer to the object pointer; for a Ref<T> argument, the
// Ref, whose only member is that pointer). Go takes a reference of its own to a RefCounted one.
func vObject(args uintptr, i int) *handle { return wrap(*(*uintptr)(gdi.CPtr(argAt(args, i))), false) }

// vOwned reads an engine-owned argument (Array, Dictionary, packed array, Callable, Signal) as a
// new reference of Go's own.
func vOwned[T any](args uintptr, i int) T { return variantplumb.CopyAt[T](argAt(args, i)) }

func wInt(ret uintptr, x int64)     { *(*int64)(gdi.CPtr(ret)) = x }
func wFloat(ret uintptr, x float64) { *(*uint64)(gdi.CPtr(ret)) = math.Float64bits(x) }
func wBool(ret uintptr, x bool) {
	var b uint8
	if x {
		b = 1
	}
	*(*uint8)(gdi.CPtr(ret)) = b
}

func wString(ret uintptr, s string) {
	variantplumb.DestroyString(gdi.StringPtr(ret))
	variantplumb.NewStringAt(gdi.UninitializedStringPtr(ret), s)
}

func wStringName(ret uintptr, s string) {
	dtors.stringName.Call(gdi.TypePtr(ret))
	variantplumb.NewStringNameAt(gdi.UninitializedStringNamePtr(ret), s)
}

//lint:ignore U1000 for generated adapters of virtuals with a NodePath result
func wNodePath(ret uintptr, s string) {
	dtors.nodePath.Call(gdi.TypePtr(ret))
	variantplumb.NewNodePathAt(gdi.UninitializedTypePtr(ret), s)
}

func wVariant(ret uintptr, v variant.Variant) {
	gdi.VariantDestroy(gdi.VariantPtr(ret))
	variantplumb.WriteVariant(v, gdi.UninitializedVariantPtr(ret))
	v.Destroy()
}

// wValue writes a math value.
func wValue[T any](ret uintptr, x T) { copyOut(ret, unsafe.Pointer(&x), unsafe.Sizeof(x)) }

// copyOut copies n bytes of Go memory at x into C memory at dst. Not inlined: inlined with a
// constant size, copy() between C and Go memory crashes Go 1.26's compiler.
//
//go:noinline
func copyOut(dst uintptr, x unsafe.Pointer, n uintptr) {
	copy(unsafe.Slice((*byte)(gdi.CPtr(dst)), n), unsafe.Slice((*byte)(x), n))
}

// wObject writes an object result: into a Ref<T> slot (the engine takes its own reference) for a
// RefCounted class, else the pointer.
func wObject(ret uintptr, o Object, refCounted bool) {
	var p uintptr
	if o.h != nil {
		p = o.ptr()
	}
	if refCounted {
		gdi.RefSetObject(gdi.RefPtr(ret), gdi.ObjectPtr(p))
	} else {
		*(*uintptr)(gdi.CPtr(ret)) = p
	}
	runtime.KeepAlive(o.h)
}

func wOwned(ret uintptr, x any) { variantplumb.AssignAt(ret, x) }
