package engine

import "syscall"

// mapNoReserve reserves address space without committing swap for it.
const mapNoReserve = syscall.MAP_NORESERVE

// discardPages gives the memory of inaccessible pages back to the kernel at once.
func discardPages(addr, length uintptr) error {
	return syscall.Madvise(pages(addr, length), syscall.MADV_DONTNEED)
}
