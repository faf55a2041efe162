package godot

import (
	"runtime"

	"github.com/gdpure/gdpure/gdextension"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/variantplumb"
	"github.com/gdpure/gdpure/variant"
)

// MethodCallable returns the engine's Callable for the method named method of the object o, as
// GDScript's Callable(o, "method") and godot-cpp's callable_mp make it: a standard
// callable (no Go function behind it), equal to and hashed like every other callable of the same
// object and method, so a freshly made one finds a connection made with another
// (Object.IsConnected, Object.Disconnect). Calling it calls the method, whether the engine, a
// script or a Go class implements it. It panics with ErrNullObject or a *FreedError when o is null
// or freed.
func MethodCallable(o AnyObject, method string) variant.Callable {
	obj := objectOf(o)
	p := obj.ptr()
	f := gdextension.AcquireFrame()
	defer f.Release()
	argv := f.Alloc(16)
	objSlot := f.Alloc(8)
	*(*uintptr)(gdi.CPtr(objSlot)) = p
	*(*uintptr)(gdi.CPtr(argv)) = objSlot
	*(*uintptr)(gdi.CPtr(argv + 8)) = uintptr(f.StringName(method))
	r := f.Alloc(variant.Size)
	callableFromObjectMethod().Call(gdi.UninitializedTypePtr(r), argv)
	runtime.KeepAlive(obj.h)
	return variantplumb.Adopt[variant.Callable](r, variant.TypeCallable)
}

var callableCtor gdi.PtrConstructor

// callableFromObjectMethod is the engine's constructor Callable(Object, StringName).
func callableFromObjectMethod() gdi.PtrConstructor {
	if callableCtor == 0 {
		callableCtor = gdi.VariantGetPtrConstructor(gdi.VariantType(variant.TypeCallable), 2)
	}
	return callableCtor
}
