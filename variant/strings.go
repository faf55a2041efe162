package variant

import (
	"runtime"
	"unsafe"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
)

// String is the engine's String: UTF-32 text owned by the engine. The zero String is empty. See
// owned.go for how its engine data is released.
type String struct{ h ref }

// StringName is the engine's interned string. The zero StringName is empty.
type StringName struct{ h ref }

// NodePath is the engine's node path. The zero NodePath is empty.
type NodePath struct{ h ref }

// NewString makes an engine String from UTF-8 text. Invalid UTF-8 is decoded by the engine, which
// replaces each invalid sequence (a stray byte or a truncated multi-byte sequence) with one U+FFFD.
// The engine's String is NUL-terminated: text ends at its first NUL byte.
func NewString(s string) String {
	h := newHandle(TypeString, 8)
	newStringAt(gdi.UninitializedStringPtr(h.addr), s)
	return String{h}
}

// String returns the text as Go UTF-8.
func (s String) String() string {
	out := stringAt(gdi.ConstStringPtr(ptrOf(s.h, TypeString)))
	runtime.KeepAlive(s.h)
	return out
}

// Len returns the length in characters (Unicode code points), as the engine's length().
func (s String) Len() int {
	n := gdi.StringToUtf32Chars(gdi.ConstStringPtr(ptrOf(s.h, TypeString)), 0, 0)
	runtime.KeepAlive(s.h)
	return int(n)
}

// Destroy releases the engine data now; the String must not be used afterwards.
func (s String) Destroy() { s.h.destroy() }

// cptr returns the C address of the engine value, valid until the String is destroyed or
// unreachable: callers making engine calls keep s alive until the call returns.
func (s String) cptr() gdi.ConstStringPtr {
	return gdi.ConstStringPtr(ptrOf(s.h, TypeString))
}

var (
	stringFromStringName, nodePathFromString, stringFromNodePath gdi.PtrConstructor
)

func init() {
	engine.OnInit(engine.LevelCore, func() {
		stringFromStringName = gdi.VariantGetPtrConstructor(gdi.VariantType(TypeString), 2)
		stringFromNodePath = gdi.VariantGetPtrConstructor(gdi.VariantType(TypeString), 3)
		nodePathFromString = gdi.VariantGetPtrConstructor(gdi.VariantType(TypeNodePath), 2)
	})
}

// convertThroughString builds a value of type t at dst from a temporary engine String holding s.
func convertThroughString(ctor gdi.PtrConstructor, dst uintptr, s string) {
	f := engine.AcquireFrame()
	defer f.Release()
	tmp := f.Alloc(8)
	newStringAt(gdi.UninitializedStringPtr(tmp), s)
	args := f.Alloc(8)
	*(*uintptr)(gdi.CPtr(args)) = tmp
	ctor.Call(gdi.UninitializedTypePtr(dst), args)
	destroyString(gdi.StringPtr(tmp))
}

// stringFrom reads a value at src as Go text through a temporary engine String.
func stringFrom(ctor gdi.PtrConstructor, src uintptr) string {
	f := engine.AcquireFrame()
	defer f.Release()
	tmp := f.Alloc(8)
	args := f.Alloc(8)
	*(*uintptr)(gdi.CPtr(args)) = src
	ctor.Call(gdi.UninitializedTypePtr(tmp), args)
	out := stringAt(gdi.ConstStringPtr(tmp))
	destroyString(gdi.StringPtr(tmp))
	return out
}

// NewStringName makes an engine StringName from UTF-8 text.
func NewStringName(s string) StringName {
	h := newHandle(TypeStringName, 8)
	newStringNameAt(gdi.UninitializedStringNamePtr(h.addr), s)
	return StringName{h}
}

// String returns the name as Go UTF-8.
func (n StringName) String() string {
	out := stringFrom(stringFromStringName, ptrOf(n.h, TypeStringName))
	runtime.KeepAlive(n.h)
	return out
}

// Destroy releases the engine data now; the StringName must not be used afterwards.
func (n StringName) Destroy() { n.h.destroy() }

// cptr returns the C address of the engine value (see String.cptr).
func (n StringName) cptr() gdi.ConstStringNamePtr {
	return gdi.ConstStringNamePtr(ptrOf(n.h, TypeStringName))
}

// NewNodePath makes an engine NodePath from its text form ("../Player:position").
func NewNodePath(s string) NodePath {
	h := newHandle(TypeNodePath, 8)
	convertThroughString(nodePathFromString, h.addr, s)
	return NodePath{h}
}

// String returns the path's text form.
func (p NodePath) String() string {
	out := stringFrom(stringFromNodePath, ptrOf(p.h, TypeNodePath))
	runtime.KeepAlive(p.h)
	return out
}

// Destroy releases the engine data now; the NodePath must not be used afterwards.
func (p NodePath) Destroy() { p.h.destroy() }

// Plumbing for package godot, which calls the engine with arguments and results in C memory.

// stringNameAt returns the text of the engine StringName at p (C memory, e.g. a call's result slot).
func stringNameAt(p gdi.ConstStringNamePtr) string {
	return stringFrom(stringFromStringName, uintptr(p))
}

// nodePathAt returns the text form of the engine NodePath at p (C memory).
func nodePathAt(p gdi.ConstTypePtr) string { return stringFrom(stringFromNodePath, uintptr(p)) }

// newStringNameAt constructs an engine StringName holding s (UTF-8) at dst (C memory).
func newStringNameAt(dst gdi.UninitializedStringNamePtr, s string) {
	if gdi.WordPtrcalls && len(s) > 0 && len(s) <= gdi.TextWords {
		// A short text goes to the engine on the C stack of the call: no frame.
		gdi.StringNameNewWithUtf8Words(dst, textWords(s), len(s))
		return
	}
	f := engine.AcquireFrame()
	defer f.Release()
	buf := f.Alloc(uintptr(len(s)) + 1)
	copy(unsafe.Slice((*byte)(gdi.CPtr(buf)), len(s)), s)
	gdi.StringNameNewWithUtf8CharsAndLen(dst, buf, gdi.Int(len(s)))
}

// newNodePathAt constructs an engine NodePath from its text form at dst (C memory).
func newNodePathAt(dst gdi.UninitializedTypePtr, s string) {
	convertThroughString(nodePathFromString, uintptr(dst), s)
}
