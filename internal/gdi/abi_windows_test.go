package gdi

import (
	"syscall"
	"testing"
)

// cFunction returns the address of a function of the platform's C library (msvcrt.dll; its
// snprintf is _snprintf).
func cFunction(t testing.TB, name string) uintptr {
	if name == "snprintf" {
		name = "_snprintf"
	}
	p, err := syscall.MustLoadDLL("msvcrt.dll").FindProc(name)
	if err != nil {
		t.Fatalf("msvcrt.dll: %v", err)
	}
	return p.Addr()
}
