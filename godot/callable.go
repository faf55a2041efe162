package godot

import (
	"runtime"
	"sync"

	"github.com/gdpure/gdpure/internal/engine"
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
	f := engine.AcquireFrame()
	defer f.Release()
	argv := f.Alloc(16)
	objSlot := f.Alloc(8)
	*(*uintptr)(gdi.CPtr(objSlot)) = p
	*(*uintptr)(gdi.CPtr(argv)) = objSlot
	*(*uintptr)(gdi.CPtr(argv + 8)) = uintptr(f.StringName(method))
	r := f.Alloc(gdi.VariantSize)
	callableFromObjectMethod().Call(gdi.UninitializedTypePtr(r), argv)
	runtime.KeepAlive(obj.h)
	return variantplumb.Adopt[variant.Callable](r, variant.TypeCallable)
}

// callableFromObjectMethod is the engine's constructor Callable(Object, StringName), looked up on
// first use.
var callableFromObjectMethod = sync.OnceValue(func() gdi.PtrConstructor {
	return gdi.VariantGetPtrConstructor(gdi.VariantType(variant.TypeCallable), 2)
})

// staticCallableKey is the identity of a StaticCallable: callables of the same class and static
// method are equal and hash alike.
type staticCallableKey struct{ class, method string }

// StaticCallable returns a Callable that calls the static method named method of the class named
// class (an engine class, or an extension's such as a Go class's classdb.Static), through
// ClassDB.class_call_static. The engine has no standard Callable for a native static method, so it
// is a custom one, equal to and hashed like every other StaticCallable of the same class and method
// (a fresh one finds a connection made with another); its text is "Class::method", its argument
// count the method's.
func StaticCallable(class, method string) variant.Callable {
	opts := variant.CallableOptions{Text: class + "::" + method, Key: staticCallableKey{class, method}}
	if ClassDB.ClassHasMethod(class, method) {
		opts.ArgumentCount, opts.ArgumentCountKnown = ClassDB.ClassGetMethodArgumentCount(class, method), true
	}
	return variant.NewCallableWith(class+"::"+method, func(args []variant.Variant) (any, error) {
		in := make([]any, len(args))
		for i, a := range args {
			in[i] = a
		}
		return ClassDB.ClassCallStatic(class, method, in...)
	}, opts)
}
