package osthread

import "syscall"

// ID returns the kernel's id of the calling thread (gettid: one system call).
func ID() int64 { return int64(syscall.Gettid()) }
