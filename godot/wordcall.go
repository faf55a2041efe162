package godot

import (
	"math"
	"runtime"
	"unsafe"

	"github.com/gdpure/gdpure/internal/gdi"
)

// Word calls: the generated methods whose arguments (at most four) and result are each one 8-byte
// word — integers, enums, floats, bools, Vector2, Vector2i, RID, an object result — skip the call
// frame. On the asm path the words go to the engine on the C stack of the call itself
// (gdi.ObjectMethodBindPtrcallWords): no frame to claim and release, nothing allocated, nothing
// that outlives the call. Elsewhere wordCall builds the same call in a frame.

// wordCall makes the ptrcall bind on o with n argument words (w0… beyond n are ignored) and
// returns the result word (0 for a method without result). It panics with ErrNullObject or a
// *FreedError when o is null or freed, as every method call does.
func (o Object) wordCall(bind, n int, w0, w1, w2, w3 uint64) uint64 {
	self := o.ptr()
	if gdi.WordPtrcalls {
		r := gdi.ObjectMethodBindPtrcallWords(methodBind(bind), gdi.ObjectPtr(self), w0, w1, w2, w3)
		runtime.KeepAlive(o.h) // the object (a RefCounted's last reference, say) lives through the call
		return r
	}
	var c call
	c.self = self
	c.hold(o.h)
	c.start(n)
	words := [4]uint64{w0, w1, w2, w3}
	for i := range n {
		c.int(i, int64(words[i]))
	}
	r := *(*uint64)(gdi.CPtr(c.ret(bind, 8)))
	c.end()
	return r
}

func boolWord(x bool) uint64 {
	if x {
		return 1
	}
	return 0
}

func floatWord(x float64) uint64 { return math.Float64bits(x) }

// valueWord returns the bytes of a math value of at most 8 bytes (Vector2, Vector2i, RID) as a
// word.
func valueWord[T any](x T) uint64 {
	if unsafe.Sizeof(x) > 8 {
		panic("godot: valueWord of a value over 8 bytes")
	}
	var w uint64
	*(*T)(unsafe.Pointer(&w)) = x
	return w
}

// wordBool reads a bool result: the engine writes one byte.
func wordBool(r uint64) bool { return uint8(r) != 0 }

func wordFloat(r uint64) float64 { return math.Float64frombits(r) }

// wordValue reads a math value result of at most 8 bytes.
func wordValue[T any](r uint64) T {
	var x T
	if unsafe.Sizeof(x) > 8 {
		panic("godot: wordValue of a value over 8 bytes")
	}
	return *(*T)(unsafe.Pointer(&r))
}

// wordObject reads an object result (the object pointer); owned is true for a RefCounted class,
// whose result carries a reference (as retObject).
func wordObject(r uint64, owned bool) *handle { return wrap(uintptr(r), owned) }
