//go:build ((linux && (amd64 || (arm64 && cgo))) || (windows && amd64 && cgo)) && !gdpure_purego

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

// VariantWords are the three 8-byte words of a Variant whose value needs no memory of its own (a
// Nil, bool, int or float: the type in the first word, the value in the second): such a Variant
// may be copied as words and needs no destructor.
type VariantWords [3]uint64

// variantCallFrame is the argument block of variantCallTrampoline (wordcall_amd64.s,
// wordcall_arm64.s), on the goroutine stack like ccallFrame.
type variantCallFrame struct {
	fn, base uintptr
	v        VariantWords
	direct   uintptr
	ret      uint64
}

// variantCallTrampolineABI0 is the address of variantCallTrampoline, a C-ABI function.
var variantCallTrampolineABI0 uintptr

// CallWithVariantWords calls the builtin method f on base with one argument, the Variant v, and a
// result of at most one 8-byte word (a bool, an int, or none), which it returns. The Variant, the
// argument array and the zeroed result word are on the C stack for the duration of the call, so no
// call frame is taken and nothing is allocated. v must be a Variant that needs no destructor (see
// VariantWords): the method gets a copy of it that nothing destroys.
func (f PtrBuiltInMethod) CallWithVariantWords(base TypePtr, v VariantWords) uint64 {
	return variantCall(uintptr(f), uintptr(base), v, 0)
}

// DictionaryOperatorIndexWords is DictionaryOperatorIndex with the key given as the words of a
// Variant that needs no destructor, put on the C stack for the call (see CallWithVariantWords).
// (The call passes the function a third argument, 1, which it ignores.)
func DictionaryOperatorIndexWords(self TypePtr, key VariantWords) VariantPtr {
	return VariantPtr(variantCall(fns.dictionaryOperatorIndex, uintptr(self), key, 1))
}

// DictionaryOperatorIndexConstWords is DictionaryOperatorIndexConst with the key given as the
// words of a Variant that needs no destructor (see DictionaryOperatorIndexWords).
func DictionaryOperatorIndexConstWords(self ConstTypePtr, key VariantWords) VariantPtr {
	return VariantPtr(variantCall(fns.dictionaryOperatorIndexConst, uintptr(self), key, 1))
}

// TextWords is the most text StringNameNewWithUtf8Words and StringNewWithUtf8Words take: the
// bytes of a VariantWords.
const TextWords = 24

// StringNameNewWithUtf8Words is StringNameNewWithUtf8CharsAndLen with the text, n bytes (1 to
// TextWords) of UTF-8, given in the words text and put on the C stack for the call: no call frame
// is taken and nothing is allocated. The engine copies the text.
func StringNameNewWithUtf8Words(dst UninitializedStringNamePtr, text VariantWords, n int) {
	if n < 1 || n > TextWords {
		panic("gdi: StringNameNewWithUtf8Words takes 1 to 24 bytes")
	}
	variantCall(fns.stringNameNewWithUtf8CharsAndLen, uintptr(dst), text, uintptr(n))
}

// StringNewWithUtf8Words is StringNewWithUtf8CharsAndLen2 with the text given as in
// StringNameNewWithUtf8Words.
func StringNewWithUtf8Words(dst UninitializedStringPtr, text VariantWords, n int) Int {
	if n < 1 || n > TextWords {
		panic("gdi: StringNewWithUtf8Words takes 1 to 24 bytes")
	}
	return Int(variantCall(fns.stringNewWithUtf8CharsAndLen2, uintptr(dst), text, uintptr(n)))
}

// variantCall calls fn with base and the Variant v on the C stack: with direct 0 as a builtin
// method, fn(base, argv, &ret, 1) where argv points at the Variant, returning the word at ret;
// with direct non-zero as fn(base, &v, direct), returning fn's result (a function of two
// arguments ignores the third). It allocates nothing.
func variantCall(fn, base uintptr, v VariantWords, direct uintptr) uint64 {
	if GCStress {
		StressHook(true)
	}
	f := variantCallFrame{fn: fn, base: base, v: v, direct: direct}
	runtime_cgocall(variantCallTrampolineABI0, unsafe.Pointer(&f))
	return f.ret
}
