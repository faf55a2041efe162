// Package winsmoke is the Windows smoke test of make test-cross: no Windows Godot can run on the
// project's Linux machines, so a host program plays the engine's part under wine.
//
//   - plugin (a Go extension using package gdextension alone) is cross-built into a DLL with
//     mingw-w64's gcc (go build -buildmode=c-shared), the way a plugin author builds one;
//   - host (a Windows program, pure Go) loads the DLL with LoadLibrary, finds gdpure_entry, and
//     calls it as Godot does: a get_proc_address answering every interface function by name, then
//     the initialization levels up, the main-loop callbacks (startup, frames, shutdown), and the
//     levels down. The few interface functions the plugin really uses (memory, version, printing,
//     main-loop registration, the StringName destructor) are implemented by the host; any other
//     call is a failure naming it.
//
// Every call crosses the Win64 calling convention both ways (four register arguments, the rest on
// the stack above the shadow space), so a plugin built with the wrong calling convention fails
// here. What it does not cover: the engine's classes, Variants and scripts (no Windows Godot).
// TestSmoke (winsmoke_test.go) builds both and runs the host under wine; make test-cross runs it.
package winsmoke
