//go:build linux || darwin

package gdi

import (
	"runtime"
	"testing"

	"github.com/ebitengine/purego"
)

// cFunction returns the address of a function of the platform's C library.
func cFunction(t testing.TB, name string) uintptr {
	lib := "libc.so.6"
	if runtime.GOOS == "darwin" {
		lib = "/usr/lib/libSystem.B.dylib"
	}
	h, err := purego.Dlopen(lib, purego.RTLD_NOW|purego.RTLD_GLOBAL)
	if err != nil {
		t.Fatalf("dlopen %s: %v", lib, err)
	}
	p, err := purego.Dlsym(h, name)
	if err != nil {
		t.Fatalf("dlsym %s: %v", name, err)
	}
	return p
}
