package classdb

import (
	"fmt"
	"sync"

	"github.com/gdpure/gdpure/internal/gdi"
)

// instances maps the integer handles the engine holds as GDExtensionClassInstancePtr to the Go
// values behind them. The engine never holds a Go pointer: it holds a handle, released in
// free_instance, when the engine's contract for the instance ends.
var instances struct {
	mu    sync.RWMutex
	slots []instanceSlot
	free  []uint32
}

type instanceSlot struct {
	value  any // *T of the registered Go type
	object gdi.ObjectPtr
	class  *classInfo
}

func addInstance(v any, obj gdi.ObjectPtr, c *classInfo) gdi.ClassInstancePtr {
	instances.mu.Lock()
	defer instances.mu.Unlock()
	var i uint32
	if n := len(instances.free); n > 0 {
		i = instances.free[n-1]
		instances.free = instances.free[:n-1]
		instances.slots[i] = instanceSlot{v, obj, c}
	} else {
		i = uint32(len(instances.slots))
		instances.slots = append(instances.slots, instanceSlot{v, obj, c})
	}
	return gdi.ClassInstancePtr(i + 1)
}

func lookupInstance(h gdi.ClassInstancePtr) (instanceSlot, error) {
	instances.mu.RLock()
	defer instances.mu.RUnlock()
	i := uintptr(h) - 1
	if h == 0 || i >= uintptr(len(instances.slots)) || instances.slots[i].value == nil {
		return instanceSlot{}, fmt.Errorf("gdpure: instance handle %d is not live (freed object?)", uintptr(h))
	}
	return instances.slots[i], nil
}

func removeInstance(h gdi.ClassInstancePtr) {
	instances.mu.Lock()
	defer instances.mu.Unlock()
	i := uint32(uintptr(h) - 1)
	if h == 0 || int(i) >= len(instances.slots) || instances.slots[i].value == nil {
		return
	}
	instances.slots[i] = instanceSlot{}
	instances.free = append(instances.free, i)
}

// LiveInstances returns the number of Go class instances the engine still holds.
func LiveInstances() int {
	instances.mu.RLock()
	defer instances.mu.RUnlock()
	return len(instances.slots) - len(instances.free)
}
