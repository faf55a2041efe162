package engine

import (
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/internal/gdi"
)

// Outside the engine (these tests) buffers come from guard mappings.

func TestOwnerLedger(t *testing.T) {
	before := ledger.live[OwnerLibrary].Load()
	o := NewOwner(OwnerLibrary)
	p := o.Alloc(100)
	q := o.CString("hello")
	assert.Equal(t, before+2, ledger.live[OwnerLibrary].Load())
	assert.Equal(t, 2, o.Len())
	assert.Equal(t, "hello", unsafe.String((*byte)(gdi.CPtr(q)), 5))
	assert.Zero(t, *(*byte)(gdi.CPtr(q + 5)), "NUL-terminated")
	buf := unsafe.Slice((*byte)(gdi.CPtr(p)), 100)
	for _, b := range buf {
		require.Zero(t, b, "Alloc zeroes")
	}
	o.Free(p)
	assert.Equal(t, 1, o.Len())
	o.Release()
	assert.Equal(t, before, ledger.live[OwnerLibrary].Load())
	assert.Equal(t, 0, o.Len())
}

func TestDoubleFreeIsCaught(t *testing.T) {
	o := NewOwner(OwnerRegistration)
	p := o.Alloc(8)
	o.Release()
	// A guarded buffer's mapping is inaccessible after free: the read faults, which SetPanicOnFault
	// turns into a panic; an engine-allocated one has a freed-magic header: an explicit panic.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	assert.Panics(t, func() { freeBuffer(p) }, "freeing a freed buffer panics")
}

func TestFrameReusesMemory(t *testing.T) {
	f := AcquireFrame()
	a := f.Alloc(16)
	b := f.Alloc(24)
	assert.NotEqual(t, a, b)
	assert.Zero(t, a%8)
	f.Release()
	g := AcquireFrame()
	c := g.Alloc(16)
	g.Release()
	if !MemGuard {
		assert.Equal(t, a, c, "a released frame's memory is reused")
	}
	// Nested frames are distinct.
	f1 := AcquireFrame()
	f2 := AcquireFrame()
	assert.NotSame(t, f1, f2)
	assert.NotEqual(t, f1.Alloc(8), f2.Alloc(8))
	f2.Release()
	f1.Release()
}

func TestFrameOverflow(t *testing.T) {
	before := LiveBuffers()
	f := AcquireFrame()
	big := f.Alloc(3 * frameChunk)
	unsafe.Slice((*byte)(gdi.CPtr(big)), 3*frameChunk)[3*frameChunk-1] = 1
	f.Release()
	pooled := int64(0)
	if f.base != 0 {
		pooled = 1 // the pooled frame keeps its chunk until the last deinitialize
	}
	assert.LessOrEqual(t, LiveBuffers(), before+pooled)
}

func TestFrameSteadyStateAllocatesNothing(t *testing.T) {
	if MemGuard {
		t.Skip("guard mode records an allocation site per buffer, on the Go heap")
	}
	allocs := testing.AllocsPerRun(1000, func() {
		f := AcquireFrame()
		f.Alloc(8)
		f.Alloc(24)
		f.Release()
	})
	assert.Zero(t, allocs)
}

// A freed guarded buffer is inaccessible and remembered under its owner kind: any later access
// faults at once.
func TestGuardQuarantine(t *testing.T) {
	o := NewOwner(OwnerPropertyList)
	p := o.Alloc(64)
	*(*byte)(gdi.CPtr(p + 63)) = 7 // the last byte is usable
	o.Release()
	kind, ok := quarantinedOwner(p)
	require.True(t, ok)
	assert.Equal(t, OwnerPropertyList, OwnerKind(kind))
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	assert.Panics(t, func() { _ = *(*byte)(gdi.CPtr(p)) }, "reading freed memory faults")
}

// The page after a guarded buffer is inaccessible: overrunning the end faults at once.
func TestGuardPageAfterBuffer(t *testing.T) {
	o := NewOwner(OwnerRegistration)
	defer o.Release()
	p := o.Alloc(64)
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	assert.Panics(t, func() { *(*byte)(gdi.CPtr(p + 64)) = 1 }, "writing past the end faults")
}

func TestLeakReportNamesOwner(t *testing.T) {
	o := NewOwner(OwnerPropertyList)
	o.Alloc(32)
	r := LeakReport()
	assert.Contains(t, r, "property list: 1 buffers, 32 bytes")
	o.Release()
}

// The engine's allocation functions are called in exactly one place: the allocation point of this
// package (memory.go). Everything else allocates through owners and frames.
func TestEngineAllocatorHasOneCaller(t *testing.T) {
	_, self, _, _ := runtime.Caller(0)
	root := filepath.Dir(filepath.Dir(filepath.Dir(self)))
	re := regexp.MustCompile(`gdi\.Mem(Alloc|Realloc|Free)2?\(`)
	err := filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err == nil && info.IsDir() && info.Name() == ".cache" { // provisioned engines, not source
			return filepath.SkipDir
		}
		if err != nil || info.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if re.Match(data) && rel != filepath.Join("internal", "engine", "memory.go") {
			t.Errorf("%s calls the engine's allocator directly; allocate through internal/engine owners or frames", rel)
		}
		return nil
	})
	require.NoError(t, err)
}

// Guarded address ranges are never handed out twice in a run, so a report about a freed buffer
// names the right owner however many buffers were freed since (the old quarantine recycled
// addresses after 8192 frees).
func TestGuardAddressesAreNeverReused(t *testing.T) {
	first := NewOwner(OwnerPropertyList)
	p := first.Alloc(16)
	first.Release()
	seen := map[uintptr]bool{p: true}
	o := NewOwner(OwnerValue)
	for i := 0; i < 20000; i++ {
		q := o.Alloc(uintptr(8 + i%64))
		require.False(t, seen[q], "address %#x handed out twice", q)
		seen[q] = true
		o.Free(q)
	}
	kind, ok := quarantinedOwner(p)
	require.True(t, ok)
	assert.Equal(t, OwnerPropertyList, OwnerKind(kind), "the first freed buffer still names its owner")
}
