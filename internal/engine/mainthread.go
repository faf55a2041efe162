package engine

import (
	"runtime"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gdpure/gdpure/internal/osthread"

	"github.com/gdpure/gdpure/internal/gdi"
)

// The engine's main thread, and work that must run on it.
//
// Some engine work is only safe on the main thread: releasing the last reference to an object, for
// one, may run its destructor and any script attached to it. Work queued with QueueForMainThread
// from another thread (a garbage-collector cleanup, a goroutine) runs at the next drain point on the
// main thread: every frame of the main loop, the engine's shutdown, any collection forced by
// GDPURE_GCSTRESS=1 on the main thread, and whenever a caller on the main thread asks (Drain).

// mainThread identifies the engine's main thread (osthread.Self of the thread that initializes the
// extension), 0 before that.
var mainThread atomic.Uintptr

// OnMainThread reports whether the caller runs on the engine's main thread. On linux and on
// windows/amd64 it reads the calling thread's pointer or id (one instruction, osthread.Self); on
// darwin it makes two C calls.
func OnMainThread() bool {
	id := mainThread.Load()
	return id != 0 && osthread.Self() == id
}

type mainTask struct {
	fn   func(a, b uintptr)
	a, b uintptr
	f    func()
}

// A taskQueue holds work for the main thread. It allocates nothing in the steady state.
type taskQueue struct {
	mu      sync.Mutex
	tasks   []mainTask
	spare   []mainTask
	n       atomic.Int64
	drained *sync.Cond // signalled whenever a drain takes the queued tasks (Defer's back-pressure)
}

func (q *taskQueue) push(t mainTask) {
	q.mu.Lock()
	q.tasks = append(q.tasks, t)
	q.n.Add(1)
	q.mu.Unlock()
}

// drain runs the queued tasks on the calling (main) thread, and the tasks queued while it runs.
func (q *taskQueue) drain() {
	for {
		q.mu.Lock()
		batch := q.tasks
		q.tasks = q.spare[:0]
		q.spare = nil
		q.n.Add(-int64(len(batch)))
		if q.drained != nil {
			q.drained.Broadcast()
		}
		q.mu.Unlock()
		if len(batch) == 0 {
			return
		}
		for i, t := range batch {
			runTask(t)
			batch[i] = mainTask{}
		}
		q.mu.Lock()
		if q.spare == nil {
			q.spare = batch[:0]
		}
		q.mu.Unlock()
	}
}

// mainQueue holds the engine work of other threads (releases of values and objects, RunOnMainThread):
// drained every frame, at shutdown, at every boundary under GC stress, and by DrainMainThreadQueue.
// deferQueue holds Defer's work: drained only at the end of every frame and at shutdown.
var mainQueue, deferQueue taskQueue

// QueueForMainThread arranges for fn(a, b) to run on the main thread: now when the caller is on it,
// else at the next drain point. fn must not assume anything about when that is beyond "before the
// extension is deinitialized". It allocates nothing in the steady state.
func QueueForMainThread(fn func(a, b uintptr), a, b uintptr) {
	if OnMainThread() {
		fn(a, b)
		return
	}
	mainQueue.push(mainTask{fn: fn, a: a, b: b})
}

// RunOnMainThread runs f on the main thread: now when the caller is on it, else at the next drain
// point (see QueueForMainThread).
func RunOnMainThread(f func()) {
	if OnMainThread() {
		f()
		return
	}
	mainQueue.push(mainTask{f: f})
}

// maxDeferred bounds Defer's queue: a goroutine that defers work while this many functions wait
// blocks until the main thread has run them (back-pressure; the main thread never runs deferred
// work early to make room).
const maxDeferred = 1 << 16

// Defer queues f to run on the main thread at the end of the current frame (after every node's
// _process), or at the engine's shutdown, always, also when called on the main thread: never
// inside the caller's own code or any other main-thread work. Work f defers in turn runs in the
// same pass. Off the main thread, Defer blocks while maxDeferred functions already wait, until the
// main thread has run them.
func Defer(f func()) {
	q := &deferQueue
	q.mu.Lock()
	if !OnMainThread() {
		for q.n.Load() >= maxDeferred && mainThread.Load() != 0 {
			if q.drained == nil {
				q.drained = sync.NewCond(&q.mu)
			}
			q.drained.Wait()
		}
	}
	q.tasks = append(q.tasks, mainTask{f: f})
	q.n.Add(1)
	q.mu.Unlock()
}

// PendingMainThreadTasks returns the number of tasks waiting for the main thread (work of other
// threads and deferred functions).
func PendingMainThreadTasks() int { return int(mainQueue.n.Load() + deferQueue.n.Load()) }

// DrainMainThreadQueue runs the work other threads queued for the main thread (not the deferred
// functions, which wait for the end of the frame); call it on the main thread only (it does nothing
// elsewhere). Tasks queued while it runs run too.
func DrainMainThreadQueue() {
	if mainQueue.n.Load() == 0 || !OnMainThread() {
		return
	}
	mainQueue.drain()
}

// drainMainThreadQueue runs the work of other threads queued for the main thread.
func drainMainThreadQueue() { mainQueue.drain() }

// endOfFrame runs at the end of every frame and at shutdown: the work of other threads, then the
// deferred functions (and what they defer in turn).
func endOfFrame() {
	if mainQueue.n.Load() != 0 {
		mainQueue.drain()
	}
	if deferQueue.n.Load() != 0 {
		deferQueue.drain()
	}
}

// runTask runs one task; a panic in it is reported and the others still run.
func runTask(t mainTask) {
	defer func() {
		if r := recover(); r != nil {
			gdi.PanicHook("a task queued for the main thread", r, stack())
		}
	}()
	if t.f != nil {
		t.f()
		return
	}
	t.fn(t.a, t.b)
}

// GC stress (GDPURE_GCSTRESS=1): at every entry from the engine and before every return to it a
// full collection; on the main thread also before every call into it. On the main thread the
// boundary then waits until every cleanup that collection queued has run and runs the main-thread
// queue. A value whose engine data the engine is about to read, or is still reading, but which Go
// no longer keeps alive is therefore released at that boundary, every time, not by luck: a missing
// runtime.KeepAlive or a stale cleanup fails deterministically on the main thread. Off the main
// thread a boundary only collects, and calls into the engine do not: a cleanup itself may be what
// calls the engine there (it must not wait for itself), and a collection before every call of
// every goroutine would serialize concurrent tests to a crawl.

var cleanupMetrics = []metrics.Sample{{Name: "/gc/cleanups/queued:cleanups"}, {Name: "/gc/cleanups/executed:cleanups"}}

var (
	stressMu  sync.Mutex
	stressing bool // the main thread is inside gcStress (its own engine calls do not recurse)
)

func gcStress(atCall bool) {
	if !OnMainThread() {
		if !atCall {
			runtime.GC()
		}
		return
	}
	if stressing {
		return
	}
	stressing = true
	defer func() { stressing = false }()
	runtime.GC()
	if !WaitForCleanups(10 * time.Second) {
		PrintWarning("gdpure: GC stress: cleanups did not finish within 10 s")
	}
	if mainQueue.n.Load() != 0 {
		drainMainThreadQueue()
	}
}

// WaitForCleanups waits until every cleanup queued by the garbage collector so far has run, or the
// timeout passes (it reports false then). Call runtime.GC first to queue the cleanups of everything
// unreachable.
func WaitForCleanups(timeout time.Duration) bool {
	stressMu.Lock()
	defer stressMu.Unlock()
	deadline := time.Now().Add(timeout)
	for {
		metrics.Read(cleanupMetrics)
		if cleanupMetrics[1].Value.Uint64() >= cleanupMetrics[0].Value.Uint64() {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		runtime.Gosched()
		time.Sleep(50 * time.Microsecond)
	}
}

// CollectGarbage runs a full collection, waits until the cleanups it queued have run and, on the
// main thread, runs the work they queued for it: afterwards every engine value that Go no longer
// referred to has been released. For tests and shutdown paths; it is slow (a full collection).
func CollectGarbage() {
	runtime.GC()
	WaitForCleanups(10 * time.Second)
	DrainMainThreadQueue()
}

func installGCStress() {
	gdi.GCStress = true
	gdi.StressHook = gcStress
}
