package osthread

import (
	"runtime"
	"testing"
)

// The calling thread keeps its id, and another locked thread has another one.
func TestIDIsPerThread(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	mine := ID()
	if mine == 0 || ID() != mine {
		t.Fatalf("ID() = %d then %d on one locked thread", mine, ID())
	}
	other := make(chan int64)
	go func() {
		// This thread is locked to the test, so any other goroutine runs on another one. The
		// goroutine unlocks before it ends: a thread ending locked makes wine's process exit wait
		// for it, and under load wineserver then kills the test (SIGKILL after PASS).
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		other <- ID()
	}()
	if o := <-other; o == mine || o == 0 {
		t.Fatalf("another thread has id %d, the test's thread %d", o, mine)
	}
}
