//go:build (linux && (amd64 || arm64)) || (windows && amd64)

package osthread

// Self returns an identifier of the calling thread that costs one instruction to read, no system
// call: on Linux the C library's thread pointer (on amd64 the thread control block's self pointer
// at FS:0, on arm64 TPIDR_EL0), on Windows the thread id in the thread environment block (GS:0x48,
// what GetCurrentThreadId returns). Two live threads never share it; a thread started after another
// ended may reuse its value.
//
// On Linux the value is only an identifier in a process whose threads the C library made: a
// cgo-linked program or library, which every gdpure extension is (its entry package uses cgo). In
// a pure-Go Linux program the Go runtime sets the thread pointer itself and Self is not unique; use
// ID there.
func Self() uintptr
