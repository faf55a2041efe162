package godot

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
	"weak"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/extlib"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/probe"
	"github.com/gdpure/gdpure/internal/variantplumb"
)

// Object is the engine's Object class, the root of every engine class. The Go value refers to an
// engine object through a handle (see the package documentation for lifetimes); the zero Object is
// null, and calling a method on it panics with ErrNullObject.
type Object struct{ h *handle }

// AsObject returns the object as an Object. Every class has it (through embedding), so any class
// value can be passed where an Object is expected.
func (o Object) AsObject() Object { return o }

// AnyObject is any engine class value.
type AnyObject interface{ AsObject() Object }

// A handle is the Go side of one reference to an engine object. Copies of a class value share
// it. For a RefCounted object the handle holds one engine reference, released when the handle
// becomes garbage (on the main thread); for any other object it holds none, and there is one
// handle per object.
type handle struct {
	b   *binding
	ref *reference // the engine reference a RefCounted handle holds; nil otherwise
}

// A reference is one engine reference Go holds on a RefCounted object, released exactly once: by
// the cleanup of its handle (on the main thread), or at the engine's shutdown.
type reference struct {
	b        *binding
	released atomic.Bool
}

// references are the engine references Go holds, for the release at shutdown.
var references struct {
	mu  sync.Mutex
	set map[*reference]struct{}
}

// A binding is what gdpure knows of one engine object: created the first time Go sees the object
// (the engine's instance binding for this extension) and marked freed by the engine's free
// callback when the object is destroyed, on whatever thread destroys it. The engine holds an
// integer handle to it (its index in the binding table plus one), never a Go pointer.
type binding struct {
	ptr        uintptr
	id         uint64
	class      string // the object's class when Go first saw it
	refCounted bool
	freed      atomic.Bool
	index      uint32

	mu     sync.Mutex
	strong weak.Pointer[handle] // RefCounted: the live counted handle, if any
	plain  *handle              // any other object: its one handle (&own)
	own    handle               // the plain handle's memory: one allocation for both
}

// ErrNullObject is the panic value of a method call on a zero (null) class value.
var ErrNullObject = fmt.Errorf("godot: method called on a null object")

// A FreedError is the panic value of a method call on an object the engine has freed: it names
// the object's class and instance id, as "Node2D#1234 was freed".
type FreedError struct {
	Class string
	ID    uint64
}

func (e *FreedError) Error() string { return fmt.Sprintf("%s#%d was freed", e.Class, e.ID) }

// ptr returns the engine object, or panics with ErrNullObject or a *FreedError. It is a Go-side
// load: the engine's free callback marks the binding. The caller keeps o alive until its engine
// call returns.
func (o Object) ptr() uintptr {
	h := o.h
	if h == nil {
		panic(ErrNullObject)
	}
	b := h.b
	if b.freed.Load() {
		panic(&FreedError{Class: b.class, ID: b.id})
	}
	return b.ptr
}

// IsNull reports whether the value refers to no object (the zero value).
func (o Object) IsNull() bool { return o.h == nil }

// IsAlive reports whether the value refers to an object that has not been freed.
func (o Object) IsAlive() bool { return o.h != nil && !o.h.b.freed.Load() }

// InstanceID returns the engine's instance id of the object (0 for a null one); it stays valid
// after the object is freed, and never names another object.
func (o Object) InstanceID() uint64 {
	if o.h == nil {
		return 0
	}
	return o.h.b.id
}

// String returns "Class#id" (and " (freed)" for a freed object), or "<null>".
func (o Object) String() string {
	if o.h == nil {
		return "<null>"
	}
	if o.h.b.freed.Load() {
		return fmt.Sprintf("%s#%d (freed)", o.h.b.class, o.h.b.id)
	}
	return fmt.Sprintf("%s#%d", o.h.b.class, o.h.b.id)
}

// Free destroys the object now (the engine's Object.free). A RefCounted object cannot be freed
// this way: it lives while references to it exist (an error then). Using the object afterwards
// panics with a *FreedError.
func (o Object) Free() error {
	p := o.ptr()
	if o.h.b.refCounted {
		return fmt.Errorf("godot: %s is RefCounted: it is freed when its last reference goes", o)
	}
	gdi.ObjectDestroy(gdi.ObjectPtr(p))
	runtime.KeepAlive(o.h)
	return nil
}

// The binding table: index -> binding, for the engine's integer handles.
var bindings struct {
	mu    sync.RWMutex
	slots []*binding
	free  []uint32
}

var bindingCallbacks uintptr // gdi.InstanceBindingCallbacks in library memory
var bindingToken uintptr     // this extension's token (the library pointer)
var refCountedTag uintptr    // class tag of RefCounted, for object_cast_to

func init() {
	engine.OnInit(engine.LevelCore, func() {
		cb := (*gdi.InstanceBindingCallbacks)(gdi.CPtr(engine.LibraryOwner().Alloc(unsafe.Sizeof(gdi.InstanceBindingCallbacks{}))))
		cb.CreateCallback = gdi.SetInstanceBindingCreateCallbackHandler(createBinding)
		cb.FreeCallback = gdi.SetInstanceBindingFreeCallbackHandler(freeBinding)
		cb.ReferenceCallback = gdi.SetInstanceBindingReferenceCallbackHandler(func(_, _ uintptr, _ gdi.Bool) gdi.Bool { return 1 })
		bindingCallbacks = uintptr(unsafe.Pointer(cb))
		bindingToken = uintptr(extlib.Handle())
		refCountedTag = gdi.ClassdbGetClassTag(gdi.ConstStringNamePtr(engine.StaticStringName("RefCounted")))
	})
	engine.OnShutdown(releaseAllReferences)
	probe.LiveBindings = func() int {
		bindings.mu.RLock()
		defer bindings.mu.RUnlock()
		return len(bindings.slots) - len(bindings.free)
	}
}

// createBinding is the engine's create callback: Go sees the object for the first time.
func createBinding(_ uintptr, obj uintptr) uintptr {
	return uintptr(newBinding(gdi.ObjectPtr(obj)).index) + 1
}

// selfBinding is the binding of a Go class instance's own object (its embedded engine class), made
// as the instance is created, and the handle the instance's embedded class value holds. The
// binding becomes the engine's instance binding for this extension (object_set_instance_binding,
// as the engine expects a binder to do on creation), so that the object handed back to Go later
// (by Instantiate, a call's result, a signal) is the same binding, with nothing more to allocate.
// The returned handle holds no engine reference: the object owns the Go value, not the reverse
// (for a RefCounted object, the counted handles wrap makes are others, on the same binding). The
// binding is marked freed by the class's free_instance and by the engine's binding free callback,
// whichever runs first. When the engine already has a binding of this extension for the object
// (it cannot for a new one), the binding stays Go's own and the engine's is made as before. The
// binding is made at b, zeroed memory of a binding (the caller's allocation: package classdb keeps
// it beside the instance's Go value, so that an instance costs one allocation).
func selfBinding(b *binding, obj uintptr, class string, refCounted bool) (*binding, *handle) {
	*b = binding{ptr: obj, id: uint64(gdi.ObjectGetInstanceId(gdi.ConstObjectPtr(obj))), class: class,
		refCounted: refCounted}
	b.own.b = b
	if !refCounted {
		b.plain = &b.own
	}
	addBinding(b)
	gdi.ObjectSetInstanceBinding(gdi.ObjectPtr(obj), bindingToken, uintptr(b.index)+1, bindingCallbacks)
	if gdi.ObjectGetInstanceBinding(gdi.ObjectPtr(obj), bindingToken, 0) != uintptr(b.index)+1 {
		removeBinding(b.index)
	}
	return b, &b.own
}

func newBinding(instance gdi.ObjectPtr) *binding {
	b := &binding{
		ptr:        uintptr(instance),
		id:         uint64(gdi.ObjectGetInstanceId(gdi.ConstObjectPtr(instance))),
		class:      classNameOf(instance),
		refCounted: gdi.ObjectCastTo(gdi.ConstObjectPtr(instance), refCountedTag) != 0,
	}
	b.own.b = b
	if !b.refCounted {
		b.plain = &b.own
	}
	addBinding(b)
	return b
}

// addBinding gives b its slot in the binding table (b.index).
func addBinding(b *binding) {
	bindings.mu.Lock()
	if n := len(bindings.free); n > 0 {
		b.index = bindings.free[n-1]
		bindings.free = bindings.free[:n-1]
		bindings.slots[b.index] = b
	} else {
		b.index = uint32(len(bindings.slots))
		bindings.slots = append(bindings.slots, b)
	}
	bindings.mu.Unlock()
}

// removeBinding frees slot index of the binding table and returns the binding it held.
func removeBinding(index uint32) *binding {
	bindings.mu.Lock()
	b := bindings.slots[index]
	bindings.slots[index] = nil
	bindings.free = append(bindings.free, index)
	bindings.mu.Unlock()
	return b
}

// freeBinding is the engine's free callback, run as the object is destroyed.
func freeBinding(token, obj, index uintptr) {
	removeBinding(uint32(index - 1)).freed.Store(true)
}

// bindingOf returns the binding of an engine object, creating it on first sight.
func bindingOf(ptr uintptr) *binding {
	index := gdi.ObjectGetInstanceBinding(gdi.ObjectPtr(ptr), bindingToken, bindingCallbacks)
	bindings.mu.RLock()
	b := bindings.slots[index-1]
	bindings.mu.RUnlock()
	return b
}

// wrap returns the handle for the engine object ptr (nil for 0). owned says the caller passes an
// engine reference it holds (a RefCounted result of an engine call): wrap takes it over, or drops
// it when Go already holds one. Otherwise wrap takes a reference of its own for a RefCounted
// object.
func wrap(ptr uintptr, owned bool) *handle {
	if ptr == 0 {
		return nil
	}
	b := bindingOf(ptr)
	if !b.refCounted {
		return b.plain
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if h := b.strong.Value(); h != nil {
		if owned {
			unreference(ptr) // Go's handle already holds a reference: this one cannot be the last
		}
		return h
	}
	if !owned {
		addReference(ptr)
	}
	r := &reference{b: b}
	references.mu.Lock()
	if references.set == nil {
		references.set = map[*reference]struct{}{}
	}
	references.set[r] = struct{}{}
	references.mu.Unlock()
	h := &handle{b: b, ref: r}
	b.strong = weak.Make(h)
	runtime.AddCleanup(h, releaseLater, r)
	return h
}

// releaseLater drops the engine reference of a handle that became garbage. Dropping the last one
// destroys the object, which may run scripts: that happens on the main thread.
func releaseLater(r *reference) {
	engine.RunOnMainThread(r.release)
}

// release drops the reference, once.
func (r *reference) release() {
	if !r.released.CompareAndSwap(false, true) {
		return
	}
	references.mu.Lock()
	delete(references.set, r)
	references.mu.Unlock()
	if r.b.freed.Load() {
		return
	}
	if unreference(r.b.ptr) {
		gdi.ObjectDestroy(gdi.ObjectPtr(r.b.ptr))
	}
}

// releaseAllReferences drops every engine reference Go still holds, when the engine shuts down
// (objects kept in Go variables would otherwise leak). A RefCounted object used from Go afterwards
// may be freed: calls then panic with a *FreedError.
func releaseAllReferences() {
	engine.CollectGarbage()
	references.mu.Lock()
	all := make([]*reference, 0, len(references.set))
	for r := range references.set {
		all = append(all, r)
	}
	references.mu.Unlock()
	for _, r := range all {
		r.release()
	}
}

// LiveReferences returns the number of engine references Go holds on RefCounted objects.
func LiveReferences() int {
	references.mu.Lock()
	defer references.mu.Unlock()
	return len(references.set)
}

// addReference and unreference call RefCounted.reference and unreference; unreference reports
// whether the count reached zero (the caller then destroys the object).
func addReference(ptr uintptr) { callBool(ptr, bindRefCountedReference) }

func unreference(ptr uintptr) bool { return callBool(ptr, bindRefCountedUnreference) }

// callBool calls a method without arguments that returns a bool.
func callBool(ptr uintptr, bind int) bool {
	f := engine.AcquireFrame()
	defer f.Release()
	ret := f.Alloc(8)
	gdi.ObjectMethodBindPtrcall(methodBind(bind), gdi.ObjectPtr(ptr), 0, gdi.TypePtr(ret))
	return *(*uint8)(gdi.CPtr(ret)) != 0
}

// classNameCache caches the Go text of class-name StringNames by their engine data pointer
// (interned: one per name), so a new object costs no string conversion once its class was seen.
// Each cached name keeps one reference to its StringName (a permanent slot), so the pointer cannot
// be reused for another name.
var classNameCache sync.Map // uintptr -> string

func classNameOf(obj gdi.ObjectPtr) string {
	f := engine.AcquireFrame()
	defer f.Release()
	slot := f.Alloc(8)
	if gdi.ObjectGetClassName(gdi.ConstObjectPtr(obj), extlib.Handle(), gdi.UninitializedStringNamePtr(slot)) == 0 {
		return "Object"
	}
	key := *(*uintptr)(gdi.CPtr(slot))
	if name, ok := classNameCache.Load(key); ok {
		dtors.stringName.Call(gdi.TypePtr(slot))
		return name.(string)
	}
	name := variantplumb.StringNameAt(gdi.ConstStringNamePtr(slot))
	keep := engine.Permanent.Alloc(8)
	*(*uintptr)(gdi.CPtr(keep)) = key // the reference moves to the permanent slot
	classNameCache.Store(key, name)
	return name
}
