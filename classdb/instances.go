package classdb

import (
	"reflect"
	"sync"
	"unsafe"

	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/internal/classhook"
	"github.com/gdpure/gdpure/internal/gdi"
)

// instances maps the integer handles the engine holds as GDExtensionClassInstancePtr to the Go
// values behind them. The engine never holds a Go pointer: it holds a handle (index + 1), released
// in free_instance, when the engine's contract for the instance ends; the Go value lives exactly as
// long.
var instances struct {
	mu       sync.RWMutex
	slots    []*instance
	free     []uint32
	byObject map[uintptr]*instance
}

// instance is one Go class instance.
type instance struct {
	value any            // the *T
	ptr   unsafe.Pointer // the same, as a pointer
	class *classInfo
	obj   uintptr
	freed func() // marks the Go value's own object freed
}

func addInstance(v any, p unsafe.Pointer, c *classInfo, obj uintptr, freed func()) gdi.ClassInstancePtr {
	inst := &instance{value: v, ptr: p, class: c, obj: obj, freed: freed}
	instances.mu.Lock()
	defer instances.mu.Unlock()
	var i uint32
	if n := len(instances.free); n > 0 {
		i = instances.free[n-1]
		instances.free = instances.free[:n-1]
		instances.slots[i] = inst
	} else {
		i = uint32(len(instances.slots))
		instances.slots = append(instances.slots, inst)
	}
	if instances.byObject == nil {
		instances.byObject = map[uintptr]*instance{}
	}
	instances.byObject[obj] = inst
	return gdi.ClassInstancePtr(i + 1)
}

func lookupInstance(h gdi.ClassInstancePtr) *instance {
	instances.mu.RLock()
	defer instances.mu.RUnlock()
	i := uintptr(h) - 1
	if h == 0 || i >= uintptr(len(instances.slots)) {
		return nil
	}
	return instances.slots[i]
}

func removeInstance(h gdi.ClassInstancePtr) {
	instances.mu.Lock()
	defer instances.mu.Unlock()
	i := uint32(uintptr(h) - 1)
	if h == 0 || int(i) >= len(instances.slots) || instances.slots[i] == nil {
		return
	}
	inst := instances.slots[i]
	delete(instances.byObject, inst.obj)
	inst.freed()
	instances.slots[i] = nil
	instances.free = append(instances.free, i)
}

// instanceOfObject returns the Go instance of an engine object, if it is one.
func instanceOfObject(obj uintptr) *instance {
	instances.mu.RLock()
	defer instances.mu.RUnlock()
	return instances.byObject[obj]
}

// pointerAs returns the pointer to the instance's value as the Go class c (the instance's class
// or a Go ancestor).
func (inst *instance) pointerAs(c *classInfo) (unsafe.Pointer, bool) {
	off, ok := inst.class.goOffsets[c]
	if !ok {
		return nil, false
	}
	return unsafe.Add(inst.ptr, off), true
}

// LiveInstances returns the number of Go class instances the engine still holds.
func LiveInstances() int {
	instances.mu.RLock()
	defer instances.mu.RUnlock()
	return len(instances.slots) - len(instances.free)
}

// InstanceOf returns the Go value behind the engine object o when o is an instance of the Go class
// T (or of a Go class derived from it): the Go side of a node found in the scene tree, say. A null
// object, an engine object, or an instance of an unrelated class gives false.
func InstanceOf[T any](o godot.AnyObject) (*T, bool) {
	x := o.AsObject()
	if !x.IsAlive() {
		return nil, false
	}
	obj, _ := classhook.ObjectOf(x)
	inst := instanceOfObject(obj)
	c := classesByType[reflect.TypeFor[T]()]
	if inst == nil || c == nil {
		return nil, false
	}
	p, ok := inst.pointerAs(c)
	if !ok {
		return nil, false
	}
	return (*T)(p), true
}
