package engine

import (
	"runtime"
	"sync/atomic"
	"testing"
	"time"
	"unsafe"

	"github.com/stretchr/testify/assert"

	"github.com/gdpure/gdpure/internal/gdi"
)

// The seed's bug, in pure Go: an object whose only reference is an address stored in C memory is
// collected while C still holds that address. Go's collector does not scan C memory, so nothing
// keeps the object alive; its cleanup runs. This is why the engine must never be handed Go memory.
func TestGoObjectReferencedOnlyFromCMemoryIsCollected(t *testing.T) {
	o := NewOwner(OwnerLibrary)
	defer o.Release()
	slot := o.Alloc(8)
	var cleaned atomic.Bool
	func() {
		obj := &struct{ payload [64]byte }{}
		obj.payload[0] = 42
		runtime.AddCleanup(obj, func(*atomic.Bool) { cleaned.Store(true) }, &cleaned)
		// "Hand it to C": the only remaining reference is a uintptr in C memory.
		*(*uintptr)(gdi.CPtr(slot)) = uintptr(unsafe.Pointer(obj))
	}()
	deadline := time.Now().Add(5 * time.Second)
	for !cleaned.Load() && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	assert.True(t, cleaned.Load(), "the object was collected although C memory still holds its address %#x", *(*uintptr)(gdi.CPtr(slot)))
}

// The same shape through owners: a struct buffer pointing at another buffer stays valid across
// forced collections, because both are C memory held by their owner until Release.
func TestOwnedBuffersSurviveCollection(t *testing.T) {
	o := NewOwner(OwnerRegistration)
	defer o.Release()
	outer := o.Alloc(unsafe.Sizeof(gdi.PropertyInfo{}))
	inner := o.CString("still here")
	(*gdi.PropertyInfo)(gdi.CPtr(outer)).Name = gdi.StringNamePtr(inner)
	for i := 0; i < 5; i++ {
		runtime.GC()
	}
	p := uintptr((*gdi.PropertyInfo)(gdi.CPtr(outer)).Name)
	assert.Equal(t, "still here", unsafe.String((*byte)(gdi.CPtr(p)), 10))
}
