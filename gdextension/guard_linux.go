package gdextension

import (
	"fmt"
	"sync"
	"syscall"
	"unsafe"

	"github.com/gdpure/gdpure/internal/gdi"
)

// Guard mappings: each buffer on its own private mapping, its data ending exactly where an
// inaccessible guard page begins, so a read or write past the end faults at once. On free the data
// is poisoned and the whole mapping made inaccessible and kept in quarantine, so a late access
// faults too, instead of reading memory that was handed to someone else.

var pageSize = uintptr(syscall.Getpagesize())

// quarantineLimit is how many freed mappings stay reserved (and inaccessible) before the oldest is
// unmapped. Each mapping is one or two kernel VMAs and Linux allows 65530 per process by default
// (vm.max_map_count), which the engine needs some of too.
const quarantineLimit = 1 << 13

var quarantine struct {
	mu    sync.Mutex
	ring  []quarantined
	next  int
	index map[uintptr]quarantined // mapping base -> entry, to name the owner of a faulting address
}

type quarantined struct {
	base, length uintptr
	data, size   uintptr
	kind         OwnerKind
}

func roundUp(n, to uintptr) uintptr { return (n + to - 1) &^ (to - 1) }

// guardLayout returns the mapping of a buffer whose data size is size and whose data starts at data.
func guardLayout(size uintptr) (length, dataOffset uintptr) {
	body := roundUp(headerSize+roundUp(size, bufferAlign), pageSize)
	return body + pageSize, body - roundUp(size, bufferAlign)
}

func mmap(length uintptr) uintptr {
	p, _, errno := syscall.Syscall6(syscall.SYS_MMAP, 0, length, syscall.PROT_READ|syscall.PROT_WRITE,
		syscall.MAP_PRIVATE|syscall.MAP_ANON, ^uintptr(0), 0)
	if errno != 0 {
		panic(fmt.Sprintf("gdpure: mmap of %d bytes: %v", length, errno))
	}
	return p
}

func mprotect(addr, length uintptr, prot int) {
	if _, _, errno := syscall.Syscall(syscall.SYS_MPROTECT, addr, length, uintptr(prot)); errno != 0 {
		panic(fmt.Sprintf("gdpure: mprotect %#x: %v", addr, errno))
	}
}

func munmap(addr, length uintptr) {
	syscall.Syscall(syscall.SYS_MUNMAP, addr, length, 0)
}

// guardAlloc returns the data address of a new guarded buffer; its header sits just before it.
func guardAlloc(size uintptr) uintptr {
	length, off := guardLayout(size)
	base := mmap(length)
	mprotect(base+length-pageSize, pageSize, syscall.PROT_NONE)
	return base + off
}

// guardFree poisons a guarded buffer, makes its mapping inaccessible and quarantines it.
func guardFree(p, size uintptr) {
	length, off := guardLayout(size)
	base := p - off
	kind := (*bufHeader)(gdi.CPtr(p - headerSize)).kind
	data := unsafe.Slice((*byte)(gdi.CPtr(p)), size)
	for i := range data {
		data[i] = poisonByte
	}
	mprotect(base, length-pageSize, syscall.PROT_NONE)
	q := quarantined{base: base, length: length, data: p, size: size, kind: kind}
	quarantine.mu.Lock()
	defer quarantine.mu.Unlock()
	if quarantine.index == nil {
		quarantine.index = map[uintptr]quarantined{}
		quarantine.ring = make([]quarantined, quarantineLimit)
	}
	if old := quarantine.ring[quarantine.next]; old.base != 0 {
		delete(quarantine.index, old.base)
		munmap(old.base, old.length)
	}
	quarantine.ring[quarantine.next] = q
	recordFault(quarantine.next, base, length, kind)
	quarantine.next = (quarantine.next + 1) % quarantineLimit
	quarantine.index[base] = q
}

// QuarantinedOwner reports which owner kind a freed guarded buffer containing addr had.
func QuarantinedOwner(addr uintptr) (OwnerKind, bool) {
	quarantine.mu.Lock()
	defer quarantine.mu.Unlock()
	for base, q := range quarantine.index {
		if addr >= base && addr < base+q.length {
			return q.kind, true
		}
	}
	return 0, false
}
