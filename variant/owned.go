package variant

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/probe"
)

// Ownership of engine-owned values (String, StringName, NodePath, Variant, Array, …).
//
// Each Go value of such a type points at a handle, and the handle at C memory (an OwnerValue
// buffer) that holds the engine's value. Copies of the Go value share the handle. The engine value
// is released exactly once, by whichever comes first:
//   - Destroy, for deterministic release (using the value afterwards panics with a clear message);
//   - the handle's cleanup, when no Go value refers to it any more (runtime.AddCleanup);
//   - the engine's shutdown (main-loop shutdown callback), for values still alive then; using one
//     afterwards panics with a message naming its type.
//
// The three paths agree through a slot table. Each handle owns one slot, identified by its index
// and a generation that changes every time the slot is reused; a release names the slot and the
// generation, and only the release that flips that generation from live to released does
// anything. A late release (a cleanup that was already queued, a second Destroy) therefore never
// touches a newer value, even when the engine's allocator hands the newer value the same C address.
// Destroy also stops the handle's cleanup. The table holds no Go pointer, so it keeps nothing alive.
//
// Threads. Strings, names, paths, signals and packed arrays of plain data hold no object
// references; the engine's reference counts for them are atomic, so they are released on whatever
// thread releases them (a cleanup runs on a goroutine of its own). A Variant, an Array, a
// Dictionary or a Callable can hold the last reference to an object or a script function, whose
// destructor may run code that is only safe on the main thread: those are released on the main
// thread, at once when released there, else queued for it (engine.QueueForMainThread). A
// queued value's slot is released at once (the Go value is dead either way); only the engine's
// destructor waits.

// slot is one entry of the slot table. state is gen<<1 | 1 while the value is live, gen<<1 after
// its release; data (the C address of the engine value) and typ are written before state
// publishes them.
type slot struct {
	state atomic.Uint64
	data  uintptr
	typ   Type
}

const (
	slotChunkBits = 12
	slotChunkSize = 1 << slotChunkBits
	slotChunks    = 1 << 12 // 16M values live at once
)

var slots struct {
	chunks [slotChunks]atomic.Pointer[[slotChunkSize]slot]
	mu     sync.Mutex // guards free, used
	free   []uint32
	used   uint32 // slots ever handed out; the next new index
	live   atomic.Int64
	closed atomic.Bool // the engine began to shut down and released every value then live
}

func slotAt(i uint32) *slot { return &slots.chunks[i>>slotChunkBits].Load()[i&(slotChunkSize-1)] }

// handle is the Go side of one engine value: the value's C address and its slot.
type handle struct {
	addr    uintptr
	typ     Type
	index   uint32
	gen     uint32
	cleanup runtime.Cleanup
}

// releaseKey names one generation of one slot: what a cleanup or a queued release carries.
type releaseKey uint64

func keyOf(index, gen uint32) releaseKey { return releaseKey(uint64(gen)<<32 | uint64(index)) }

// destructors per type, resolved at core initialization.
var destructors [typeCount]gdi.PtrDestructor

// variantTypeForDestroy marks a handle holding a whole Variant rather than a typed value.
const variantTypeForDestroy = typeCount

func init() {
	engine.OnInit(engine.LevelCore, func() {
		for t := Type(1); t < typeCount; t++ {
			destructors[t] = gdi.VariantGetPtrDestructor(gdi.VariantType(t))
		}
		makeEmpties()
		slots.closed.Store(false)
	})
	// Released when the engine begins to shut down, while it is still fully initialized: values
	// can refer to things (a GDScript lambda, an object) that are gone by the time the extension
	// is deinitialized. The core deinitialization catches anything made after that.
	engine.OnShutdown(releaseAll)
	engine.OnDeinit(engine.LevelCore, func() {
		releaseAll()
		destroyEmpties()
	})
}

// newHandle allocates C memory for one engine value of type t and size bytes and arranges its
// release. The caller constructs the engine value at h.addr before anyone can see h.
func newHandle(t Type, size uintptr) *handle {
	addr := engine.NewBuffer(engine.OwnerValue, size) // outside any lock: it may fail
	slots.mu.Lock()
	var i uint32
	if n := len(slots.free); n > 0 {
		i = slots.free[n-1]
		slots.free = slots.free[:n-1]
	} else {
		i = slots.used
		if i>>slotChunkBits >= slotChunks {
			slots.mu.Unlock()
			engine.FreeBuffer(addr)
			panic("gdpure: too many engine values live at once")
		}
		if slots.chunks[i>>slotChunkBits].Load() == nil {
			slots.chunks[i>>slotChunkBits].Store(new([slotChunkSize]slot))
		}
		slots.used++
	}
	slots.mu.Unlock()
	s := slotAt(i)
	gen := uint32(s.state.Load()>>1) + 1
	s.data, s.typ = addr, t
	s.state.Store(uint64(gen)<<1 | 1)
	slots.live.Add(1)
	h := &handle{addr: addr, typ: t, index: i, gen: gen}
	h.cleanup = runtime.AddCleanup(h, releaseByKey, keyOf(i, gen))
	return h
}

// releaseByKey is the cleanup of a handle: it releases the value if that generation is still live.
func releaseByKey(k releaseKey) { release(uint32(k), uint32(k>>32)) }

// release ends one generation of a slot: exactly one caller per generation wins and destroys the
// engine value (now, or queued for the main thread); the slot is free for reuse afterwards.
func release(index, gen uint32) bool {
	s := slotAt(index)
	if !s.state.CompareAndSwap(uint64(gen)<<1|1, uint64(gen)<<1) {
		return false
	}
	addr, t := s.data, s.typ
	s.data = 0
	slots.live.Add(-1)
	slots.mu.Lock()
	slots.free = append(slots.free, index)
	slots.mu.Unlock()
	if mainThreadOnly(t) {
		engine.QueueForMainThread(destroyAndFree, addr, uintptr(t))
	} else {
		destroyAndFree(addr, uintptr(t))
	}
	return true
}

// mainThreadOnly reports whether values of type t can hold the last reference to an object or a
// script function, and so must be destroyed on the main thread.
func mainThreadOnly(t Type) bool {
	switch t {
	case variantTypeForDestroy, TypeArray, TypeDictionary, TypeCallable:
		return true
	}
	return false
}

func destroyAndFree(addr, t uintptr) {
	destroy(Type(t), addr)
	engine.FreeBuffer(addr)
}

func destroy(t Type, addr uintptr) {
	if t == variantTypeForDestroy {
		gdi.VariantDestroy(gdi.VariantPtr(addr))
	} else if d := destructors[t]; d != 0 {
		d.Call(gdi.TypePtr(addr))
	}
}

// releaseAll releases every value still alive when the engine shuts down (on the main thread):
// using one afterwards panics. Values made later (by code the engine runs while it shuts down) are
// released at the core deinitialization.
func releaseAll() {
	slots.closed.Store(true)
	engine.DrainMainThreadQueue()
	slots.mu.Lock()
	used := slots.used
	slots.mu.Unlock()
	for i := uint32(0); i < used; i++ {
		st := slotAt(i).state.Load()
		if st&1 != 0 {
			release(i, uint32(st>>1))
		}
	}
	engine.DrainMainThreadQueue()
}

// liveValues returns the number of engine values owned by Go values right now.
func liveValues() int { return int(slots.live.Load()) }

// live reports whether the handle's value is still live.
func (h *handle) live() bool { return slotAt(h.index).state.Load() == uint64(h.gen)<<1|1 }

// ptr returns the C address of the value for an engine call; the caller keeps h alive until the
// call returns (runtime.KeepAlive). A released value panics with a message naming its type.
func (h *handle) ptr() uintptr {
	if !h.live() {
		panic(h.deadMessage())
	}
	return h.addr
}

func (h *handle) deadMessage() string {
	if slots.closed.Load() {
		return fmt.Sprintf("gdpure: %s used after the engine shut down (values are released then)", goTypeName(h.typ))
	}
	return fmt.Sprintf("gdpure: %s used after Destroy", goTypeName(h.typ))
}

// destroy releases the value now (Destroy). Destroying twice, or a zero value, does nothing.
func (h *handle) destroy() {
	if h == nil {
		return
	}
	if release(h.index, h.gen) {
		h.cleanup.Stop()
	}
}

// ptrOf returns the address of a handle's value for reading: for a zero Go value (nil handle), the
// read-only empty value of type t. The engine must only read through it.
func ptrOf(h *handle, t Type) uintptr {
	if h == nil {
		return emptyOf(t)
	}
	return h.ptr()
}

// mutPtr returns the address of the value *hp for a mutation: a zero Go value first becomes a new,
// empty value of type t of its own (the shared empty value is never handed out as writable).
func mutPtr(hp **handle, t Type) uintptr {
	if *hp == nil {
		*hp = newDefault(t)
	}
	return (*hp).ptr()
}

// newDefault makes a handle holding the engine's default (empty) value of type t.
func newDefault(t Type) *handle {
	h := newHandle(t, gdi.VariantSize)
	gdi.VariantGetPtrConstructor(gdi.VariantType(t), 0).Call(gdi.UninitializedTypePtr(h.addr), 0)
	return h
}

// Empty values for zero Go values, one per type, read-only. Most types' empty engine value is all
// zero bytes (a null String, StringName, NodePath, Callable, Signal, packed array, a Nil Variant);
// those share one zeroed buffer. An Array's or a Dictionary's is not (the engine allocates its
// private data even when empty): those are constructed by the engine at core initialization and
// destroyed at core deinitialization.
var (
	zeroBytes uintptr
	empties   [typeCount + 1]uintptr
)

func makeEmpties() {
	if zeroBytes == 0 {
		zeroBytes = engine.Permanent.Alloc(gdi.VariantSize)
	}
	for t := range empties {
		empties[t] = zeroBytes
	}
	for _, t := range []Type{TypeArray, TypeDictionary} {
		p := engine.LibraryOwner().Alloc(gdi.VariantSize)
		gdi.VariantGetPtrConstructor(gdi.VariantType(t), 0).Call(gdi.UninitializedTypePtr(p), 0)
		empties[t] = p
	}
}

// emptiesIntact reports an error when a shared empty value was changed: the zeroed buffer must be
// all zero bytes, the empty Array and Dictionary must be empty and writable.
func emptiesIntact() error {
	for i := uintptr(0); i < gdi.VariantSize; i++ {
		if b := *(*byte)(gdi.CPtr(zeroBytes + i)); b != 0 {
			return fmt.Errorf("the shared zero value has byte %d = %#x", i, b)
		}
	}
	if n := (Array[Variant]{}).Len(); n != 0 {
		return fmt.Errorf("the shared empty Array has %d elements", n)
	}
	if n := (Dictionary{}).Len(); n != 0 {
		return fmt.Errorf("the shared empty Dictionary has %d entries", n)
	}
	for _, t := range []Type{TypeArray, TypeDictionary} {
		if readOnly(t, emptyOf(t)) {
			return fmt.Errorf("the shared empty %s was made read-only", TypeName(t))
		}
	}
	return nil
}

var (
	arrayIsReadOnly      = builtinRef{class: "Array", name: "is_read_only"}
	dictionaryIsReadOnly = builtinRef{class: "Dictionary", name: "is_read_only"}
)

func readOnly(t Type, p uintptr) bool {
	f := engine.AcquireFrame()
	defer f.Release()
	ret := f.Alloc(8)
	ref := &arrayIsReadOnly
	if t == TypeDictionary {
		ref = &dictionaryIsReadOnly
	}
	ref.get().Call(gdi.TypePtr(p), 0, gdi.TypePtr(ret), 0)
	return *(*uint8)(gdi.CPtr(ret)) != 0
}

func init() {
	if probe.Enabled {
		probe.EmptyValuesIntact = emptiesIntact
	}
}

func destroyEmpties() {
	for _, t := range []Type{TypeArray, TypeDictionary} {
		if empties[t] != zeroBytes && empties[t] != 0 {
			destroy(t, empties[t])
			empties[t] = zeroBytes
		}
	}
}

func emptyOf(t Type) uintptr {
	if p := empties[t]; p != 0 {
		return p
	}
	panic(fmt.Sprintf("gdpure: a zero %s used before the engine initialized the extension", goTypeName(t)))
}

// goTypeName names the Go type that holds engine values of type t, for messages.
func goTypeName(t Type) string {
	switch t {
	case variantTypeForDestroy:
		return "Variant"
	case TypePackedStringArray:
		return "PackedStrings"
	case TypeArray:
		return "Array"
	}
	if t >= TypePackedByteArray && t < typeCount {
		return "Packed (" + TypeName(t) + ")"
	}
	return TypeName(t)
}
