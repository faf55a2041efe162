//go:build linux && cgo

package osthread

// On Linux, Self reads the C library's thread pointer, which is an identifier only when the C
// library makes the threads, as it does in every gdpure extension. This test binary links the Go
// runtime's cgo support so that it does too.
import _ "runtime/cgo"
