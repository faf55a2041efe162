package gdi

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
)

// callbackFrame is what a callback trampoline hands to Go: the callback type, its integer
// arguments and room for its result. It lives on the calling thread's C stack (or, on the purego
// path, the Go stack of the adapter), for the duration of the callback only.
type callbackFrame struct {
	kind uintptr
	args [maxCallbackArgs]uintptr
	ret  uintptr
}

const maxCallbackArgs = 6

// PanicHook receives every panic recovered at an entry from the engine: the callback type's C name,
// the panic value and the goroutine stack. Package gdextension installs one that reports through
// the engine's error printing. Until then panics are written to standard error.
var PanicHook = func(callbackType string, value any, stack []byte) {
	fmt.Fprintf(os.Stderr, "gdpure: panic in %s: %v\n%s\n", callbackType, value, stack)
}

// GCStress is on under GDPURE_GCSTRESS=1: StressHook (package gdextension's full collection, wait
// for cleanups and main-thread queue) then runs at every entry from the engine, before every
// return to it and before every call into it, so memory the engine can still see but Go no longer
// keeps alive is released at the first boundary.
var GCStress bool

// StressHook is the GC-stress work; it runs only when GCStress is set. atCall says the boundary is
// a call into the engine (else an entry from it or a return to it).
var StressHook = func(atCall bool) { runtime.GC() }

// enterCallback runs one callback: GC stress, dispatch, panic recovery.
//
//lint:ignore U1000 the purego build's callbacks (zcallbacks_purego.go) enter here
func enterCallback(f *callbackFrame) {
	if GCStress {
		StressHook(false)
	}
	defer leaveCallback(f)
	dispatchCallback(f)
}

//lint:ignore U1000 see enterCallback
func leaveCallback(f *callbackFrame) {
	if r := recover(); r != nil {
		f.ret = 0
		kind := int(f.kind)
		name := "an unknown callback type"
		if kind < callbackTypeCount {
			name = callbackTypeNames[kind]
			if slot := callbackErrorSlots[kind]; slot >= 0 && f.args[slot] != 0 {
				// The engine's GDExtensionCallError, C memory it owns for the call.
				e := (*CallError)(CPtr(f.args[slot]))
				e.Error = CallErrorInvalidMethod
			}
		}
		PanicHook(name, r, debug.Stack())
	}
	if GCStress {
		StressHook(false)
	}
}

func noHandler(kind uintptr) {
	name := "unknown"
	if kind < callbackTypeCount {
		name = callbackTypeNames[kind]
	}
	panic("gdpure: the engine called a " + name + " but no Go handler is installed for it")
}
