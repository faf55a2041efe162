package main

import (
	"errors"
	"os"
	"runtime"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/extlib"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/probe"
	"github.com/gdpure/gdpure/variant"
)

func init() {
	// The seed's bug through the gdpure API: a struct buffer (an array of PropertyInfo) pointing at
	// other buffers (StringName slots), handed to the engine after forced collections. The engine
	// reads it during the register call; GDScript then checks what it read (test_memory.gd).
	godottest.Test("Memory/OwnedBuffersReadByEngineAfterGC", func(t *godottest.T) {
		reg := engine.NewOwner(engine.OwnerRegistration)
		defer reg.Release()
		size := unsafe.Sizeof(gdi.PropertyInfo{})
		args := reg.Alloc(2 * size)
		names := []string{"first_arg", "second_arg"}
		types := []gdi.VariantType{gdi.VariantTypeInt, gdi.VariantTypeString}
		for i := range names {
			pi := (*gdi.PropertyInfo)(gdi.CPtr(args + uintptr(i)*size))
			pi.Type = types[i]
			pi.Name = engine.StaticStringName(names[i])
			pi.ClassName = gdi.StringNamePtr(reg.Alloc(8))
			pi.HintString = gdi.StringPtr(reg.Alloc(8))
			pi.Usage = 6
		}
		for i := 0; i < 3; i++ {
			runtime.GC()
		}
		gdi.ClassdbRegisterExtensionClassSignal(extlib.Handle(),
			gdi.ConstStringNamePtr(engine.StaticStringName("GoCalculator")),
			gdi.ConstStringNamePtr(engine.StaticStringName("gc_checked")), args, 2)
	})

	// In guard mode every buffer has its own mapping, and a released call frame's buffers are
	// quarantined under their owner kind: the engine touching them later would fault at once.
	godottest.Test("Memory/GuardModeQuarantinesFrames", func(t *godottest.T) {
		if os.Getenv("GDPURE_MEMGUARD") != "1" {
			t.Skip("guard mode is off (GDPURE_MEMGUARD=1 enables it)")
		}
		require.True(t, engine.MemGuard)
		f := engine.AcquireFrame()
		p := f.Alloc(32)
		f.Release()
		kind, ok := probe.QuarantinedOwner(p)
		require.True(t, ok, "the released frame buffer is quarantined")
		assert.Equal(t, engine.OwnerCallFrame, engine.OwnerKind(kind))
	})

	godottest.Test("Memory/GCStressMode", func(t *godottest.T) {
		assert.Equal(t, os.Getenv("GDPURE_GCSTRESS") == "1", gdi.GCStress, "GDPURE_GCSTRESS switches collection at every engine boundary")
	})

	// Steady-state calls through a call frame allocate nothing on the Go heap.
	godottest.Test("Memory/FramedCallAllocatesNothing", func(t *godottest.T) {
		if gdi.GCStress || gdi.CallPath != "asm" {
			t.Skip("allocation counts are meaningful on the asm path without GC stress")
		}
		node := construct("Node")
		defer gdi.ObjectDestroy(node)
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		for i := 0; i < 1000; i++ {
			childCount(node)
		}
		runtime.ReadMemStats(&m1)
		assert.Zero(t, m1.Mallocs-m0.Mallocs, "allocations in 1000 framed engine calls")
	})

	// A Go class instance costs one Go allocation: its value, with the instance record and its own
	// object's binding beside it (classdb's instType). Made and freed in rounds after a first one
	// (which grows the tables), n nodes may allocate n times, plus a little runtime noise.
	godottest.Test("Memory/GoInstanceIsOneAllocation", func(t *godottest.T) {
		if gdi.GCStress || gdi.CallPath != "asm" {
			t.Skip("allocation counts are meaningful on the asm path without GC stress")
		}
		const n = 300
		round := func() {
			for range n {
				c := classdb.New[GoFrameCounter]()
				c.AsObject().Free()
			}
		}
		round()
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		round()
		runtime.ReadMemStats(&m1)
		assert.LessOrEqual(t, m1.Mallocs-m0.Mallocs, uint64(n+n/10), "allocations of %d Go nodes made and freed", n)
	})

	// The engine asks which Go virtuals a class implements once per object (it caches the answer
	// in each object), so a game that makes many nodes pays that question per node: it must not
	// allocate (it once made a Go string of the virtual's name).
	godottest.Test("Memory/FirstVirtualCallOfEachNodeAllocatesNothing", func(t *godottest.T) {
		if gdi.GCStress || gdi.CallPath != "asm" {
			t.Skip("allocation counts are meaningful on the asm path without GC stress")
		}
		parent := godot.NewNode()
		defer parent.AsObject().Free()
		counters := make([]*GoFrameCounter, 200)
		for i := range counters {
			counters[i] = classdb.New[GoFrameCounter]()
			parent.AddChild(counters[i].Node)
		}
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		parent.PropagateNotification(godot.NodeNotificationProcess) // each node's first _process
		runtime.ReadMemStats(&m1)
		for i, c := range counters {
			require.Equal(t, 1, c.processed, "node %d's Process ran once", i)
		}
		assert.Less(t, m1.Mallocs-m0.Mallocs, uint64(20), "allocations in the first _process of %d new Go nodes", len(counters))
	})

	// Game code fills and reads containers in its hot loops: setting, reading and deleting entries
	// of an untyped Dictionary with int keys and values (which Go boxes on the heap whenever the
	// interface escapes), appending to and iterating an Array[int64], a typed Dictionary: no
	// allocation once the value pools are warm.
	godottest.Test("Memory/ContainerElementsAllocateNothing", func(t *godottest.T) {
		if gdi.GCStress || gdi.CallPath != "asm" {
			t.Skip("allocation counts are meaningful on the asm path without GC stress")
		}
		const n = 1000
		d := variant.NewDictionary()
		defer d.Destroy()
		a := variant.NewArray[int64]()
		defer a.Destroy()
		td := variant.NewTypedDictionary[int64, int64]()
		defer td.Destroy()
		// Failures are reported after the loops: testify's variadic messages would box on every call.
		var failed error
		round := func() (sum int64) {
			for i := 1000; i < 1000+n; i++ {
				if err := d.Set(i, i+1); err != nil {
					failed = err
				}
				if err := a.Append(int64(i)); err != nil {
					failed = err
				}
				if err := td.Set(int64(i), int64(i)); err != nil {
					failed = err
				}
			}
			for i := 1000; i < 1000+n; i++ {
				v, ok, err := d.Get(i)
				if !ok || err != nil {
					failed = errors.Join(err, errors.New("a key went missing"))
				}
				x, _ := v.Int()
				v.Destroy()
				y, _, _ := td.Get(int64(i))
				sum += x + y
				// Builtin methods taking one scalar Variant (generated).
				if !d.Has(i) || !a.Has(int64(i)) || a.Count(int64(i)) == 0 {
					failed = errors.New("a key was not found by Has or Count")
				}
			}
			for _, x := range a.All() {
				sum += x
			}
			for i := 1000; i < 1000+n; i++ {
				if found, err := d.Delete(i); !found || err != nil {
					failed = errors.Join(err, errors.New("a key to delete went missing"))
				}
			}
			return sum
		}
		round() // warms the pools
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		sum := round()
		runtime.ReadMemStats(&m1)
		require.NoError(t, failed)
		keys := int64(n * (2*1000 + n - 1) / 2) // the sum of the keys 1000…1000+n-1
		// The Dictionary's values are key+1, the typed one's the keys, and the Array holds the keys
		// twice by the second round.
		assert.Equal(t, keys+n+keys+2*keys, sum, "the values read back")
		assert.Equal(t, 0, d.Len(), "every key deleted")
		assert.Less(t, m1.Mallocs-m0.Mallocs, uint64(20), "allocations in %d rounds of Dictionary, Array and TypedDictionary use", n)
	})
}

func init() {
	godottest.Test("Memory/planted/FaultReporterArmed", func(t *godottest.T) {
		if !engine.MemGuard {
			t.Skip("guard mode is off")
		}
		assert.True(t, probe.FaultReporterArmed(), "the guard-mode fault reporter is the SIGSEGV handler: %s", probe.FaultHandlerState())
	})
}
