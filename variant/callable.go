package variant

import (
	"fmt"
	"hash/maphash"
	"reflect"
	"runtime"
	"sync"
	"unsafe"

	"github.com/gdpure/gdpure/internal/osthread"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/extlib"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/probe"
)

// Callable is the engine's Callable: a method bound to an object, a GDScript lambda, or a Go
// function made with NewCallable. Its engine data is owned as described in owned.go. The zero
// Callable is null (not valid).
type Callable struct{ h ref }

// CallableFunc is the Go side of a custom Callable: it receives the call's arguments (owned copies
// the function may keep) and returns the result (anything From accepts) or an error, which becomes
// an engine call error.
type CallableFunc func(args []Variant) (any, error)

// Go functions behind custom callables: the engine holds an integer handle (the callable's
// userdata), released when the engine calls the callable's free_func — the end of its contract.
var callables struct {
	mu    sync.Mutex
	funcs map[uintptr]callableEntry
	next  uintptr
}

type callableEntry struct {
	name  string
	fn    CallableFunc
	typed typedCallableFunc // instead of fn: a typed function (NewCallable0 … NewCallable5)
	opts  CallableOptions
	hash  uint32 // of opts.Key, when it has one
}

var callableEntries struct {
	once     sync.Once
	call     gdi.CallableCustomCall
	free     gdi.CallableCustomFree
	toString gdi.CallableCustomToString
	argCount gdi.CallableCustomGetArgumentCount
	hash     gdi.CallableCustomHash
	equal    gdi.CallableCustomEqual
	less     gdi.CallableCustomLessThan
}

// CallableOptions describe a Go callable to the engine beyond its function (NewCallableWith).
type CallableOptions struct {
	// Text is the callable's exact text form (str(), print, the editor); "" gives
	// "<Go callable NAME>".
	Text string
	// ArgumentCount is what the callable's get_argument_count reports when ArgumentCountKnown is
	// set (the engine then checks calls and connections against it); otherwise the count is
	// unknown, as for any function that takes a variable number of arguments.
	ArgumentCount      int
	ArgumentCountKnown bool
	// Key, when not nil, gives the callable an identity: two Go callables with equal keys (==,
	// so the key must be comparable) are equal for the engine (is_connected, disconnect, ==, a
	// Dictionary key) and hash alike, whichever function each runs. Without a key a callable is
	// equal only to its own copies.
	Key any
}

var callableKeySeed = maphash.MakeSeed()

func lookupCallable(userdata uintptr) (callableEntry, bool) {
	callables.mu.Lock()
	defer callables.mu.Unlock()
	e, ok := callables.funcs[userdata]
	return e, ok
}

var callableCopy gdi.PtrConstructor

func init() {
	engine.OnInit(engine.LevelCore, func() {
		callableCopy = gdi.VariantGetPtrConstructor(gdi.VariantType(TypeCallable), 1)
	})
}

// liveCallables returns the number of Go functions the engine still holds as custom callables.
func liveCallables() int {
	callables.mu.Lock()
	defer callables.mu.Unlock()
	return len(callables.funcs)
}

// NewCallable makes an engine Callable that runs fn. name shows in the engine's text form of the
// callable. The Go function stays referenced until the engine frees the last copy of the callable.
func NewCallable(name string, fn CallableFunc) Callable {
	return NewCallableWith(name, fn, CallableOptions{})
}

// NewCallableWith makes an engine Callable that runs fn, described by opts: its text form, its
// argument count, its identity. It panics when opts.Key is not comparable.
func NewCallableWith(name string, fn CallableFunc, opts CallableOptions) Callable {
	e := callableEntry{name: name, fn: fn, opts: opts}
	if opts.Key != nil {
		if !reflect.TypeOf(opts.Key).Comparable() {
			panic(fmt.Sprintf("variant: the key of callable %s is a %T, which is not comparable", name, opts.Key))
		}
		h := maphash.Comparable(callableKeySeed, opts.Key)
		e.hash = uint32(h) ^ uint32(h>>32)
	}
	return newCallable(name, e)
}

// newCallable registers the Go side of a custom callable and makes the engine Callable.
func newCallable(name string, e callableEntry) Callable {
	opts := e.opts
	callableEntries.once.Do(func() {
		callableEntries.call = gdi.SetCallableCustomCallHandler(callCustomCallable)
		callableEntries.free = gdi.SetCallableCustomFreeHandler(freeCustomCallable)
		callableEntries.toString = gdi.SetCallableCustomToStringHandler(customCallableText)
		callableEntries.argCount = gdi.SetCallableCustomGetArgumentCountHandler(customCallableArgCount)
		callableEntries.hash = gdi.SetCallableCustomHashHandler(customCallableHash)
		callableEntries.equal = gdi.SetCallableCustomEqualHandler(customCallableEqual)
		callableEntries.less = gdi.SetCallableCustomLessThanHandler(customCallableLess)
	})
	callables.mu.Lock()
	if callables.funcs == nil {
		callables.funcs = map[uintptr]callableEntry{}
	}
	callables.next++
	id := callables.next
	callables.funcs[id] = e
	callables.mu.Unlock()

	f := engine.AcquireFrame()
	defer f.Release()
	info := (*gdi.CallableCustomInfo2)(gdi.CPtr(f.Alloc(unsafe.Sizeof(gdi.CallableCustomInfo2{}))))
	info.CallableUserdata = id // an integer handle, never a Go pointer
	info.Token = uintptr(extlib.Handle())
	info.CallFunc = callableEntries.call
	info.FreeFunc = callableEntries.free
	info.ToStringFunc = callableEntries.toString
	info.GetArgumentCountFunc = callableEntries.argCount
	if opts.Key != nil { // keyed callables compare by key; the others by identity (the engine's default)
		info.HashFunc = callableEntries.hash
		info.EqualFunc = callableEntries.equal
		info.LessThanFunc = callableEntries.less
	}
	h := newHandle(TypeCallable, 16)
	gdi.CallableCustomCreate2(gdi.UninitializedTypePtr(h.addr), uintptr(unsafe.Pointer(info)))
	return Callable{h}
}

func callCustomCallable(userdata, args uintptr, argc gdi.Int, ret gdi.VariantPtr, cerr uintptr) {
	// The engine does not initialize the call error: say OK unless something below fails.
	*(*gdi.CallError)(gdi.CPtr(cerr)) = gdi.CallError{}
	callables.mu.Lock()
	e, ok := callables.funcs[userdata]
	callables.mu.Unlock()
	if !ok {
		panic(fmt.Sprintf("gdpure: custom callable %d was already freed", userdata))
	}
	if e.typed != nil {
		if err := e.typed(argPtrs(args), int(argc)); err != nil {
			engine.PrintError(fmt.Sprintf("Go callable %s: %v", e.name, err))
			callErrorOf(err, (*gdi.CallError)(gdi.CPtr(cerr)))
		}
		return
	}
	in := make([]Variant, argc)
	for i := range in {
		in[i] = copyVariant(argPtrs(args).at(i))
	}
	out, err := e.fn(in)
	if err == nil {
		if err = writeVariant(gdi.UninitializedVariantPtr(ret), out); err == nil {
			return
		}
	}
	engine.PrintError(fmt.Sprintf("Go callable %s: %v", e.name, err))
	(*gdi.CallError)(gdi.CPtr(cerr)).Error = gdi.CallErrorInvalidMethod
}

// customCallableText gives the engine's text form of a Go callable: its Text, or
// "<Go callable NAME>".
func customCallableText(userdata, rIsValid uintptr, rOut gdi.StringPtr) {
	e, ok := lookupCallable(userdata)
	if !ok {
		return
	}
	text := e.opts.Text
	if text == "" {
		text = "<Go callable " + e.name + ">"
	}
	destroyString(rOut)
	newStringAt(gdi.UninitializedStringPtr(rOut), text)
	*(*gdi.Bool)(gdi.CPtr(rIsValid)) = 1
}

func customCallableArgCount(userdata, rIsValid uintptr) gdi.Int {
	e, ok := lookupCallable(userdata)
	if !ok || !e.opts.ArgumentCountKnown {
		*(*gdi.Bool)(gdi.CPtr(rIsValid)) = 0
		return 0
	}
	*(*gdi.Bool)(gdi.CPtr(rIsValid)) = 1
	return gdi.Int(e.opts.ArgumentCount)
}

func customCallableHash(userdata uintptr) uint32 {
	e, _ := lookupCallable(userdata)
	return e.hash
}

func customCallableEqual(a, b uintptr) gdi.Bool {
	ea, oka := lookupCallable(a)
	eb, okb := lookupCallable(b)
	if a == b || oka && okb && ea.opts.Key != nil && ea.opts.Key == eb.opts.Key {
		return 1
	}
	return 0
}

// customCallableLess orders keyed callables by hash, then by creation, consistently with equal.
func customCallableLess(a, b uintptr) gdi.Bool {
	if customCallableEqual(a, b) != 0 {
		return 0
	}
	ea, _ := lookupCallable(a)
	eb, _ := lookupCallable(b)
	if ea.hash != eb.hash {
		return boolOf(ea.hash < eb.hash)
	}
	return boolOf(a < b)
}

func boolOf(x bool) gdi.Bool {
	if x {
		return 1
	}
	return 0
}

func freeCustomCallable(userdata uintptr) {
	if probe.Enabled {
		probe.CallableFreedOnThread.Store(osthread.ID())
	}
	callables.mu.Lock()
	delete(callables.funcs, userdata)
	callables.mu.Unlock()
}

// Call calls the callable with the given arguments (anything From accepts) and returns its result,
// or an error for an argument that cannot cross or an engine call error.
func (c Callable) Call(args ...any) (Variant, error) {
	self, err := From(c)
	if err != nil {
		return Variant{}, err
	}
	defer self.Destroy()
	return self.Call("call", args...)
}

// String returns the engine's text form of the callable.
func (c Callable) String() string {
	v, err := From(c)
	if err != nil {
		return "<Callable>"
	}
	defer v.Destroy()
	return v.String()
}

var callableGetObjectID = builtinRef{class: "Callable", name: "get_object_id"}

// ObjectID returns the instance ID of the callable's object (0 for a custom callable without one),
// as Signal.ObjectID does.
func (c Callable) ObjectID() uint64 {
	f := engine.AcquireFrame()
	defer f.Release()
	ret := f.Alloc(8)
	callableGetObjectID.get().Call(gdi.TypePtr(c.cptr()), 0, gdi.TypePtr(ret), 0)
	runtime.KeepAlive(c.h)
	return *(*uint64)(gdi.CPtr(ret))
}

// Destroy releases this Go value's reference now; the Callable must not be used afterwards.
func (c Callable) Destroy() { c.h.destroy() }

// cptr returns the C address of the engine value (see String.cptr).
func (c Callable) cptr() gdi.ConstTypePtr {
	return gdi.ConstTypePtr(ptrOf(c.h, TypeCallable))
}

// writeTo copies a reference to the callable into the uninitialized Callable slot dst.
func (c Callable) writeTo(dst gdi.UninitializedTypePtr) {
	f := engine.AcquireFrame()
	defer f.Release()
	args := f.Alloc(8)
	*(*uintptr)(gdi.CPtr(args)) = uintptr(c.cptr())
	callableCopy.Call(dst, args)
	runtime.KeepAlive(c.h)
}
