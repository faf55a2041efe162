//go:build ((linux && (amd64 || (arm64 && cgo))) || (windows && amd64 && cgo)) && !gdpure_purego

package gdi

import (
	"unsafe"
)

// CallPath names the call path this build uses.
const CallPath = "asm"

// ccallFrame is the argument block of ccallTrampoline. It lives on the goroutine stack; the
// trampoline reads it before the call and finds it again after the call by its depth below the
// goroutine's stack top, so a callback that moves the stack does not make the result land in
// freed memory.
type ccallFrame struct {
	fn                         uintptr
	a1, a2, a3, a4, a5, a6, a7 uintptr
	ret                        uintptr
}

// ccallTrampolineABI0 is the address of ccallTrampoline (ccall_amd64.s, ccall_arm64.s), a C-ABI function.
var ccallTrampolineABI0 uintptr

// runtime_cgocall switches to the system stack, tells the scheduler the goroutine is in foreign
// code, and calls fn(arg) with the C ABI (runtime/cgocall.go; purego uses the same entry).
//
//go:linkname runtime_cgocall runtime.cgocall
//go:noescape
func runtime_cgocall(fn uintptr, arg unsafe.Pointer) int32

// ccall calls the C function fn with up to seven integer arguments and returns its integer
// result. It allocates nothing.
func ccall(fn, a1, a2, a3, a4, a5, a6, a7 uintptr) uintptr {
	if GCStress {
		StressHook(true)
	}
	f := ccallFrame{fn: fn, a1: a1, a2: a2, a3: a3, a4: a4, a5: a5, a6: a6, a7: a7}
	runtime_cgocall(ccallTrampolineABI0, unsafe.Pointer(&f))
	return f.ret
}

// callbackEntries holds the address of every callback type's trampoline (zcallbacks_amd64.s,
// zcallbacks_arm64.s).
var callbackEntries [callbackTypeCount]uintptr

func callbackEntry(kind int) uintptr { return callbackEntries[kind] }

// callbackDispatchFunc is the Go function the callback trampolines enter through crosscall2. A
// func value's first word is the ABIInternal entry address that cgocallback expects.
//
//lint:ignore U1000 read by the trampolines in ccall_amd64.s and ccall_arm64.s
var callbackDispatchFunc = callbackDispatch

func callbackDispatch(f *callbackFrame) { enterCallback(f) }
