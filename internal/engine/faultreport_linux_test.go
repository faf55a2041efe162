//go:build linux && (amd64 || arm64)

package engine

import (
	"os"
	"runtime/debug"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/internal/gdi"
)

// captureStderr runs fn with file descriptor 2 sent to a pipe and returns what was written.
func captureStderr(t *testing.T, fn func()) string {
	r, w, err := os.Pipe()
	require.NoError(t, err)
	saved, err := syscall.Dup(2)
	require.NoError(t, err)
	require.NoError(t, syscall.Dup3(int(w.Fd()), 2, 0))
	fn()
	require.NoError(t, syscall.Dup3(saved, 2, 0))
	w.Close()
	buf := make([]byte, 4096)
	n, _ := r.Read(buf)
	return string(buf[:n])
}

// touch reads addr and reports whether it faulted (SetPanicOnFault turns the fault into a panic).
func touch(addr uintptr) (faulted bool) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() { faulted = recover() != nil }()
	_ = *(*byte)(gdi.CPtr(addr))
	return false
}

// The fault reporter names the owner kind of a freed guarded buffer when something touches it,
// then hands the fault on (here to Go's handler, which SetPanicOnFault turns into a panic).
func TestFaultReporterNamesOwner(t *testing.T) {
	o := NewOwner(OwnerPropertyList)
	p := o.Alloc(48)
	o.Release()
	installFaultReporter()
	out := captureStderr(t, func() { assert.True(t, touch(p+8), "reading freed memory faults") })
	assert.Equal(t, FaultMessage(OwnerPropertyList), out)
}

// A read past the end of a live buffer hits its guard page; the report says so and names the owner.
func TestFaultReporterNamesOverflow(t *testing.T) {
	o := NewOwner(OwnerRegistration)
	defer o.Release()
	p := o.Alloc(40)
	installFaultReporter()
	out := captureStderr(t, func() { assert.True(t, touch(p+40), "reading past the end faults") })
	assert.Equal(t, OverflowMessage(OwnerRegistration), out)
}

// A fault that is not about a guarded buffer (a Go nil dereference, recovered) goes to Go's handler
// and leaves the reporter armed: the next use after free is still reported.
func TestFaultReporterStaysArmedAfterGoFault(t *testing.T) {
	installFaultReporter()
	for i := 0; i < 3; i++ {
		func() {
			defer func() { assert.NotNil(t, recover(), "a nil dereference panics") }()
			var p *int
			_ = *p
		}()
		require.True(t, faultReporterArmed(), "armed after recovered Go fault %d: %s", i+1, faultHandlerState())
		o := NewOwner(OwnerValue)
		p := o.Alloc(8)
		o.Release()
		out := captureStderr(t, func() { assert.True(t, touch(p)) })
		assert.Equal(t, FaultMessage(OwnerValue), out)
	}
}
