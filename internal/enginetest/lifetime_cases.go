package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/gdpure/gdpure/internal/osthread"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/probe"
	"github.com/gdpure/gdpure/internal/variantplumb"
	"github.com/gdpure/gdpure/variant"
	"github.com/gdpure/gdpure/variant/utility"
)

// Lifetime tests: each is written against one class of lifetime bug, and `make mutants` plants
// those bugs to show the test fails (internal/mutants).

// moveStack grows the calling goroutine's stack until the runtime has copied it to a new place,
// and reports whether it did. It doubles the recursion depth until a local variable of this frame
// has a new address, so it works however large the stack already is (independent of test order).
func moveStack() bool {
	var marker byte
	before := uintptr(unsafe.Pointer(&marker))
	for depth := 16; depth <= 1<<19; depth *= 2 {
		recurse(depth)
		if uintptr(unsafe.Pointer(&marker)) != before {
			return true
		}
	}
	return false
}

//go:noinline
func recurse(n int) byte {
	var pad [480]byte
	pad[n%len(pad)] = byte(n)
	if n == 0 {
		return pad[0]
	}
	return recurse(n-1) + pad[n%len(pad)]
}

// StackProbe is a Go class whose creation moves the goroutine stack: the engine's construct call,
// which returns the new object, is then a value-returning engine call during which the caller's
// stack moved.
type StackProbe struct{ godot.Object }

var stackProbeMoved atomic.Bool

// Init moves the stack (the engine calls it during construction).
func (*StackProbe) Init() { stackProbeMoved.Store(moveStack()) }

func init() {
	classdb.Register[StackProbe]()
}

// churnSeconds is how long the churn test runs: GDPURE_CHURN_SECONDS, default 1.
func churnSeconds() float64 {
	if s, err := strconv.ParseFloat(os.Getenv("GDPURE_CHURN_SECONDS"), 64); err == nil && s > 0 {
		return s
	}
	return 1
}

// churnErrors collects the first failures of the churn workers (a *godottest.T is not safe for
// concurrent use).
type churnErrors struct {
	mu   sync.Mutex
	msgs []string
	n    int
}

func (e *churnErrors) add(format string, args ...any) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.n++
	if len(e.msgs) < 10 {
		e.msgs = append(e.msgs, fmt.Sprintf(format, args...))
	}
}

// churnOnce creates engine values of equal size (Strings, StringNames, Arrays and Dictionaries are
// all 8 bytes, so the engine's allocator hands their addresses from one to the other), reads each
// back, and destroys about half of them; the rest are left to the garbage collector.
func churnOnce(g, i int, errs *churnErrors) {
	want := fmt.Sprintf("g%d-i%d", g, i)
	s := variant.NewString(want)
	name := variant.NewStringName(want)
	var d variant.Dictionary
	if err := d.Set("k", i); err != nil {
		errs.add("Dictionary.Set: %v", err)
	}
	var a variant.Array[int64]
	if err := a.Append(int64(i)); err != nil {
		errs.add("Array.Append: %v", err)
	}
	if got := s.String(); got != want {
		errs.add("String %q read back as %q", want, got)
	}
	if got := name.String(); got != want {
		errs.add("StringName %q read back as %q", want, got)
	}
	if v, ok, err := d.Get("k"); err != nil || !ok {
		errs.add("Dictionary.Get %s: %v %v", want, ok, err)
	} else if n, err := v.Int(); err != nil || n != int64(i) {
		errs.add("Dictionary value of %s read back as %d (%v)", want, n, err)
	} else if i%2 == 0 {
		v.Destroy()
	}
	if n, err := a.At(0); err != nil || n != int64(i) {
		errs.add("Array element of %s read back as %d (%v)", want, n, err)
	}
	if i%2 == 0 {
		s.Destroy()
		name.Destroy()
		d.Destroy()
		a.Destroy()
	}
}

// settledLive collects garbage, so that only values something refers to are live, and returns their
// number.
func settledLive() int {
	engine.CollectGarbage()
	engine.CollectGarbage()
	return probe.LiveValues()
}

// waitForLive collects garbage until the live engine values drop to want, or a few seconds pass.
func waitForLive(want int) int {
	deadline := time.Now().Add(10 * time.Second)
	for probe.LiveValues() > want && time.Now().Before(deadline) {
		engine.CollectGarbage()
		time.Sleep(time.Millisecond)
	}
	return probe.LiveValues()
}

func init() {
	// Defect: a stale cleanup released a newer value at a reused address. 8 goroutines and the main
	// thread create, read back and drop same-size values, destroying half; the collector runs
	// often, so cleanups of dropped values interleave with new values at the same addresses.
	godottest.Test("Ownership/ChurnWithAddressReuse", func(t *godottest.T) {
		base := settledLive()
		deadline := time.Now().Add(time.Duration(churnSeconds() * float64(time.Second)))
		var errs churnErrors
		var ops atomic.Int64
		var wg sync.WaitGroup
		for g := 1; g <= 8; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; time.Now().Before(deadline); i++ {
					churnOnce(g, i, &errs)
					ops.Add(1)
					if i%97 == 0 {
						runtime.GC()
					}
				}
			}()
		}
		// The main thread churns too, with utility calls and dictionaries left to the collector.
		for i := 0; time.Now().Before(deadline); i++ {
			churnOnce(0, i, &errs)
			if got, err := utility.Str(i); err != nil || got != strconv.Itoa(i) {
				errs.add("utility.Str(%d) = %q, %v", i, got, err)
			}
			var d variant.Dictionary
			_ = d.Set("k", i)
			ops.Add(1)
			if i%101 == 0 {
				engine.DrainMainThreadQueue()
			}
		}
		wg.Wait()
		assert.Zero(t, errs.n, "wrong values read back: %v", errs.msgs)
		assert.Equal(t, base, waitForLive(base), "every value was released")
		t.Logf("%d iterations of 4 values each in %.1f s", ops.Load(), churnSeconds())
	})

	// Defect: Destroy did not stop the handle's cleanup. Destroy a value, make another of the same
	// size (it takes the freed address and slot), then let the first one's handle be collected: its
	// cleanup must not touch the second.
	godottest.Test("Ownership/StaleCleanupAfterDestroy", func(t *godottest.T) {
		for i := 0; i < 200; i++ {
			first := variant.NewString("first")
			first.Destroy()
			second := variant.NewString(fmt.Sprint("second-", i))
			first = variant.String{}
			engine.CollectGarbage()
			require.Equal(t, fmt.Sprint("second-", i), second.String(), "iteration %d", i)
			second.Destroy()
		}
	})

	// Destroy returns a value's handle to a pool, and the next value of its type takes it: a copy kept
	// after Destroy must still be dead (a clear panic, and its Destroy does nothing), never a way to
	// read or release the value that reuses the handle.
	godottest.Test("Ownership/StaleCopyOfARecycledHandle", func(t *godottest.T) {
		for i := 0; i < 50; i++ {
			first := variant.NewString("first")
			kept := first
			first.Destroy()
			second := variant.NewString(fmt.Sprint("second-", i))
			assert.PanicsWithValue(t, "gdpure: String used after Destroy", func() { _ = kept.String() },
				"a copy of a destroyed String reads nothing (iteration %d)", i)
			kept.Destroy()
			require.Equal(t, fmt.Sprint("second-", i), second.String(), "a stale Destroy left the newer value alone")

			v, err := variant.From(int64(i))
			require.NoError(t, err)
			staleV := v
			v.Destroy()
			w, err := variant.From(fmt.Sprint("w-", i))
			require.NoError(t, err)
			assert.Panics(t, func() { _ = staleV.String() }, "a copy of a destroyed Variant reads nothing")
			staleV.Destroy()
			require.Equal(t, fmt.Sprint("w-", i), w.String())
			second.Destroy()
			w.Destroy()
		}
	})

	// Defect: a mutation of a zero value wrote into the empty value all zero values share.
	godottest.Test("Ownership/ZeroValueMutationsGetTheirOwnValue", func(t *godottest.T) {
		var a variant.PackedStrings
		a.PushBack("x")
		assert.Equal(t, 1, a.Len())
		var b variant.PackedStrings
		assert.Equal(t, 0, b.Len(), "an unrelated zero PackedStrings is still empty")
		var c variant.Callable
		assert.False(t, c.IsCustom(), "a zero Callable is not custom")
		assert.True(t, c.IsNull())
		var d variant.Dictionary
		assert.Equal(t, int64(0), d.Size(), "a zero Dictionary reads as empty")
		assert.True(t, d.IsEmpty())
		d.Merge(variant.Dictionary{}, false)
		var p variant.Packed[float32]
		p.Resize(3)
		assert.Equal(t, 3, p.Len())
		assert.Equal(t, 0, (variant.Packed[float32]{}).Len())
		require.NoError(t, probe.EmptyValuesIntact())
	})

	// Defect: the return-slot re-derivation after a call was untested. The engine's construct call
	// returns the new object; during it the Go class's Init moves the goroutine's stack. The result
	// must reach the caller at its new place.
	godottest.Test("Ownership/ValueReturningCallWhoseCallbackMovesTheStack", func(t *godottest.T) {
		for i := 0; i < 3; i++ {
			stackProbeMoved.Store(false)
			obj := gdi.ClassdbConstructObject2(gdi.ConstStringNamePtr(engine.StaticStringName("StackProbe")))
			require.True(t, stackProbeMoved.Load(), "the callback moved the stack")
			require.NotZero(t, obj, "the returned object reached the caller after the stack moved")
			v := variantplumb.FromObject(obj)
			class, err := v.Call("get_class")
			require.NoError(t, err)
			assert.Equal(t, "StackProbe", class.String())
			v.Destroy()
			gdi.ObjectDestroy(obj)
		}
	})

	// Defect: a dynamic call's result slot on the Go stack went unnoticed. The engine calls a Go
	// callable that moves the stack, then writes the result: it must land in C memory Go reads.
	godottest.Test("Ownership/DynamicCallWhoseCallbackMovesTheStack", func(t *godottest.T) {
		var moved atomic.Bool
		c := variant.NewCallable("mover", func([]variant.Variant) (any, error) {
			moved.Store(moveStack())
			return int64(4242), nil
		})
		defer c.Destroy()
		for i := 0; i < 3; i++ {
			moved.Store(false)
			got, err := c.Call()
			require.NoError(t, err)
			require.True(t, moved.Load(), "the callback moved the stack")
			n, err := got.Int()
			require.NoError(t, err, "result %s", got.String())
			assert.Equal(t, int64(4242), n)
		}
	})

	// Call frames live until the call returns: the engine writes a builtin method's result into the
	// frame after a callback into Go that used frames of its own.
	godottest.Test("Ownership/CallFrameLivesUntilTheCallReturns", func(t *godottest.T) {
		for i := 0; i < 20; i++ {
			want := int64(1000 + i)
			got := variant.NewCallable("framer", func([]variant.Variant) (any, error) {
				for j := 0; j < 5; j++ {
					_, _ = utility.Str(j) // frames of their own, released before the engine returns
					_ = variant.NewString("x").Len()
				}
				return want, nil
			}).Callv(variant.Array[variant.Variant]{})
			n, err := got.Int()
			require.NoError(t, err)
			assert.Equal(t, want, n)
		}
	})

	// A value whose only reference is the receiver of the engine call in progress stays alive until
	// the call returns (the method keeps it alive). Under GC stress the collector runs before every
	// engine call, so a missing KeepAlive releases the value before the engine reads it.
	godottest.Test("Ownership/ReceiverKeptAliveAcrossTheCall", func(t *godottest.T) {
		for i := 0; i < 50; i++ {
			want := fmt.Sprint("kept-", i)
			assert.Equal(t, want, variant.NewString(want).String())
			assert.Equal(t, int64(len(want)), variant.NewString(want).Length())
			assert.Equal(t, want+"!", variant.NewStringName(want+"!").String())
			d := variant.NewDictionary()
			_ = d.Set(i, want)
			assert.Equal(t, int64(1), d.Duplicate(false).Size())
		}
	})

	// Defect: names supplied at run time became permanent (and non-ASCII ones came out garbled).
	godottest.Test("Ownership/RuntimeNamesLiveForTheirCall", func(t *godottest.T) {
		d := variant.NewDictionary()
		require.NoError(t, d.Set("ünïcödé", 5))
		dv, err := variant.From(d)
		require.NoError(t, err)
		m, err := dv.Member("ünïcödé")
		require.NoError(t, err)
		n, err := m.Int()
		require.NoError(t, err)
		assert.Equal(t, int64(5), n, "a non-ASCII member name")
		before := engine.LiveBuffersOf(engine.OwnerPermanent)
		for i := 0; i < 100; i++ {
			_, err := dv.Call(fmt.Sprint("no_such_method_", i))
			require.Error(t, err)
			_, _ = dv.Member(fmt.Sprint("no_such_member_", i))
			variant.EngineConstant(variant.Type(gdi.VariantTypeVector2), fmt.Sprint("NO_SUCH_", i)).Destroy()
		}
		assert.Equal(t, before, engine.LiveBuffersOf(engine.OwnerPermanent),
			"permanent memory does not grow with run-time names")
	})

	// Values that can hold the last reference to an object or a script function are destroyed on
	// the main thread, even when a goroutine drops them.
	godottest.Test("Ownership/MainThreadOnlyValuesAreReleasedOnTheMainThread", func(t *godottest.T) {
		mainTID := osthread.ID()
		done := make(chan struct{})
		go func() {
			defer close(done)
			c := variant.NewCallable("offthread", func([]variant.Variant) (any, error) { return nil, nil })
			v, _ := variant.From(c)
			c.Destroy()
			v.Destroy() // the last reference: the engine frees the callable with it
		}()
		<-done
		probe.CallableFreedOnThread.Store(0)
		engine.CollectGarbage()
		assert.Equal(t, mainTID, probe.CallableFreedOnThread.Load(), "freed on the main thread")
	})
}

// keptOverShutdown are alive when the engine shuts down: their engine data is released then, and
// using them afterwards must panic with a message naming the type.
var keptOverShutdown struct {
	s variant.String
	d variant.Dictionary
	v variant.Variant
}

func init() {
	godottest.Test("Ownership/ValuesKeptOverShutdown", func(t *godottest.T) {
		keptOverShutdown.s = variant.NewString("kept")
		keptOverShutdown.d = variant.NewDictionary()
		keptOverShutdown.v, _ = variant.From(3.5)
		assert.Equal(t, "kept", keptOverShutdown.s.String())
	})

	// Defect: shutdown released values without marking them released, so a later use was silent
	// (and a String read in a deinit hook aborted the process).
	godottest.TestAfterShutdown("Ownership/UseAfterShutdownPanics", func(t *godottest.T) {
		if keptOverShutdown.s == (variant.String{}) {
			t.Skip("Ownership/ValuesKeptOverShutdown did not run")
		}
		assert.PanicsWithValue(t, "gdpure: String used after the engine shut down (values are released then)",
			func() { _ = keptOverShutdown.s.String() })
		assert.PanicsWithValue(t, "gdpure: Dictionary used after the engine shut down (values are released then)",
			func() { keptOverShutdown.d.Len() })
		assert.PanicsWithValue(t, "gdpure: Variant used after the engine shut down (values are released then)",
			func() { keptOverShutdown.v.Type() })
		keptOverShutdown.s.Destroy() // harmless
		// Values can still be made while the engine deinitializes; they are released at the end.
		assert.Equal(t, "late", variant.NewString("late").String())
		var zero variant.Dictionary
		assert.Equal(t, 0, zero.Len(), "zero values still read as empty")
	})
}
