package variant

import (
	"fmt"
	"unsafe"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
)

// The engine's conversion functions, resolved once at core initialization.
var (
	fromType   [typeCount]gdi.VariantFromTypeConstructorFunc
	toType     [typeCount]gdi.TypeFromVariantConstructorFunc
	stringDtor gdi.PtrDestructor
)

func init() {
	engine.OnInit(engine.LevelCore, func() {
		for t := Type(1); t < typeCount; t++ {
			fromType[t] = gdi.GetVariantFromTypeConstructor(gdi.VariantType(t))
			toType[t] = gdi.GetVariantToTypeConstructor(gdi.VariantType(t))
		}
		stringDtor = gdi.VariantGetPtrDestructor(gdi.VariantType(TypeString))
		scalarLayout = checkScalarLayout()
	})
}

// scalarLayout reports whether Variants of the scalar types (Nil, bool, int, float) have the layout
// this package then reads and writes itself, without a call into the engine: the type as a 32-bit
// word at offset 0, the value at offset 8 (the engine's Variant is its Type, then an 8-byte-aligned
// union). It is checked once, at core initialization, against the engine's own constructors and
// getters; when they disagree every access goes through the engine's functions. A scalar Variant
// holds no memory, so one written here needs no destructor call.
var scalarLayout bool

func checkScalarLayout() bool {
	f := engine.AcquireFrame()
	defer f.Release()
	v := f.Alloc(gdi.VariantSize)
	word := func() uint32 { return *(*uint32)(gdi.CPtr(v)) }
	payload := func() uint64 { return *(*uint64)(gdi.CPtr(v + 8)) }
	ok := true
	check := func(t Type, x uint64) {
		clear(unsafe.Slice((*byte)(gdi.CPtr(v)), gdi.VariantSize))
		p := f.Alloc(8)
		*(*uint64)(gdi.CPtr(p)) = x
		fromType[t].Call(gdi.UninitializedVariantPtr(v), gdi.TypePtr(p))
		ok = ok && word() == uint32(t) && Type(gdi.VariantGetType(gdi.ConstVariantPtr(v))) == t && payload() == x
		back := f.Alloc(8)
		toType[t].Call(gdi.UninitializedTypePtr(back), gdi.VariantPtr(v))
		ok = ok && *(*uint64)(gdi.CPtr(back)) == x
	}
	check(TypeInt, 0x1122334455667788)
	check(TypeFloat, 0x3ff8000000000000) // 1.5
	check(TypeBool, 1)
	gdi.VariantNewNil(gdi.UninitializedVariantPtr(v))
	return ok && word() == uint32(TypeNil)
}

// isScalar reports whether a Variant of type t holds no memory (Nil, bool, int, float).
func isScalar(t Type) bool { return t <= TypeFloat }

// copyVariantTo writes a copy of the Variant at src to the uninitialized Variant slot dst; a
// scalar one is copied bytewise (see scalarLayout).
func copyVariantTo(dst gdi.UninitializedVariantPtr, src gdi.ConstVariantPtr) {
	if scalarLayout && isScalar(typeOf(src)) {
		*(*[2]uint64)(gdi.CPtr(uintptr(dst))) = *(*[2]uint64)(gdi.CPtr(uintptr(src)))
		return
	}
	gdi.VariantNewCopy(dst, src)
}

// destroyVariant destroys the Variant at v; a scalar one needs nothing (see scalarLayout).
func destroyVariant(v gdi.VariantPtr) {
	if scalarLayout && isScalar(typeOf(gdi.ConstVariantPtr(v))) {
		return
	}
	gdi.VariantDestroy(v)
}

// TypeName returns the engine's name of a Variant type ("int", "String", …): t.String().
func TypeName(t Type) string { return t.String() }

// A MismatchError says a Variant did not hold the type a conversion needed.
type MismatchError struct {
	Want, Got Type
}

func (e *MismatchError) Error() string {
	return fmt.Sprintf("gdpure: Variant holds %s, want %s", TypeName(e.Got), TypeName(e.Want))
}

// typeOf returns the type of the Variant at v (engine or C memory).
func typeOf(v gdi.ConstVariantPtr) Type {
	if scalarLayout {
		return Type(*(*uint32)(gdi.CPtr(uintptr(v))))
	}
	return Type(gdi.VariantGetType(v))
}

// In the functions below, v and dst are addresses of Variants in C memory (the engine's, or a
// engine.Frame's), valid for the duration of the call.

// toNative reads the Variant at v, which must hold type t, as its native value of type T (the
// engine's to-type constructor writes it into call-frame memory, then it is copied out).
func toNative[T any](v gdi.ConstVariantPtr, t Type) (T, error) {
	var x T
	if got := typeOf(v); got != t {
		return x, &MismatchError{t, got}
	}
	if scalarLayout && isScalar(t) {
		return *(*T)(gdi.CPtr(uintptr(v) + 8)), nil
	}
	f := engine.AcquireFrame()
	defer f.Release()
	p := f.Alloc(unsafe.Sizeof(x))
	toType[t].Call(gdi.UninitializedTypePtr(p), gdi.VariantPtr(v))
	return *(*T)(gdi.CPtr(p)), nil
}

// fromNative writes a Variant of type t holding x to the uninitialized (or Nil) slot dst.
func fromNative[T any](dst gdi.UninitializedVariantPtr, t Type, x T) {
	if scalarLayout && isScalar(t) {
		p := gdi.CPtr(uintptr(dst))
		*(*uint64)(p) = uint64(t)
		*(*uint64)(gdi.CPtr(uintptr(dst) + 8)) = 0
		*(*T)(gdi.CPtr(uintptr(dst) + 8)) = x
		return
	}
	f := engine.AcquireFrame()
	defer f.Release()
	p := f.Alloc(unsafe.Sizeof(x))
	*(*T)(gdi.CPtr(p)) = x
	fromType[t].Call(dst, gdi.TypePtr(p))
}

// toBool converts the Variant at v to a bool; it must hold a bool.
func toBool(v gdi.ConstVariantPtr) (bool, error) {
	b, err := toNative[uint8](v, TypeBool)
	return b != 0, err
}

// toInt converts the Variant at v to an int64; it must hold an int.
func toInt(v gdi.ConstVariantPtr) (int64, error) { return toNative[int64](v, TypeInt) }

// toFloat converts the Variant at v to a float64; it must hold a float or an int (ints widen, as
// in GDScript).
func toFloat(v gdi.ConstVariantPtr) (float64, error) {
	if typeOf(v) == TypeInt {
		i, err := toInt(v)
		return float64(i), err
	}
	return toNative[float64](v, TypeFloat)
}

// toString converts the Variant at v to a Go string; it must hold a String.
func toString(v gdi.ConstVariantPtr) (string, error) {
	if t := typeOf(v); t != TypeString {
		return "", &MismatchError{TypeString, t}
	}
	f := engine.AcquireFrame()
	defer f.Release()
	s := f.Alloc(8)
	toType[TypeString].Call(gdi.UninitializedTypePtr(s), gdi.VariantPtr(v))
	out := stringAt(gdi.ConstStringPtr(s))
	stringDtor.Call(gdi.TypePtr(s))
	return out, nil
}

// stringAt returns the Go string (UTF-8) of the engine String at s.
func stringAt(s gdi.ConstStringPtr) string {
	n := gdi.StringToUtf8Chars(s, 0, 0)
	if n <= 0 {
		return ""
	}
	f := engine.AcquireFrame()
	defer f.Release()
	buf := f.Alloc(uintptr(n))
	gdi.StringToUtf8Chars(s, buf, n)
	return string(unsafe.Slice((*byte)(gdi.CPtr(buf)), n))
}

// newStringAt constructs an engine String holding s at the uninitialized String slot dst.
func newStringAt(dst gdi.UninitializedStringPtr, s string) {
	if gdi.WordPtrcalls && len(s) > 0 && len(s) <= gdi.TextWords {
		// A short text goes to the engine on the C stack of the call: no frame.
		gdi.StringNewWithUtf8Words(dst, textWords(s), len(s))
		return
	}
	f := engine.AcquireFrame()
	defer f.Release()
	buf := f.Alloc(uintptr(len(s)) + 1)
	copy(unsafe.Slice((*byte)(gdi.CPtr(buf)), len(s)), s)
	gdi.StringNewWithUtf8CharsAndLen2(dst, buf, gdi.Int(len(s)))
}

// textWords returns the bytes of s (at most gdi.TextWords) in words, for the text-word calls.
func textWords(s string) (w gdi.VariantWords) {
	copy(unsafe.Slice((*byte)(unsafe.Pointer(&w)), gdi.TextWords), s)
	return w
}

// destroyString destroys the engine String at s.
func destroyString(s gdi.StringPtr) { stringDtor.Call(gdi.TypePtr(s)) }

// setNil writes a Nil Variant to the uninitialized Variant slot dst.
func setNil(dst gdi.UninitializedVariantPtr) {
	if scalarLayout {
		*(*[2]uint64)(gdi.CPtr(uintptr(dst))) = [2]uint64{}
		return
	}
	gdi.VariantNewNil(dst)
}

// setBool writes a bool Variant to the uninitialized (or Nil) Variant slot dst.
func setBool(dst gdi.UninitializedVariantPtr, x bool) {
	var b uint8
	if x {
		b = 1
	}
	fromNative(dst, TypeBool, b)
}

// setInt writes an int Variant to the uninitialized (or Nil) Variant slot dst.
func setInt(dst gdi.UninitializedVariantPtr, x int64) { fromNative(dst, TypeInt, x) }

// setFloat writes a float Variant to the uninitialized (or Nil) Variant slot dst.
func setFloat(dst gdi.UninitializedVariantPtr, x float64) { fromNative(dst, TypeFloat, x) }

// setString writes a String Variant holding s to the uninitialized (or Nil) Variant slot dst.
func setString(dst gdi.UninitializedVariantPtr, s string) {
	f := engine.AcquireFrame()
	defer f.Release()
	str := f.Alloc(8)
	newStringAt(gdi.UninitializedStringPtr(str), s)
	fromType[TypeString].Call(dst, gdi.TypePtr(str))
	stringDtor.Call(gdi.TypePtr(str))
}
