package main

import (
	"sync/atomic"
	"unsafe"

	"github.com/ebitengine/purego"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
)

func init() {
	godottest.Test("Interface/AllFunctionsResolved", func(t *godottest.T) {
		assert.Equal(t, gdi.InterfaceFunctionCount, gdi.ResolvedFunctionCount(), "every interface function is resolved at entry")
		assert.GreaterOrEqual(t, engine.CurrentLevel(), engine.LevelScene, "the scene level (and, in the editor binary, the editor level) is initialized")
	})

	godottest.Test("Calls/NodeChildCount", func(t *godottest.T) {
		parent := construct("Node")
		require.NotZero(t, parent)
		defer gdi.ObjectDestroy(parent)
		assert.Equal(t, int64(0), childCount(parent))
		for i := 1; i <= 3; i++ {
			addChild(parent, construct("Node"))
			assert.Equal(t, int64(i), childCount(parent))
		}
	})

	godottest.Test("Calls/GoClassThroughEngineCall", func(t *godottest.T) {
		obj := newGoCalculator()
		require.NotZero(t, obj)
		defer unref(obj)
		n, cerr := callInt(obj, "fib", 20)
		require.Equal(t, gdi.CallOk, cerr.Error)
		assert.Equal(t, int64(6765), n)
	})

	// A panic in a Go callback is reported with its Go stack, the call returns the zero value (as an
	// engine method that fails does: not an invalid call), and the engine and the next test keep
	// running.
	godottest.Test("Callbacks/PanicIsRecovered", func(t *godottest.T) {
		obj := newGoCalculator()
		defer unref(obj)
		var reported atomic.Value
		old := gdi.PanicHook
		gdi.PanicHook = func(where string, v any, stack []byte) {
			reported.Store(where + "|" + string(stack))
			old(where, v, stack)
		}
		defer func() { gdi.PanicHook = old }()
		got, cerr := callString(obj, "panics", "planted panic")
		assert.Equal(t, gdi.CallOk, cerr.Error, "not an invalid call")
		assert.Equal(t, int64(0), got, "the zero value")
		r, _ := reported.Load().(string)
		assert.Contains(t, r, "GDExtensionClassMethodCall")
		assert.Contains(t, r, "enginetest/calc.go", "the report carries the Go stack")
		n, cerr := callInt(obj, "fib", 10)
		assert.Equal(t, gdi.CallOk, cerr.Error)
		assert.Equal(t, int64(55), n, "the instance still works after the panic")
	})

	godottest.Test("Callbacks/AfterPanicNextTestRuns", func(t *godottest.T) {
		obj := newGoCalculator()
		defer unref(obj)
		n, _ := callInt(obj, "fib", 5)
		assert.Equal(t, int64(5), n)
	})

	// Go calls the engine, the engine calls back into Go, and the callback grows the goroutine
	// stack far enough to move it. The result must still land where Go reads it.
	godottest.Test("Memory/StackMovesDuringEngineCall", func(t *godottest.T) {
		obj := newGoCalculator()
		defer unref(obj)
		var marker int
		before := uintptr(unsafe.Pointer(&marker))
		n, cerr := callInt(obj, "deep", 20000)
		after := uintptr(unsafe.Pointer(&marker))
		require.Equal(t, gdi.CallOk, cerr.Error)
		assert.Equal(t, int64(42), n)
		t.Logf("stack moved: %v (%#x -> %#x)", before != after, before, after)
		// The callback runs on this goroutine; 20000 frames of 256+ bytes need >5 MB of stack,
		// far more than any initial stack, so the stack was copied during the engine call.
		assert.NotEqual(t, before, after, "the callback should have moved the goroutine stack")
		// And the trampoline's own result slot: a raw interface call returning a value after a
		// stack-moving callback.
		for i := 0; i < 3; i++ {
			m, cerr := callInt(obj, "deep", int64(5000*(i+1)))
			assert.Equal(t, gdi.CallOk, cerr.Error)
			assert.Equal(t, int64(42), m)
		}
	})

	godottest.Test("Calls/CallPathIsReported", func(t *godottest.T) {
		assert.Contains(t, []string{"asm", "purego"}, gdi.CallPath)
		t.Logf("call path: %s", gdi.CallPath)
	})

	// The same ptrcall three ways: through gdpure's call path with the frame prepared once (the
	// cost of the path itself), through purego.SyscallN with the same frame, and through a helper
	// that acquires a call frame and lays out the arguments on every call.
	godottest.Bench("Calls/NodeGetChildCount/gdpure", func(b *godottest.B) {
		node := construct("Node")
		defer gdi.ObjectDestroy(node)
		f, args, ret := childCountFrame()
		defer f.Release()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			gdi.ObjectMethodBindPtrcall(nodeGetChildCount, node, args, gdi.TypePtr(ret))
		}
	})

	godottest.Bench("Calls/NodeGetChildCount/gdpure+frame", func(b *godottest.B) {
		node := construct("Node")
		defer gdi.ObjectDestroy(node)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			childCount(node)
		}
	})

	godottest.Bench("Calls/NodeGetChildCount/purego.SyscallN", func(b *godottest.B) {
		node := construct("Node")
		defer gdi.ObjectDestroy(node)
		fn := gdi.InterfaceFunctionAddress("object_method_bind_ptrcall")
		f, args, ret := childCountFrame()
		defer f.Release()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			purego.SyscallN(fn, uintptr(nodeGetChildCount), uintptr(node), args, ret)
		}
	})

	godottest.Bench("Callbacks/ObjectCallIntoGo", func(b *godottest.B) {
		obj := newGoCalculator()
		defer unref(obj)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			callInt(obj, "fib", 1)
		}
	})
}

func unref(obj gdi.ObjectPtr) {
	// A fresh RefCounted from construct has a count of 0 owned by nobody: destroy directly.
	gdi.ObjectDestroy(obj)
}

// childCountFrame lays out the arguments of Node.get_child_count(false) once, for benchmarks that
// measure the call path alone: an args array pointing at a false bool, and a return slot.
func childCountFrame() (f *engine.Frame, args, ret uintptr) {
	f = engine.AcquireFrame()
	args = f.Alloc(8)
	*(*uintptr)(gdi.CPtr(args)) = f.Alloc(8)
	return f, args, f.Alloc(8)
}
