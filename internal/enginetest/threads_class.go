package main

import (
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/variant"
)

// ThreadProbe is called from engine threads at once (tests/test_threads.gd) while goroutines it
// starts make engine values and objects beside them. Its methods keep no shared state but atomics.
type ThreadProbe struct {
	godot.RefCounted
	calls atomic.Int64
	stop  atomic.Bool
	wg    sync.WaitGroup
	errs  churnErrors
}

// Mix is a scalar call (a ptrcall from typed GDScript).
func (p *ThreadProbe) Mix(i, k int) int { p.calls.Add(1); return i*4 + k }

// Label makes a String in Go for the engine to read.
func (p *ThreadProbe) Label(i int) string { p.calls.Add(1); return "n" + strconv.Itoa(i) }

// Calls is how many calls reached Go.
func (p *ThreadProbe) Calls() int { return int(p.calls.Load()) }

// StartGoroutines starts n goroutines that make and drop engine values and objects until
// StopGoroutines.
func (p *ThreadProbe) StartGoroutines(n int) {
	p.stop.Store(false)
	for g := 1; g <= n; g++ {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			for i := 0; !p.stop.Load(); i++ {
				// Each value is destroyed here: one left to the collector is released on the main
				// thread, which is blocked waiting for the engine threads meanwhile.
				want := fmt.Sprintf("g%d-i%d", g, i)
				s := variant.NewString(want)
				name := variant.NewStringName(want)
				if s.String() != want || name.String() != want {
					p.errs.add("goroutine %d read back %q and %q for %q", g, s.String(), name.String(), want)
				}
				s.Destroy()
				name.Destroy()
				o := godot.NewObject()
				if err := o.Free(); err != nil {
					p.errs.add("Object.Free from a goroutine: %v", err)
				}
			}
		}()
	}
}

// StopGoroutines stops them and returns how many wrong results they saw.
func (p *ThreadProbe) StopGoroutines() int {
	p.stop.Store(true)
	p.wg.Wait()
	return p.errs.n
}

func init() {
	classdb.Register[ThreadProbe]()
	classdb.Register[SubThreadNode]()
}

// SubThreadNode is processed on a thread of the engine's worker pool when its process thread
// group is a sub-thread (Node.process_thread_group): the engine calls its Process and
// PhysicsProcess there. On its first call off the main thread it tries what only the main thread
// may do (adding a child to a node in the tree), which the engine refuses with an error.
type SubThreadNode struct {
	godot.Node
	calls, offMain, physics, physicsOffMain atomic.Int64
	misuse                                  atomic.Bool
	orphan                                  godot.Node // the child the engine refused, freed by the test
}

// Process counts the calls and the threads they come from.
func (n *SubThreadNode) Process(delta float64) {
	n.calls.Add(1)
	if godot.OS.ThreadCallerID() != godot.OS.MainThreadID() {
		n.offMain.Add(1)
		if n.misuse.CompareAndSwap(false, true) {
			n.orphan = godot.NewNode()
			n.AsNode().AddChild(n.orphan) // main thread only: the engine refuses it
		}
	}
}

// PhysicsProcess counts the physics calls and the threads they come from.
func (n *SubThreadNode) PhysicsProcess(delta float64) {
	n.physics.Add(1)
	if godot.OS.ThreadCallerID() != godot.OS.MainThreadID() {
		n.physicsOffMain.Add(1)
	}
}
