// Package gdi is gdpure's raw layer over the GDExtension C interface: the generated types and
// interface functions of gdextension_interface.json (z*.go), the call path into the engine and the
// callback path out of it. It is internal: the public packages (gdextension, variant, classdb) add
// the policy — who owns memory, how long it lives — on top of it.
//
// # Calls into the engine
//
// Every interface function is a typed Go function calling ccall. Which call path a build takes:
//
//	platform        path     why
//	linux/amd64     asm      Go-assembly trampolines for the System V AMD64 ABI, entered through
//	                         runtime.cgocall: no allocation, about cgo's cost
//	linux/arm64     asm      Go-assembly trampolines for AAPCS64 (arguments in R0–R7), entered
//	                         the same way; a plugin is built with cgo, which this path needs
//	                         (without cgo, as in cross-compiled pure-Go tests: purego)
//	windows/amd64   asm      Go-assembly trampolines for Win64 (rcx/rdx/r8/r9, the rest above
//	                         32 bytes of shadow space; *_windows_amd64.s), with Go frames so the
//	                         linker writes their unwind data; entered the same way, built with cgo
//	                         (without cgo: purego, syscall.SyscallN and syscall.NewCallback)
//	windows/arm64   purego   no arm64 mingw in Debian to build and test trampolines with
//	darwin/amd64    purego   the Darwin ABI is System V, but the trampolines are not proven
//	                         there (no macOS machine runs the tests)
//	darwin/arm64    purego   Apple's arm64 ABI passes integer arguments as AAPCS64 does, so the
//	                         linux/arm64 trampolines would serve, but they are not proven there
//
// The build tag gdpure_purego selects purego on linux too (make test and make test-cross run both
// paths). The ABI tests (abi_test.go) call the platform's C library with seven arguments and have
// it call Go back, also while the callback moves the goroutine stack; make test-cross runs them
// under wine (windows/amd64, both paths) and qemu-aarch64 (linux/arm64, both paths).
//
// On the asm path ccall is a Go-assembly trampoline entered through runtime.cgocall (the same
// runtime entry cgo and purego use); on the purego path it is purego.SyscallN.
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
// ObjectMethodBindPtrcallWords (the asm path; WordPtrcalls) is the one exception to "the
// caller supplies C memory": for a ptrcall whose arguments and result are single words, its
// trampoline writes the words, their pointer array and a zeroed result word into its own C stack
// frame, which exists exactly for the duration of the call (a callback into Go runs below it), and
// copies the result out before returning.
//
// # Callbacks from the engine
//
// Each C function pointer type has one fixed entry (callbackEntry). On the asm path it captures the
// six first argument registers into a frame on the calling thread's C stack and enters Go through
// crosscall2, on any thread, Go-created or not; on the purego path it is a purego.NewCallback of
// an adapter with the type's exact arity (zcallbacks_purego.go). dispatchCallback runs the one Go handler installed for that type.
// Every entry recovers panics: a panic is reported through the panic hook with its Go stack, the
// callback's GDExtensionCallError (if it has one) is set, and the engine keeps running.
package gdi
