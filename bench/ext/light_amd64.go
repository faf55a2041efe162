//go:build linux && amd64

package main

// lightCall4 calls the C function fn(a, b, c, d) on the goroutine's own stack, inside a 64 KiB Go
// frame the function's prologue guarantees, with no runtime.cgocall: no entersyscall/exitsyscall,
// no switch to the system stack (the 2017 "rustgo" technique). It is an experiment of the
// benchmarks, not part of the binding: it is correct only for a C leaf that never calls back into
// Go, never blocks and needs less than 64 KiB of stack. A callback arriving through crosscall2
// would find the goroutine running (not in a syscall), switch to its saved stack pointer — below
// the C frames now on that stack — and corrupt it; the runtime cannot preempt, stop for GC or
// account the goroutine while the C function runs.
//
//go:noescape
func lightCall4(fn, a, b, c, d uintptr) uintptr

const haveLight = true
