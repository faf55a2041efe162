package gdi

import "unsafe"

// CPtr converts the address of C memory (the engine's, or a buffer owned through package
// gdextension) into an unsafe.Pointer. It must never be given the address of Go memory: the
// garbage collector does not track a pointer that travelled as a uintptr. Written this way because
// go vet cannot know that the uintptr holds C memory.
func CPtr(addr uintptr) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(&addr))
}

// VariantSize is the size of an engine Variant in bytes (every build of Godot 4 with 32-bit reals;
// the layout test checks it against the engine).
const VariantSize = 24
