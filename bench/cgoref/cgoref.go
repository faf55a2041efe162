//go:build cgo

// Package cgoref is the cgo reference of the benchmarks (test tooling, not part of the binding):
// the same engine function-pointer calls gdpure makes through its assembly trampolines, made
// through ordinary cgo, so the benchmark table shows what the Go runtime's own foreign-call
// transition (runtime.cgocall: entersyscall/exitsyscall around a switch to the system stack)
// costs on this machine. Only bench/ext imports it; the binding keeps its one cgo file.
package cgoref

/*
#include <stdint.h>
#include <stdlib.h>

typedef uintptr_t (*fn4)(uintptr_t, uintptr_t, uintptr_t, uintptr_t);

static uintptr_t call4(uintptr_t fn, uintptr_t a, uintptr_t b, uintptr_t c, uintptr_t d) {
	return ((fn4)fn)(a, b, c, d);
}

static void noop(void) {}
*/
import "C"

import "unsafe"

// Call4 calls the C function at fn with four integer or pointer arguments through cgo and returns
// its integer result (garbage for a void function). Pointer arguments must be C memory.
func Call4(fn, a, b, c, d uintptr) uintptr {
	return uintptr(C.call4(C.uintptr_t(fn), C.uintptr_t(a), C.uintptr_t(b), C.uintptr_t(c), C.uintptr_t(d)))
}

// Noop calls an empty C function through cgo: the bare transition.
func Noop() { C.noop() }

// Malloc returns n zeroed bytes of C memory (never freed: benchmark set-up).
func Malloc(n int) uintptr { return uintptr(unsafe.Pointer(C.calloc(1, C.size_t(n)))) }

// CString returns a NUL-terminated C copy of s (never freed: benchmark set-up).
func CString(s string) uintptr { return uintptr(unsafe.Pointer(C.CString(s))) }
