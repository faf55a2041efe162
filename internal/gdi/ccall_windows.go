//go:build windows

package gdi

import "syscall"

// ccall calls the C function fn through the Go runtime's own foreign call on Windows,
// syscall.SyscallN (the Win64 convention: the first four arguments in RCX, RDX, R8, R9, the rest
// on the stack), which is what purego.SyscallN does there too, without purego's argument slice on
// the heap: the arguments are C addresses and integers, never Go pointers, so nothing needs to be
// kept alive by escaping. It allocates nothing.
func ccall(fn, a1, a2, a3, a4, a5, a6, a7 uintptr) uintptr {
	if GCStress {
		StressHook(true)
	}
	r, _, _ := syscall.SyscallN(fn, a1, a2, a3, a4, a5, a6, a7)
	return r
}
