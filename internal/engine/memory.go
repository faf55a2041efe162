package engine

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/gdpure/gdpure/internal/gdi"
)

// OwnerKind says whose lifetime a C buffer follows: one kind per row of the engine's memory
// contract.
type OwnerKind uint8

const (
	// OwnerCallFrame: argument arrays, argument values and return slots of one call into the
	// engine; valid until that call returns.
	OwnerCallFrame OwnerKind = iota
	// OwnerRegistration: class, method, property and signal info handed to a register call;
	// valid until the register call returns.
	OwnerRegistration
	// OwnerPropertyList: a property list returned from get_property_list; valid until the engine
	// calls free_property_list with it.
	OwnerPropertyList
	// OwnerLibrary: data the engine keeps until the extension is deinitialized (virtual call data).
	OwnerLibrary
	// OwnerValue: the engine data of one Go value (a String, a Variant, …); valid until the Go
	// value is unreachable (its cleanup), explicitly destroyed, or the extension deinitialized.
	OwnerValue
	// OwnerPermanent: never freed (the StringNames of names spelled as literals, cached for the
	// life of the process).
	OwnerPermanent
	ownerKindCount
)

var ownerKindNames = [ownerKindCount]string{"call frame", "registration", "property list", "library", "value", "permanent"}

func (k OwnerKind) String() string {
	if k < ownerKindCount {
		return ownerKindNames[k]
	}
	return fmt.Sprintf("OwnerKind(%d)", uint8(k))
}

// bufHeader precedes every buffer's data in C memory.
type bufHeader struct {
	next  uintptr // next buffer of the same owner
	size  uint32
	kind  OwnerKind
	magic uint8
	guard uint8 // 1: on its own guard-paged mapping
	_     byte
}

const (
	headerSize  = unsafe.Sizeof(bufHeader{})
	magicLive   = 0xB5
	magicFreed  = 0xDE
	bufferAlign = 8
)

// roundUp rounds n up to a multiple of to, a power of two.
func roundUp(n, to uintptr) uintptr { return (n + to - 1) &^ (to - 1) }

// MemGuard is on when GDPURE_MEMGUARD=1: every buffer gets pages of its own with an inaccessible
// guard page after them, freed buffers are made inaccessible and their addresses never reused,
// and the ledger records where each live buffer was allocated.
var MemGuard = os.Getenv("GDPURE_MEMGUARD") == "1"

// engineAllocator is set at entry when the engine's allocator is usable and MemGuard is off.
// Before entry (pure-Go tests) buffers come from private mappings.
var engineAllocator bool

// ledger counts live buffers and bytes per owner kind (always on), and in MemGuard mode the
// allocation site of each live buffer.
var ledger struct {
	live  [ownerKindCount]atomic.Int64
	bytes [ownerKindCount]atomic.Int64
	mu    sync.Mutex
	sites map[uintptr][]uintptr // data address -> caller PCs
}

// allocBuffer returns zeroed C memory of size bytes for an owner of the given kind.
func allocBuffer(kind OwnerKind, size uintptr) uintptr {
	if size > 1<<31 {
		panic(fmt.Sprintf("gdpure: buffer of %d bytes is too large", size))
	}
	var h uintptr
	if engineAllocator {
		h = gdi.MemAlloc2(headerSize+size, 0)
		if h == 0 {
			panic(fmt.Sprintf("gdpure: the engine could not allocate %d bytes", size))
		}
		clear(unsafe.Slice((*byte)(gdi.CPtr(h)), headerSize+size))
	} else {
		h = guardAlloc(kind, size) - headerSize
	}
	hdr := (*bufHeader)(gdi.CPtr(h))
	if !engineAllocator {
		hdr.guard = 1
	}
	hdr.size = uint32(size)
	hdr.kind = kind
	hdr.magic = magicLive
	ledger.live[kind].Add(1)
	ledger.bytes[kind].Add(int64(size))
	p := h + headerSize
	if MemGuard {
		pcs := make([]uintptr, 16)
		pcs = pcs[:runtime.Callers(3, pcs)]
		ledger.mu.Lock()
		if ledger.sites == nil {
			ledger.sites = map[uintptr][]uintptr{}
		}
		ledger.sites[p] = pcs
		ledger.mu.Unlock()
	}
	return p
}

func header(p uintptr) *bufHeader {
	hdr := (*bufHeader)(gdi.CPtr(p - headerSize))
	if hdr.magic != magicLive {
		if hdr.magic == magicFreed {
			panic(fmt.Sprintf("gdpure: buffer %#x (%s) freed twice", p, hdr.kind))
		}
		panic(fmt.Sprintf("gdpure: %#x is not a gdpure buffer", p))
	}
	return hdr
}

// freeBuffer frees a buffer made by allocBuffer.
func freeBuffer(p uintptr) {
	hdr := header(p)
	kind, size := hdr.kind, uintptr(hdr.size)
	hdr.magic = magicFreed
	ledger.live[kind].Add(-1)
	ledger.bytes[kind].Add(-int64(size))
	if MemGuard {
		ledger.mu.Lock()
		delete(ledger.sites, p)
		ledger.mu.Unlock()
	}
	if hdr.guard == 1 {
		guardFree(p, size)
		return
	}
	poison(p, size)
	gdi.MemFree2(p-headerSize, 0)
}

// poisonByte fills a buffer as it is freed outside guard mode. A use after free then reads
// 0xDBDB… instead of the old contents: as a pointer it is not a canonical address (the engine
// faults at once), as a count or a Variant type it is out of range, so the bug shows in a normal
// run rather than only under GDPURE_MEMGUARD=1. It costs one memset of the buffer.
const poisonByte = 0xDB

func poison(p, size uintptr) {
	if size == 0 {
		return
	}
	b := unsafe.Slice((*byte)(gdi.CPtr(p)), size)
	b[0] = poisonByte
	for n := 1; n < len(b); n *= 2 {
		copy(b[n:], b[:n])
	}
}

// NewBuffer returns a standalone buffer of size zeroed bytes of C memory for an owner of the given
// kind that the caller implements itself (as package variant does for values). The caller must
// FreeBuffer it exactly once when the engine's contract for it ends.
func NewBuffer(kind OwnerKind, size uintptr) uintptr { return allocBuffer(kind, size) }

// FreeBuffer frees a buffer made by NewBuffer.
func FreeBuffer(p uintptr) { freeBuffer(p) }

// LiveBuffersOf returns the number of live buffers of one owner kind.
func LiveBuffersOf(kind OwnerKind) int64 { return ledger.live[kind].Load() }

// LedgerEntry is one row of the ledger: live buffers and bytes of one owner kind.
type LedgerEntry struct {
	Kind    OwnerKind
	Buffers int64
	Bytes   int64
}

// Ledger returns the live buffers and bytes per owner kind.
func Ledger() []LedgerEntry {
	var out []LedgerEntry
	for k := OwnerKind(0); k < ownerKindCount; k++ {
		out = append(out, LedgerEntry{Kind: k, Buffers: ledger.live[k].Load(), Bytes: ledger.bytes[k].Load()})
	}
	return out
}

// LiveBuffers returns the number of live buffers that are not permanent.
func LiveBuffers() int64 {
	var n int64
	for k := OwnerKind(0); k < ownerKindCount; k++ {
		if k != OwnerPermanent {
			n += ledger.live[k].Load()
		}
	}
	return n
}

// LeakReport describes every live non-permanent buffer: by owner kind, and in MemGuard mode with
// each buffer's allocation site. It is empty when nothing leaked.
func LeakReport() string {
	if LiveBuffers() == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("gdpure: C buffers still live at exit:\n")
	for _, e := range Ledger() {
		if e.Kind != OwnerPermanent && e.Buffers != 0 {
			fmt.Fprintf(&b, "  %s: %d buffers, %d bytes\n", e.Kind, e.Buffers, e.Bytes)
		}
	}
	ledger.mu.Lock()
	defer ledger.mu.Unlock()
	for p, pcs := range ledger.sites {
		hdr := (*bufHeader)(gdi.CPtr(p - headerSize))
		if hdr.kind == OwnerPermanent {
			continue
		}
		fmt.Fprintf(&b, "  %#x (%s, %d bytes) allocated at:\n", p, hdr.kind, hdr.size)
		frames := runtime.CallersFrames(pcs)
		for {
			f, more := frames.Next()
			fmt.Fprintf(&b, "      %s\n          %s:%d\n", f.Function, f.File, f.Line)
			if !more {
				break
			}
		}
	}
	if !MemGuard {
		b.WriteString("  (run with GDPURE_MEMGUARD=1 for allocation sites)\n")
	}
	return b.String()
}
