package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/probe"
	"github.com/gdpure/gdpure/variant"
)

// soakSeconds is how long Soak/Mixed runs: GDPURE_SOAK_SECONDS (the CI's soak stage runs a minute
// under guard mode and GC stress), else one second in every run of the suite.
func soakSeconds() float64 {
	if s, err := strconv.ParseFloat(os.Getenv("GDPURE_SOAK_SECONDS"), 64); err == nil && s > 0 {
		return s
	}
	return 1
}

// soakCounts are the operations a soak run did, by kind, for its log line.
type soakCounts struct {
	objects, goCalls, engineCalls, signals, callables, refs, goroutineObjects, values atomic.Int64
}

func init() {
	// Everything at once for a while: Go class instances made and freed through the engine, calls
	// both ways, signals to Go closures, custom callables, RefCounted Go instances left to the
	// collector, and goroutines making engine values and objects beside the main thread. Every
	// result is checked; at the end every value and callable is released, and the harness checks
	// at exit that the engine leaked no instance and gdpure's ledger holds no buffer.
	godottest.Test("Soak/Mixed", func(t *godottest.T) {
		baseValues := settledLive()
		baseCallables := probe.LiveCallables()
		deadline := time.Now().Add(time.Duration(soakSeconds() * float64(time.Second)))
		var errs churnErrors
		var n soakCounts
		var wg sync.WaitGroup
		for g := 1; g <= 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; time.Now().Before(deadline); i++ {
					churnOnce(g, i, &errs)
					n.values.Add(4)
					o := godot.NewObject()
					if err := o.Free(); err != nil {
						errs.add("goroutine %d: Object.Free: %v", g, err)
					}
					r := godot.NewRefCounted()
					if c := r.ReferenceCount(); c != 1 {
						errs.add("goroutine %d: a new RefCounted counts %d references", g, c)
					}
					n.goroutineObjects.Add(2)
					if i%53 == 0 {
						runtime.GC()
					}
				}
			}()
		}
		for i := 0; time.Now().Before(deadline); i++ {
			soakMainOnce(i, &errs, &n)
			churnOnce(0, i, &errs)
			n.values.Add(4)
			if i%101 == 0 {
				engine.DrainMainThreadQueue()
			}
		}
		wg.Wait()
		require.Zero(t, errs.n, "wrong results: %v", errs.msgs)
		assert.Equal(t, baseValues, waitForLive(baseValues), "every engine value was released")
		// A dropped custom callable ends when the collector has run the cleanup of the Callable
		// that held it and the engine has then freed it.
		for end := time.Now().Add(10 * time.Second); probe.LiveCallables() > baseCallables && time.Now().Before(end); {
			engine.CollectGarbage()
			time.Sleep(time.Millisecond)
		}
		// (Callables of earlier tests may end meanwhile: no more than before.)
		assert.LessOrEqual(t, probe.LiveCallables(), baseCallables, "every custom callable was released")
		t.Logf("%.0f s: %d Go class instances made and freed through the engine, %d engine→Go calls, %d Go→engine calls, "+
			"%d signals to Go closures, %d custom callable calls, %d RefCounted Go instances, %d objects from goroutines, %d values",
			soakSeconds(), n.objects.Load(), n.goCalls.Load(), n.engineCalls.Load(), n.signals.Load(), n.callables.Load(),
			n.refs.Load(), n.goroutineObjects.Load(), n.values.Load())
	})
}

// soakMainOnce is one main-thread round of Soak/Mixed.
func soakMainOnce(i int, errs *churnErrors, n *soakCounts) {
	o, err := godot.Instantiate("GoMover")
	if err != nil {
		errs.add("Instantiate(GoMover): %v", err)
		return
	}
	m, err := classdb.InstanceOf[GoMover](o)
	if err != nil {
		errs.add("InstanceOf[GoMover]: %v", err)
		o.Free()
		return
	}
	n.objects.Add(1)
	m.SetHealth(100)
	var hits []string
	conn := m.Hit.Connect(func(_ int, by string) { hits = append(hits, by) })
	if _, err := o.Call("damage", 3, "engine"); err != nil { // engine → Go, which emits hit
		errs.add("Call(damage): %v", err)
	}
	n.goCalls.Add(1)
	if err := o.Emit("hit", 1, "emit"); err != nil {
		errs.add("Emit(hit): %v", err)
	}
	if got, err := o.Call("get_health"); err != nil || must(got.Int()) != 97 {
		errs.add("get_health through the engine: %v, %v", got, err)
	}
	m.Speed = float64(i % 50)
	if got := o.Get("speed"); must(got.Float()) != float64(i%50) { // a Go field as an engine property
		errs.add("speed through the engine: %v", got)
	}
	n.engineCalls.Add(3)
	n.goCalls.Add(2)
	conn.Disconnect()
	m.Hit.Emit(1, "after")
	if len(hits) != 2 || hits[0] != "engine" || hits[1] != "emit" {
		errs.add("signals delivered: %v", hits)
	}
	n.signals.Add(2)
	if err := o.Free(); err != nil {
		errs.add("Free: %v", err)
	}
	sum := 0
	c := variant.NewCallable1(fmt.Sprint("soak", i%7), func(x int) { sum += x })
	for k := 1; k <= 3; k++ {
		if _, err := c.Call(k); err != nil {
			errs.add("Callable.Call: %v", err)
		}
	}
	if sum != 6 {
		errs.add("the callable saw %d, want 6", sum)
	}
	n.callables.Add(3)
	item := classdb.NewRef[GoItem]()
	item.Get().Title = strconv.Itoa(i)
	if got := item.Object().Get("title"); got.String() != strconv.Itoa(i) {
		errs.add("GoItem.title through the engine: %q", got.String())
	}
	n.refs.Add(1)
	n.engineCalls.Add(1)
}
