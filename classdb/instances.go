package classdb

import (
	"fmt"
	"reflect"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/internal/classhook"
	"github.com/gdpure/gdpure/internal/gdi"
)

// instances maps the integer handles the engine holds as GDExtensionClassInstancePtr to the Go
// values behind them. The engine never holds a Go pointer: it holds a handle (index + 1), released
// in free_instance, when the engine's contract for the instance ends; the Go value lives exactly as
// long. Lookups (every call into a Go method) take no lock: the slots live in fixed chunks that
// are never moved, reached through a directory replaced whole when it grows.
var instances struct {
	mu       sync.Mutex // serialises adds and removes
	dir      atomic.Pointer[[]*instanceChunk]
	used     uint32 // slots ever handed out
	free     []uint32
	live     atomic.Int64
	byObject map[uintptr]*instance
}

const chunkBits = 10

type instanceChunk [1 << chunkBits]atomic.Pointer[instance]

// instance is one Go class instance.
type instance struct {
	value any            // the *T
	ptr   unsafe.Pointer // the same, as a pointer
	class *classInfo
	obj   uintptr
	freed *atomic.Bool // set: the Go value's own object is freed
}

// object returns the instance's engine object (0 for none: a static method's call).
func (inst *instance) object() uintptr {
	if inst == nil {
		return 0
	}
	return inst.obj
}

// addInstance records the instance at inst (zeroed memory of the instance's allocation) and returns
// its handle.
func addInstance(inst *instance, v any, p unsafe.Pointer, c *classInfo, obj uintptr, freed *atomic.Bool) gdi.ClassInstancePtr {
	*inst = instance{value: v, ptr: p, class: c, obj: obj, freed: freed}
	instances.mu.Lock()
	defer instances.mu.Unlock()
	var i uint32
	if n := len(instances.free); n > 0 {
		i = instances.free[n-1]
		instances.free = instances.free[:n-1]
	} else {
		i = instances.used
		instances.used++
		var dir []*instanceChunk
		if d := instances.dir.Load(); d != nil {
			dir = *d
		}
		if int(i>>chunkBits) >= len(dir) {
			grown := append(append([]*instanceChunk(nil), dir...), new(instanceChunk))
			instances.dir.Store(&grown)
		}
	}
	slotOf(i).Store(inst)
	if instances.byObject == nil {
		instances.byObject = map[uintptr]*instance{}
	}
	instances.byObject[obj] = inst
	instances.live.Add(1)
	return gdi.ClassInstancePtr(i + 1)
}

// slotOf returns slot i, which must exist.
func slotOf(i uint32) *atomic.Pointer[instance] {
	return &(*instances.dir.Load())[i>>chunkBits][i&(1<<chunkBits-1)]
}

func lookupInstance(h gdi.ClassInstancePtr) *instance {
	i := uintptr(h) - 1
	d := instances.dir.Load()
	if h == 0 || d == nil || i>>chunkBits >= uintptr(len(*d)) {
		return nil
	}
	return (*d)[i>>chunkBits][i&(1<<chunkBits-1)].Load()
}

func removeInstance(h gdi.ClassInstancePtr) {
	instances.mu.Lock()
	defer instances.mu.Unlock()
	inst := lookupInstance(h)
	if inst == nil {
		return
	}
	i := uint32(uintptr(h) - 1)
	delete(instances.byObject, inst.obj)
	inst.freed.Store(true)
	slotOf(i).Store(nil)
	instances.free = append(instances.free, i)
	instances.live.Add(-1)
}

// instanceOfObject returns the Go instance of an engine object, if it is one.
func instanceOfObject(obj uintptr) *instance {
	instances.mu.Lock()
	defer instances.mu.Unlock()
	return instances.byObject[obj]
}

// pointerAs returns the pointer to the instance's value as the Go class c (the instance's class
// or a Go ancestor).
func (inst *instance) pointerAs(c *classInfo) (unsafe.Pointer, bool) {
	if inst.class == c {
		return inst.ptr, true
	}
	off, ok := inst.class.goOffsets[c]
	if !ok {
		return nil, false
	}
	return unsafe.Add(inst.ptr, off), true
}

// LiveInstances returns the number of Go class instances the engine still holds.
func LiveInstances() int { return int(instances.live.Load()) }

// InstanceOf returns the Go value behind the engine object o when o is an instance of the Go class
// T (or of a Go class derived from it): the Go side of a node found in the scene tree, say. A null
// or freed object, an engine object, or an instance of an unrelated class is an error naming it, as
// godot.As's is.
func InstanceOf[T any](o godot.AnyObject) (*T, error) {
	want := reflect.TypeFor[T]()
	x := o.AsObject()
	if !x.IsAlive() {
		return nil, fmt.Errorf("classdb: %s is not a %s: the object is null or freed", x, want)
	}
	c := classesByType[want]
	if c == nil {
		return nil, fmt.Errorf("classdb: %s is not a registered Go class", want)
	}
	obj, _ := classhook.ObjectOf(x)
	inst := instanceOfObject(obj)
	if inst == nil {
		return nil, fmt.Errorf("classdb: %s is not a %s: it is no Go class's instance", x, want)
	}
	p, ok := inst.pointerAs(c)
	if !ok {
		return nil, fmt.Errorf("classdb: %s is not a %s: it is a %s", x, want, inst.class.goType)
	}
	return (*T)(p), nil
}
