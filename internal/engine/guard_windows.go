package engine

import (
	"fmt"
	"syscall"
)

// The operating system's part of guard mode on Windows: VirtualAlloc reserves and commits,
// VirtualFree(MEM_DECOMMIT) makes pages inaccessible and gives their memory back while their
// addresses stay reserved.

var pageSize = uintptr(syscall.Getpagesize())

var (
	kernel32     = syscall.NewLazyDLL("kernel32.dll")
	virtualAlloc = kernel32.NewProc("VirtualAlloc")
	virtualFree  = kernel32.NewProc("VirtualFree")
)

const (
	memCommit     = 0x1000
	memReserve    = 0x2000
	memDecommit   = 0x4000
	pageNoAccess  = 0x01
	pageReadWrite = 0x04
)

// reserveRegion reserves length bytes of inaccessible address space, backed by no memory.
func reserveRegion(length uintptr) (uintptr, error) {
	p, _, err := virtualAlloc.Call(0, length, memReserve, pageNoAccess)
	if p == 0 {
		return 0, fmt.Errorf("VirtualAlloc(MEM_RESERVE): %v", err)
	}
	return p, nil
}

// commitPages makes reserved pages readable and writable (zeroed).
func commitPages(addr, length uintptr) error {
	if p, _, err := virtualAlloc.Call(addr, length, memCommit, pageReadWrite); p == 0 {
		return fmt.Errorf("VirtualAlloc(MEM_COMMIT): %v", err)
	}
	return nil
}

// releasePages decommits pages: inaccessible, their memory given back, their addresses reserved.
func releasePages(addr, length uintptr) error {
	if ok, _, err := virtualFree.Call(addr, length, memDecommit); ok == 0 {
		return fmt.Errorf("VirtualFree(MEM_DECOMMIT): %v", err)
	}
	return nil
}
