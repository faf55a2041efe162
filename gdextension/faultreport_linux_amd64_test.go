package gdextension

import (
	"os"
	"runtime/debug"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/internal/gdi"
)

// The fault reporter names the owner kind of a freed guarded buffer when something touches it,
// then hands the fault on (here to Go's handler, which SetPanicOnFault turns into a panic).
func TestFaultReporterNamesOwner(t *testing.T) {
	o := NewOwner(OwnerPropertyList)
	p := o.Alloc(48)
	o.Release()

	r, w, err := os.Pipe()
	require.NoError(t, err)
	saved, err := syscall.Dup(2)
	require.NoError(t, err)
	require.NoError(t, syscall.Dup2(int(w.Fd()), 2))
	installFaultReporter()
	func() {
		defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
		defer func() { recover() }()
		_ = *(*byte)(gdi.CPtr(p + 8))
		t.Error("reading freed memory did not fault")
	}()
	require.NoError(t, syscall.Dup2(saved, 2))
	w.Close()
	buf := make([]byte, 4096)
	n, _ := r.Read(buf)
	assert.Equal(t, FaultMessage(OwnerPropertyList), string(buf[:n]))
}
