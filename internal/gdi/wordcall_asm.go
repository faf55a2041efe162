//go:build linux && (amd64 || (arm64 && cgo)) && !gdpure_purego

package gdi

import "unsafe"

// WordPtrcalls reports whether ObjectMethodBindPtrcallWords exists on this call path.
const WordPtrcalls = true

// wordCallFrame is the argument block of wordCallTrampoline (wordcall_amd64.s, wordcall_arm64.s),
// on the goroutine stack like ccallFrame.
type wordCallFrame struct {
	fn, method, obj uintptr
	w0, w1, w2, w3  uint64
	ret             uint64
}

// wordCallTrampolineABI0 is the address of wordCallTrampoline, a C-ABI function.
var wordCallTrampolineABI0 uintptr

// ObjectMethodBindPtrcallWords calls object_method_bind_ptrcall on obj for a method whose
// arguments (at most four) and result are each one 8-byte word (an int, float, bool, enum, object
// pointer or an 8-byte math value such as Vector2): the engine gets a pointer to each of w0..w3
// (it reads as many as the method takes) and a zeroed result word, and the word it left there is
// returned. The words and the pointer array are on the C stack for the duration of the call, so no
// call frame is taken and nothing is allocated.
func ObjectMethodBindPtrcallWords(method MethodBindPtr, obj ObjectPtr, w0, w1, w2, w3 uint64) uint64 {
	return wordCall(fns.objectMethodBindPtrcall, uintptr(method), uintptr(obj), w0, w1, w2, w3)
}

// wordCall calls fn(method, obj, argv, ret) with argv and ret on the C stack (see
// ObjectMethodBindPtrcallWords). It allocates nothing.
func wordCall(fn, method, obj uintptr, w0, w1, w2, w3 uint64) uint64 {
	if GCStress {
		StressHook(true)
	}
	f := wordCallFrame{fn: fn, method: method, obj: obj, w0: w0, w1: w1, w2: w2, w3: w3}
	runtime_cgocall(wordCallTrampolineABI0, unsafe.Pointer(&f))
	return f.ret
}
