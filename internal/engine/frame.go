package engine

import (
	"sync/atomic"
	"unsafe"

	"github.com/gdpure/gdpure/internal/gdi"
)

// A Frame is C memory for one call into the engine: argument arrays, argument values, return
// slots, out-parameters. It is stack-like — Alloc bumps a pointer, Release resets it — and frames
// are pooled, so a steady stream of calls allocates nothing. Everything a Frame handed out is valid
// until Release; the caller releases the frame when the engine call has returned.
//
// Frames exist because a goroutine's stack may move during any engine call that calls back into Go:
// an argument or return slot on the stack would be written by the engine into freed memory.
type Frame struct {
	busy  atomic.Uint32
	base  uintptr // chunk of frameChunk bytes (normal mode)
	top   uintptr
	extra uintptr     // overflow and (in MemGuard mode) every buffer: linked through buffer headers
	own   bool        // not from the pool: freed on Release
	owned []ownedSlot // engine values constructed in the frame, destroyed on Release
}

// ownedSlot is an engine value in a frame and its destructor.
type ownedSlot struct {
	addr uintptr
	dtor gdi.PtrDestructor
}

// frameChunk is the bump area of a pooled frame.
const frameChunk = 4096

var framePool [64]Frame

// AcquireFrame returns an unused call frame. Release it when the call it serves has returned.
func AcquireFrame() *Frame {
	for i := range framePool {
		f := &framePool[i]
		if f.busy.Load() == 0 && f.busy.CompareAndSwap(0, 1) {
			return f
		}
	}
	f := &Frame{own: true}
	f.busy.Store(1)
	return f
}

// Alloc returns size zeroed bytes of C memory, 8-byte aligned, valid until Release.
func (f *Frame) Alloc(size uintptr) uintptr {
	size = roundUp(size, bufferAlign)
	if !MemGuard {
		if f.base == 0 {
			f.base = allocBuffer(OwnerCallFrame, frameChunk)
			f.top = f.base
		}
		if f.top+size <= f.base+frameChunk {
			p := f.top
			f.top += size
			clear(unsafe.Slice((*byte)(gdi.CPtr(p)), size))
			return p
		}
	}
	// Overflow, or MemGuard mode: a buffer of its own, freed on Release.
	p := allocBuffer(OwnerCallFrame, size)
	(*bufHeader)(gdi.CPtr(p - headerSize)).next = f.extra
	f.extra = p
	return p
}

// CString copies s with a terminating NUL into the frame.
func (f *Frame) CString(s string) uintptr {
	p := f.Alloc(uintptr(len(s)) + 1)
	copy(unsafe.Slice((*byte)(gdi.CPtr(p)), len(s)), s)
	return p
}

// StringName constructs an engine StringName holding s (UTF-8) in the frame and returns its
// address. The frame destroys it on Release: it is for names supplied at run time, which live for
// one call (StaticStringName is for names the code spells as literals).
func (f *Frame) StringName(s string) gdi.StringNamePtr {
	slot := f.Alloc(8)
	chars := f.Alloc(uintptr(len(s)) + 1)
	copy(unsafe.Slice((*byte)(gdi.CPtr(chars)), len(s)), s)
	gdi.StringNameNewWithUtf8CharsAndLen(gdi.UninitializedStringNamePtr(slot), chars, gdi.Int(len(s)))
	f.DestroyOnRelease(slot, stringNameDestructor)
	return gdi.StringNamePtr(slot)
}

// DestroyOnRelease makes Release run dtor on the engine value at addr (frame memory the caller
// constructed a value in) before the frame's memory is reused: for arguments that own engine
// data (a String, a Variant) and live for one call. Values are destroyed in reverse order.
func (f *Frame) DestroyOnRelease(addr uintptr, dtor gdi.PtrDestructor) {
	f.owned = append(f.owned, ownedSlot{addr, dtor})
}

var stringNameDestructor gdi.PtrDestructor

func resolveFrameHelpers() {
	stringNameDestructor = gdi.VariantGetPtrDestructor(gdi.VariantTypeStringName)
}

// Release ends the frame: everything it handed out is invalid from here on.
func (f *Frame) Release() {
	for i := len(f.owned) - 1; i >= 0; i-- {
		f.owned[i].dtor.Call(gdi.TypePtr(f.owned[i].addr))
		f.owned[i] = ownedSlot{}
	}
	f.owned = f.owned[:0]
	for p := f.extra; p != 0; {
		next := (*bufHeader)(gdi.CPtr(p - headerSize)).next
		freeBuffer(p)
		p = next
	}
	f.extra = 0
	f.top = f.base
	if f.own {
		if f.base != 0 {
			freeBuffer(f.base)
			f.base = 0
		}
		return
	}
	f.busy.Store(0)
}

// releaseFramePool frees the chunks of the pooled frames (at the last deinitialize).
func releaseFramePool() {
	for i := range framePool {
		f := &framePool[i]
		if f.base != 0 && f.busy.Load() == 0 {
			freeBuffer(f.base)
			f.base, f.top = 0, 0
		}
	}
}
