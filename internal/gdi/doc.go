// Package gdi is gdpure's raw layer over the GDExtension C interface: the generated types and
// interface functions of gdextension_interface.json (z*.go), the call path into the engine and the
// callback path out of it. It is internal: the public packages (gdextension, variant, classdb) add
// the policy — who owns memory, how long it lives — on top of it.
//
// # Calls into the engine
//
// Every interface function is a typed Go function calling ccall. On amd64 ccall is a generated-free
// Go-assembly trampoline entered through runtime.cgocall (the same runtime entry cgo and purego use):
// no allocation, ~cgo cost. Elsewhere, and under the build tag gdpure_purego, ccall is
// purego.SyscallN.
//
// # Memory
//
// Every pointer argument is a uintptr. It must be C memory (the engine's, or a buffer owned through
// package gdextension), or static Go data that never moves (string constants), and it must stay valid
// for as long as the engine's contract for that argument says (design notes, §4). A goroutine-stack
// address must never be passed: a callback during the call may grow and move the stack, and the
// engine would then write into freed memory. The trampoline's own argument block is on the
// goroutine stack, but it re-derives the block's address after the call from the goroutine's stack
// top (as cgo does with _cgo_topofstack), so a moved stack receives the result at its new address.
//
// # Callbacks from the engine
//
// Each C function pointer type has one fixed entry (callbackEntry): it captures the six argument
// registers into a frame on the calling thread's C stack and enters Go through crosscall2, on any
// thread, Go-created or not. dispatchCallback runs the one Go handler installed for that type.
// Every entry recovers panics: a panic is reported through the panic hook with its Go stack, the
// callback's GDExtensionCallError (if it has one) is set, and the engine keeps running.
package gdi
