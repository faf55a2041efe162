//go:build linux || darwin

package engine

import (
	"syscall"
	"unsafe"

	"github.com/gdpure/gdpure/internal/gdi"
)

// The operating system's part of guard mode on Linux and macOS: mmap, mprotect, madvise
// (discardPages, in guard_linux.go and guard_darwin.go).

var pageSize = uintptr(syscall.Getpagesize())

// pages is the slice of length bytes of mapped address space at addr, for the syscall package's
// memory functions. It is never read or written through: only its address and length are passed.
func pages(addr, length uintptr) []byte {
	return unsafe.Slice((*byte)(gdi.CPtr(addr)), length)
}

// reserveRegion reserves length bytes of inaccessible address space, backed by no memory.
func reserveRegion(length uintptr) (uintptr, error) {
	b, err := syscall.Mmap(-1, 0, int(length), syscall.PROT_NONE, syscall.MAP_PRIVATE|syscall.MAP_ANON|mapNoReserve)
	if err != nil {
		return 0, err
	}
	return uintptr(unsafe.Pointer(unsafe.SliceData(b))), nil
}

// commitPages makes reserved pages readable and writable (zeroed memory on first touch).
func commitPages(addr, length uintptr) error {
	return syscall.Mprotect(pages(addr, length), syscall.PROT_READ|syscall.PROT_WRITE)
}

// releasePages makes pages inaccessible and gives their memory back; their addresses stay reserved.
func releasePages(addr, length uintptr) error {
	if err := syscall.Mprotect(pages(addr, length), syscall.PROT_NONE); err != nil {
		return err
	}
	return discardPages(addr, length)
}
