//go:build !linux || cgo

package osthread

import (
	"runtime"
	"sync"
	"testing"
)

// Live threads have distinct Self values, each stable on its thread; on Windows it is the thread's
// id.
func TestSelfIsPerThread(t *testing.T) {
	const threads = 4
	var (
		mu    sync.Mutex
		seen  = map[uintptr]int{}
		ready sync.WaitGroup
		hold  = make(chan struct{})
		done  sync.WaitGroup
	)
	for i := range threads {
		ready.Add(1)
		done.Add(1)
		go func() {
			defer done.Done()
			// Locked, and kept alive until every goroutine has looked: the threads are distinct
			// and all alive at once. Unlocked before the end (see TestIDIsPerThread on wine).
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			self := Self()
			if again := Self(); again != self {
				t.Errorf("thread %d: Self() = %#x then %#x", i, self, again)
			}
			if runtime.GOOS == "windows" && self != uintptr(ID()) {
				t.Errorf("thread %d: Self() = %d, GetCurrentThreadId %d", i, self, ID())
			}
			mu.Lock()
			seen[self]++
			mu.Unlock()
			ready.Done()
			<-hold
		}()
	}
	ready.Wait()
	close(hold)
	done.Wait()
	if len(seen) != threads {
		t.Fatalf("%d threads had %d distinct Self values: %v", threads, len(seen), seen)
	}
	if seen[0] != 0 {
		t.Fatalf("a thread's Self is 0: %v", seen)
	}
}

func BenchmarkSelf(b *testing.B) {
	for range b.N {
		_ = Self()
	}
}

func BenchmarkID(b *testing.B) {
	for range b.N {
		_ = ID()
	}
}
