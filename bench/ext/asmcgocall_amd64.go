//go:build linux && amd64 && gdpure_bench_asmcgocall

package main

import (
	"unsafe"

	"github.com/gdpure/gdpure/internal/gdi"
)

// The second light path of the experiment: the runtime's own way to make short C calls
// (runtime.libcCall on darwin and openbsd, vDSO calls on Linux): runtime.asmcgocall switches to
// the system stack and calls C, without entersyscall/exitsyscall. asmcgocall is not on the
// runtime's linkname allow-list, so this builds only with -tags gdpure_bench_asmcgocall and links
// only with -ldflags=-checklinkname=0 (GDPURE_BENCH_ASMCGOCALL=1 make bench sets both).

//go:linkname runtime_asmcgocall runtime.asmcgocall
//go:noescape
func runtime_asmcgocall(fn, arg unsafe.Pointer) int32

// asmTrampolineABI0 is the address of asmTrampoline (asmcgocall_amd64.s), a C-ABI function.
var asmTrampolineABI0 uintptr

type asmFrame struct{ fn, a1, a2, a3, a4, ret uintptr }

// asmcgoCall4 calls fn(a, b, c, d) on the system stack. The frame may live on the goroutine
// stack: nothing can move it while the goroutine, not in a syscall, runs C (and a callback would
// be fatal anyway).
func asmcgoCall4(fn, a, b, c, d uintptr) uintptr {
	f := asmFrame{fn: fn, a1: a, a2: b, a3: c, a4: d}
	runtime_asmcgocall(gdi.CPtr(asmTrampolineABI0), unsafe.Pointer(&f))
	return f.ret
}

const haveAsmcgocall = true
