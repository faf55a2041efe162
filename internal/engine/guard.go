package engine

import (
	"fmt"
	"os"
	"sync"

	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/probe"
)

// Guard mappings (GDPURE_MEMGUARD=1). Every buffer gets pages of its own in one large reserved
// region, its data ending exactly where an inaccessible guard page begins, so a read or write past
// the end faults at once. On free the pages are made inaccessible and their memory given back to
// the kernel, but the address range is never handed out again during the run: a late access to a
// freed buffer always faults, and always names the right owner.
//
// The owner of every page is recorded in a page table (one byte per page) that the fault reporter
// reads from its signal handler: the owner kind, and whether the page is live data, a guard page
// or freed. Inaccessible neighbours merge into one kernel mapping, so the process needs about two
// mappings per live buffer, not per buffer ever allocated.
//
// The operating system's part is three functions, in guard_unix.go (mmap, mprotect, madvise on
// Linux and macOS) and guard_windows.go (VirtualAlloc, VirtualFree): reserveRegion, commitPages and
// releasePages.

// guardRegionSize is the address space reserved for guarded buffers: enough for millions of
// buffers of a few pages each. Reserving costs no memory (inaccessible and not backed).
const guardRegionSize = 1 << 38

// Page states in the page table: the high nibble; the low nibble is the owner kind.
const (
	pageLive  = 0x10
	pageGuard = 0x20
	pageFreed = 0x30
)

// guardRegion is read by the signal handler (faultreport_linux_amd64.s) without locks: base, end
// and pages are written once, before the first guarded buffer exists.
var guardRegion struct {
	mu    sync.Mutex
	base  uintptr // first byte of the region
	end   uintptr // one past the last byte
	next  uintptr // next unused address
	pages uintptr // page table: one byte per page of the region
	count int64   // buffers handed out so far
}

// Exported to the signal handler as plain words.
//
//lint:ignore U1000 read by the fault reporter in faultreport_linux_amd64.s
var guardRegionBase, guardRegionEnd, guardPageTable uintptr

// guardLayout returns the length of a buffer's pages (guard page included) and the offset of its
// data in them, for a data size of size bytes.
func guardLayout(size uintptr) (length, dataOffset uintptr) {
	body := roundUp(headerSize+roundUp(size, bufferAlign), pageSize)
	return body + pageSize, body - roundUp(size, bufferAlign)
}

// guardFatal ends the process with a message: guard mode cannot go on without address space or
// mappings, and a panic here could leave a lock held and hang the engine.
func guardFatal(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "gdpure memguard: "+format+"\n", args...)
	os.Exit(3)
}

func reserve(length uintptr) uintptr {
	p, err := reserveRegion(length)
	if err != nil {
		guardFatal("cannot reserve %d bytes of address space for guarded buffers: %v", length, err)
	}
	return p
}

// initGuardRegion reserves the region and its page table; the caller holds guardRegion.mu.
func initGuardRegion() {
	r := &guardRegion
	r.base = reserve(guardRegionSize)
	r.end = r.base + guardRegionSize
	r.next = r.base
	tableLen := roundUp(guardRegionSize/pageSize, pageSize)
	r.pages = reserve(tableLen)
	if err := commitPages(r.pages, tableLen); err != nil {
		guardFatal("cannot map the page table: %v", err)
	}
	guardPageTable, guardRegionBase, guardRegionEnd = r.pages, r.base, r.end
}

func setPages(addr, length uintptr, state byte) {
	first := (addr - guardRegion.base) / pageSize
	for i := uintptr(0); i < length/pageSize; i++ {
		*(*byte)(gdi.CPtr(guardRegion.pages + first + i)) = state
	}
}

// guardAlloc returns the data address of a new guarded buffer of the given owner kind; its header
// sits just before it.
func guardAlloc(kind OwnerKind, size uintptr) uintptr {
	length, off := guardLayout(size)
	r := &guardRegion
	r.mu.Lock()
	if r.base == 0 {
		initGuardRegion()
	}
	if r.next+length > r.end {
		n := r.count
		r.mu.Unlock()
		guardFatal("the %d GiB reserved for guarded buffers are used up after %d buffers; "+
			"run fewer operations under GDPURE_MEMGUARD=1", guardRegionSize>>30, n)
	}
	base := r.next
	r.next += length
	r.count++
	r.mu.Unlock()
	if err := commitPages(base, length-pageSize); err != nil {
		guardFatal("cannot map a guarded buffer (%v): the process is out of memory mappings "+
			"(on Linux see /proc/sys/vm/max_map_count); %d buffers are live", err, LiveBuffers())
	}
	setPages(base, length-pageSize, pageLive|byte(kind))
	setPages(base+length-pageSize, pageSize, pageGuard|byte(kind))
	return base + off
}

// guardFree makes a guarded buffer's pages inaccessible, gives their memory back and marks them
// freed in the page table. The address range is never reused.
func guardFree(p, size uintptr) {
	length, off := guardLayout(size)
	base := p - off
	kind := (*bufHeader)(gdi.CPtr(p - headerSize)).kind
	if err := releasePages(base, length-pageSize); err != nil {
		guardFatal("cannot protect a freed buffer (%v): the process is out of memory mappings", err)
	}
	setPages(base, length, pageFreed|byte(kind))
}

// guardPageOwner reports the owner kind and state of the guarded page holding addr.
func guardPageOwner(addr uintptr) (kind OwnerKind, state byte, ok bool) {
	if guardRegion.base == 0 || addr < guardRegion.base || addr >= guardRegion.end {
		return 0, 0, false
	}
	b := *(*byte)(gdi.CPtr(guardRegion.pages + (addr-guardRegion.base)/pageSize))
	if b == 0 {
		return 0, 0, false
	}
	return OwnerKind(b & 0x0f), b & 0xf0, true
}

// quarantinedOwner reports which owner kind a freed guarded buffer containing addr had (a test
// probe: internal/probe.QuarantinedOwner).
func quarantinedOwner(addr uintptr) (uint8, bool) {
	kind, state, ok := guardPageOwner(addr)
	if !ok || state != pageFreed {
		return 0, false
	}
	return uint8(kind), true
}

func init() {
	probe.QuarantinedOwner = quarantinedOwner
}
