//go:build !(linux && (amd64 || arm64))

package engine

// installCrashDispatch keeps the engine's crash reports whole on linux/amd64 and linux/arm64 (crash_linux.go).
// Elsewhere Go's runtime forwards a fault outside Go code to the engine's handler as it always does.
func installCrashDispatch() {}

// crashDispatchState reports that the dispatcher is not installed (Linux on amd64 and arm64 only).
func crashDispatchState() (installed bool, engineHandler uintptr) { return false, 0 }
