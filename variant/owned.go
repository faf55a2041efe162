package variant

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/gdpure/gdpure/gdextension"
	"github.com/gdpure/gdpure/internal/gdi"
)

// Ownership of engine-owned values (String, StringName, NodePath, Variant, …).
//
// Each Go value of such a type points at a handle, and the handle at C memory (an OwnerValue
// buffer) that holds the engine's value. Copies of the Go value share the handle. The engine value
// is destroyed exactly once, by whichever comes first:
//   - Destroy, for deterministic release (using the value afterwards panics with a clear message);
//   - the handle's cleanup, when no Go value refers to it any more (runtime.AddCleanup);
//   - the engine's shutdown (main-loop shutdown callback), for values still alive then.
// A registry of live C addresses — holding no Go pointer, so it keeps nothing alive — makes the
// three paths agree on exactly once. The engine only ever sees the C address, during a call.
// Zero values are valid and empty ("" for strings, Nil for Variant).

type handle struct {
	addr     uintptr // C memory holding the engine value
	typ      Type
	released atomic.Bool
}

var values struct {
	mu     sync.Mutex
	live   map[uintptr]Type
	closed bool
}

// destructors per type, resolved at core initialization.
var destructors [gdi.VariantTypeVariantMax]gdi.PtrDestructor

// variantTypeForDestroy marks a handle holding a whole Variant rather than a typed value.
const variantTypeForDestroy = gdi.VariantTypeVariantMax

func init() {
	gdextension.OnInit(gdextension.LevelCore, func() {
		for t := gdi.VariantType(1); t < gdi.VariantTypeVariantMax; t++ {
			destructors[t] = gdi.VariantGetPtrDestructor(t)
		}
		values.mu.Lock()
		values.closed = false
		values.mu.Unlock()
	})
	// Released when the engine begins to shut down, while it is still fully initialized: values
	// can refer to things (a GDScript lambda, an object) that are gone by the time the extension
	// is deinitialized. The core deinitialization catches anything made after that.
	gdextension.OnShutdown(releaseAll)
	gdextension.OnDeinit(gdextension.LevelCore, releaseAll)
}

// newHandle allocates C memory for one engine value of type t and size bytes and arranges its
// release. The caller constructs the engine value at h.addr before anyone can see h.
func newHandle(t Type, size uintptr) *handle {
	values.mu.Lock()
	if values.closed {
		values.mu.Unlock()
		panic("gdpure: engine value created after the engine began to shut down")
	}
	addr := gdextension.NewBuffer(gdextension.OwnerValue, size)
	if values.live == nil {
		values.live = map[uintptr]Type{}
	}
	values.live[addr] = t
	values.mu.Unlock()
	h := &handle{addr: addr, typ: t}
	runtime.AddCleanup(h, release, addr)
	return h
}

// release destroys the engine value at addr and frees its memory, once.
func release(addr uintptr) {
	values.mu.Lock()
	t, ok := values.live[addr]
	if ok {
		delete(values.live, addr)
	}
	values.mu.Unlock()
	if !ok {
		return
	}
	destroy(t, addr)
	gdextension.FreeBuffer(addr)
}

func destroy(t Type, addr uintptr) {
	if t == variantTypeForDestroy {
		gdi.VariantDestroy(gdi.VariantPtr(addr))
	} else if d := destructors[t]; d != 0 {
		d.Call(gdi.TypePtr(addr))
	}
}

// releaseAll destroys every value still alive when the extension is deinitialized.
func releaseAll() {
	values.mu.Lock()
	live := values.live
	values.live = nil
	values.closed = true
	values.mu.Unlock()
	for addr, t := range live {
		destroy(t, addr)
		gdextension.FreeBuffer(addr)
	}
}

// LiveValues returns the number of engine values owned by Go values right now.
func LiveValues() int {
	values.mu.Lock()
	defer values.mu.Unlock()
	return len(values.live)
}

// ptr returns the C address of the value for an engine call; the caller keeps h alive until the
// call returns (runtime.KeepAlive).
func (h *handle) ptr(what string) uintptr {
	if h.released.Load() {
		panic(fmt.Sprintf("gdpure: %s used after Destroy", what))
	}
	return h.addr
}

func (h *handle) destroy() {
	if h != nil && h.released.CompareAndSwap(false, true) {
		release(h.addr)
	}
}

// emptyValue is 24 zero bytes of permanent C memory: a valid empty String, StringName or NodePath,
// and a Nil Variant, for zero Go values. The engine only reads it.
var emptyValue uintptr

func emptyAddr() uintptr {
	if emptyValue == 0 {
		emptyValue = gdextension.Permanent.Alloc(Size)
	}
	return emptyValue
}

func init() {
	gdextension.OnInit(gdextension.LevelCore, func() { emptyAddr() })
}

func errZero(typ, ctor string) error {
	return fmt.Errorf("gdpure: a zero %s is read-only; make one with %s", typ, ctor)
}
