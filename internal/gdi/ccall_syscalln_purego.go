//go:build (!((linux && (amd64 || (arm64 && cgo))) || (windows && amd64 && cgo)) || gdpure_purego) && !windows

package gdi

import "github.com/ebitengine/purego"

// ccall calls the C function fn through purego.SyscallN (which allocates its argument slice: it
// keeps pointer arguments alive by letting them escape).
func ccall(fn, a1, a2, a3, a4, a5, a6, a7 uintptr) uintptr {
	if GCStress {
		StressHook(true)
	}
	r, _, _ := purego.SyscallN(fn, a1, a2, a3, a4, a5, a6, a7)
	return r
}
