//go:build !cgo

package cgoref

// Without cgo (a cross-architecture go vet) the reference cannot be built; these keep the
// benchmark extension compiling there.

func Call4(fn, a, b, c, d uintptr) uintptr { panic("cgoref: built without cgo") }
func Noop()                                { panic("cgoref: built without cgo") }
func Malloc(n int) uintptr                 { panic("cgoref: built without cgo") }
func CString(s string) uintptr             { panic("cgoref: built without cgo") }
