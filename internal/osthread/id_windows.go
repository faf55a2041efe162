package osthread

import "syscall"

var getCurrentThreadID = syscall.NewLazyDLL("kernel32.dll").NewProc("GetCurrentThreadId")

// ID returns the Windows id of the calling thread (kernel32's GetCurrentThreadId).
func ID() int64 {
	id, _, _ := getCurrentThreadID.Call()
	return int64(id)
}
