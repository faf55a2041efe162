//go:build windows && !(amd64 && cgo && !gdpure_purego)

package gdi

import "syscall"

// ccall, on Windows's purego path (the tag gdpure_purego, or a build without cgo; a plugin built
// with cgo takes the Win64 trampolines of ccall_windows_amd64.s), calls the C function fn through
// the Go runtime's own foreign call,
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
