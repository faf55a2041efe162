package godot_test

// The test binary of this package links the callback trampolines of internal/gdi (the package's
// init functions install handlers), which enter Go through crosscall2: runtime/cgo provides it. A
// plugin gets it from its one cgo file (gdextension/entry).
import _ "runtime/cgo"
