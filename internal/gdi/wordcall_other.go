//go:build !((linux && (amd64 || (arm64 && cgo))) || (windows && amd64 && cgo)) || gdpure_purego

package gdi

// WordPtrcalls is false where the call path has no trampoline that puts a call's arguments on the
// C stack (purego): callers build the call in a frame instead.
const WordPtrcalls = false

// ObjectMethodBindPtrcallWords is not on this call path (WordPtrcalls is false); callers check
// the constant first, so this is never reached.
func ObjectMethodBindPtrcallWords(method MethodBindPtr, obj ObjectPtr, w0, w1, w2, w3 uint64) uint64 {
	panic("gdi: ObjectMethodBindPtrcallWords on the " + CallPath + " path")
}

// VariantWords are the three 8-byte words of a Variant that needs no destructor.
type VariantWords [3]uint64

// CallWithVariantWords is not on this call path (WordPtrcalls is false).
func (f PtrBuiltInMethod) CallWithVariantWords(base TypePtr, v VariantWords) uint64 {
	panic("gdi: CallWithVariantWords on the " + CallPath + " path")
}

// DictionaryOperatorIndexWords is not on this call path (WordPtrcalls is false).
func DictionaryOperatorIndexWords(self TypePtr, key VariantWords) VariantPtr {
	panic("gdi: DictionaryOperatorIndexWords on the " + CallPath + " path")
}

// DictionaryOperatorIndexConstWords is not on this call path (WordPtrcalls is false).
func DictionaryOperatorIndexConstWords(self ConstTypePtr, key VariantWords) VariantPtr {
	panic("gdi: DictionaryOperatorIndexConstWords on the " + CallPath + " path")
}

// TextWords is the most text the text-word functions take (never used on this path).
const TextWords = 24

// StringNameNewWithUtf8Words is not on this call path (WordPtrcalls is false).
func StringNameNewWithUtf8Words(dst UninitializedStringNamePtr, text VariantWords, n int) {
	panic("gdi: StringNameNewWithUtf8Words on the " + CallPath + " path")
}

// StringNewWithUtf8Words is not on this call path (WordPtrcalls is false).
func StringNewWithUtf8Words(dst UninitializedStringPtr, text VariantWords, n int) Int {
	panic("gdi: StringNewWithUtf8Words on the " + CallPath + " path")
}
