package engine

import (
	"sync"
	"unsafe"

	"github.com/gdpure/gdpure/internal/gdi"
)

// An Owner holds C buffers whose lifetime is one contract of the engine (see OwnerKind): it frees
// them all in Release, when that contract ends. The engine only ever sees the buffers' addresses,
// which stay valid until Release whatever Go's garbage collector does: C memory is not Go's to move
// or collect. An Owner is safe for concurrent use.
type Owner struct {
	kind OwnerKind
	mu   sync.Mutex
	head uintptr // most recent buffer; buffers are linked through their headers
}

// NewOwner returns an empty owner of the given kind.
func NewOwner(kind OwnerKind) *Owner { return &Owner{kind: kind} }

// Permanent owns buffers that live for the rest of the process (static StringName bytes).
var Permanent = NewOwner(OwnerPermanent)

// Kind returns the owner's kind.
func (o *Owner) Kind() OwnerKind { return o.kind }

// Alloc returns the address of size zeroed bytes of C memory, 8-byte aligned, valid until Release
// (or Free).
func (o *Owner) Alloc(size uintptr) uintptr {
	p := allocBuffer(o.kind, size)
	o.mu.Lock()
	(*bufHeader)(gdi.CPtr(p - headerSize)).next = o.head
	o.head = p
	o.mu.Unlock()
	return p
}

// CString copies s into C memory with a terminating NUL and returns its address.
func (o *Owner) CString(s string) uintptr {
	p := o.Alloc(uintptr(len(s)) + 1)
	copy(unsafe.Slice((*byte)(gdi.CPtr(p)), len(s)), s)
	return p
}

// Free frees one buffer of this owner before Release.
func (o *Owner) Free(p uintptr) {
	o.mu.Lock()
	prev := &o.head
	for q := o.head; q != 0; q = (*bufHeader)(gdi.CPtr(q - headerSize)).next {
		if q == p {
			*prev = (*bufHeader)(gdi.CPtr(q - headerSize)).next
			o.mu.Unlock()
			freeBuffer(p)
			return
		}
		prev = &(*bufHeader)(gdi.CPtr(q - headerSize)).next
	}
	o.mu.Unlock()
	panic("gdpure: Owner.Free of a buffer this owner does not hold")
}

// Release frees every buffer of the owner. The owner stays usable.
func (o *Owner) Release() {
	o.mu.Lock()
	p := o.head
	o.head = 0
	o.mu.Unlock()
	for p != 0 {
		next := (*bufHeader)(gdi.CPtr(p - headerSize)).next
		freeBuffer(p)
		p = next
	}
}

// Len returns the number of buffers the owner holds.
func (o *Owner) Len() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	n := 0
	for p := o.head; p != 0; p = (*bufHeader)(gdi.CPtr(p - headerSize)).next {
		n++
	}
	return n
}
