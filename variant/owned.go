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
// Each Go value of such a type refers to one value of a handle (a ref), and the handle to C memory
// (an OwnerValue buffer) that holds the engine's value. Copies of the Go value share it. The engine
// value is released exactly once, by whichever comes first:
//   - Destroy, for deterministic release (using the value afterwards panics with a clear message);
//     the handle then goes back to a pool for the next value of its type;
//   - the handle's cleanup, when no Go value refers to the handle any more (runtime.AddCleanup);
//   - the engine's shutdown (main-loop shutdown callback), for values still alive then; using one
//     afterwards panics with a message naming its type.
//
// The three paths agree through a slot table. Each handle owns one slot for its whole life; the
// slot's generation changes with every value the handle holds, and a ref carries the generation of
// its value. A release names the slot and the generation, and only the release that flips that
// generation from live to released does anything; every use checks the generation. A late release
// or a copy kept after Destroy therefore never touches the handle's newer value. The table holds
// no Go pointer, so it keeps nothing alive.
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

// poolCap bounds the handles kept for reuse per type.
const poolCap = 1024

var slots struct {
	chunks [slotChunks]atomic.Pointer[[slotChunkSize]slot]
	mu     sync.Mutex // guards free, used, pool
	free   []uint32
	used   uint32 // slots ever handed out; the next new index
	pool   [typeCount + 1][]*handle
	live   atomic.Int64
	closed atomic.Bool // the engine began to shut down and released every value then live
}

func slotAt(i uint32) *slot { return &slots.chunks[i>>slotChunkBits].Load()[i&(slotChunkSize-1)] }

// handle is the Go side of engine values of one type: a slot of its own for its whole life, and
// the C buffer of its current value. A handle holds one value after another: Destroy ends a value
// and returns the handle (with its buffer, the engine value in it destroyed) to a pool its type's
// next value is made from, so that making and destroying values allocates nothing once warm. A Go
// value refers to one value of a handle (a ref: the handle and the value's generation), so a copy
// kept after Destroy finds another generation and panics instead of reading the newer value.
//
// The handle's cleanup (runtime.AddCleanup, registered once, when the handle is made) runs when no
// Go value and no pool refers to it any more: it releases the value then live, if any, and frees
// the slot for another handle. Until then the slot belongs to the handle alone, so a release never
// meets a slot another handle reuses.
type handle struct {
	addr  uintptr // the C buffer of the current value; 0 while pooled without one
	size  uintptr // the buffer's size
	typ   Type    // fixed for the handle's life
	index uint32  // its slot, fixed for its life
}

// ref is what a Go value of an engine-owned type holds: a handle and the generation of its value.
// The zero ref is the zero Go value (the engine's empty value, see ptrOf).
type ref struct {
	*handle
	gen uint32
}

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

// newHandle readies C memory of at least size bytes for one engine value of type t and arranges
// its release: a pooled handle of type t when there is one, else a new one. The caller constructs
// the engine value at r.addr before anyone can see r.
func newHandle(t Type, size uintptr) ref {
	slots.mu.Lock()
	var h *handle
	if p := slots.pool[t]; len(p) > 0 {
		h = p[len(p)-1]
		p[len(p)-1] = nil
		slots.pool[t] = p[:len(p)-1]
	}
	slots.mu.Unlock()
	if h == nil {
		h = &handle{typ: t, index: newSlot()}
		runtime.AddCleanup(h, freeSlot, h.index)
	}
	if h.addr != 0 && h.size < size {
		engine.FreeBuffer(h.addr)
		h.addr = 0
	}
	if h.addr == 0 {
		h.addr = engine.NewBuffer(engine.OwnerValue, size) // may fail: h is then dropped, its cleanup frees the slot
		h.size = size
	}
	s := slotAt(h.index)
	gen := uint32(s.state.Load()>>1) + 1
	s.data, s.typ = h.addr, t
	s.state.Store(uint64(gen)<<1 | 1)
	slots.live.Add(1)
	return ref{h, gen}
}

// newSlot takes a free slot, or a new one.
func newSlot() uint32 {
	slots.mu.Lock()
	defer slots.mu.Unlock()
	if n := len(slots.free); n > 0 {
		i := slots.free[n-1]
		slots.free = slots.free[:n-1]
		return i
	}
	i := slots.used
	if i>>slotChunkBits >= slotChunks {
		panic("gdpure: too many engine values live at once")
	}
	if slots.chunks[i>>slotChunkBits].Load() == nil {
		slots.chunks[i>>slotChunkBits].Store(new([slotChunkSize]slot))
	}
	slots.used++
	return i
}

// freeSlot is the cleanup of a handle no Go value refers to any more: it releases the value then
// live, if any, and frees the slot.
func freeSlot(index uint32) {
	if st := slotAt(index).state.Load(); st&1 != 0 {
		release(index, uint32(st>>1))
	}
	slots.mu.Lock()
	slots.free = append(slots.free, index)
	slots.mu.Unlock()
}

// claim ends one generation of a slot: exactly one caller per generation gets true and must then
// destroy the engine value.
func claim(index, gen uint32) bool {
	if !slotAt(index).state.CompareAndSwap(uint64(gen)<<1|1, uint64(gen)<<1) {
		return false
	}
	slots.live.Add(-1)
	return true
}

// release ends one generation of a slot and destroys the engine value and frees its buffer (now,
// or queued for the main thread); it reports whether this call was the one that ended it.
func release(index, gen uint32) bool {
	if !claim(index, gen) {
		return false
	}
	s := slotAt(index)
	addr, t := s.data, s.typ
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
		destroyVariant(gdi.VariantPtr(addr)) // a scalar one needs no call (convert.go)
	} else if d := destructors[t]; d != 0 {
		d.Call(gdi.TypePtr(addr))
	}
}

// releaseAll releases every value still alive when the engine shuts down (on the main thread):
// using one afterwards panics. Values made later (by code the engine runs while it shuts down) are
// released at the core deinitialization. The pools give back their buffers.
func releaseAll() {
	slots.closed.Store(true)
	engine.DrainMainThreadQueue()
	slots.mu.Lock()
	used := slots.used
	var pooled []*handle
	for t := range slots.pool {
		pooled = append(pooled, slots.pool[t]...)
		clear(slots.pool[t])
		slots.pool[t] = slots.pool[t][:0]
	}
	slots.mu.Unlock()
	for _, h := range pooled {
		if h.addr != 0 {
			engine.FreeBuffer(h.addr)
			h.addr = 0
		}
	}
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

// live reports whether r's value is still live.
func (r ref) live() bool { return slotAt(r.index).state.Load() == uint64(r.gen)<<1|1 }

// ptr returns the C address of the value for an engine call; the caller keeps r alive until the
// call returns (runtime.KeepAlive). A released value panics with a message naming its type.
func (r ref) ptr() uintptr {
	if !r.live() {
		panic(r.deadMessage())
	}
	return r.addr
}

func (r ref) deadMessage() string {
	if slots.closed.Load() {
		return fmt.Sprintf("gdpure: %s used after the engine shut down (values are released then)", goTypeName(r.typ))
	}
	return fmt.Sprintf("gdpure: %s used after Destroy", goTypeName(r.typ))
}

// destroy releases the value now (Destroy). Destroying twice, or a zero value, does nothing. The
// handle goes back to its type's pool: with its buffer when the engine value was destroyed here and
// now, without it when the destruction waits for the main thread (or under the guard, which must
// see every buffer freed).
func (r ref) destroy() {
	h := r.handle
	if h == nil || !claim(h.index, r.gen) {
		return
	}
	if mainThreadOnly(h.typ) && !engine.OnMainThread() {
		engine.QueueForMainThread(destroyAndFree, h.addr, uintptr(h.typ))
		h.addr = 0
	} else {
		destroy(h.typ, h.addr)
		if engine.MemGuard {
			engine.FreeBuffer(h.addr)
			h.addr = 0
		}
	}
	slots.mu.Lock()
	if !slots.closed.Load() && len(slots.pool[h.typ]) < poolCap {
		slots.pool[h.typ] = append(slots.pool[h.typ], h)
		h = nil
	}
	slots.mu.Unlock()
	if h != nil && h.addr != 0 { // not pooled: the handle is dropped, its cleanup frees the slot
		engine.FreeBuffer(h.addr)
		h.addr = 0
	}
}

// ptrOf returns the address of a handle's value for reading: for a zero Go value (nil handle), the
// read-only empty value of type t. The engine must only read through it.
func ptrOf(r ref, t Type) uintptr {
	if r.handle == nil {
		return emptyOf(t)
	}
	return r.ptr()
}

// mutPtr returns the address of the value *hp for a mutation: a zero Go value first becomes a new,
// empty value of type t of its own (the shared empty value is never handed out as writable).
func mutPtr(hp *ref, t Type) uintptr {
	if hp.handle == nil {
		*hp = newDefault(t)
	}
	return (*hp).ptr()
}

// newDefault makes a handle holding the engine's default (empty) value of type t.
func newDefault(t Type) ref {
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
	probe.EmptyValuesIntact = emptiesIntact
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
