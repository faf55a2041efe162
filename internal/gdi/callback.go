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

// GCStress, when set, runs a full garbage collection at every entry from the engine and before
// every return to it, so memory the engine can still see but Go no longer keeps alive is freed as
// early as possible (GDPURE_GCSTRESS=1).
var GCStress bool

// EnterHook and LeaveHook, when set, run at every entry from the engine and before every return
// to it. They are for instrumentation (tests count entries); nil costs one branch.
var EnterHook, LeaveHook func()

// enterCallback runs one callback: hooks, dispatch, panic recovery.
func enterCallback(f *callbackFrame) {
	if GCStress {
		runtime.GC()
	}
	defer leaveCallback(f)
	dispatchCallback(f)
}

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
		runtime.GC()
	}
}

func noHandler(kind uintptr) {
	name := "unknown"
	if kind < callbackTypeCount {
		name = callbackTypeNames[kind]
	}
	panic("gdpure: the engine called a " + name + " but no Go handler is installed for it")
}
