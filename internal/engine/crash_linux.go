//go:build linux && (amd64 || arm64)

package engine

import (
	"bufio"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"unsafe"
)

// Keeping the engine's crash reports whole (linux/amd64 and linux/arm64).
//
// Godot installs one crash handler for SIGSEGV, SIGFPE and SIGILL; it prints the engine's
// backtrace (glibc's backtrace, which unwinds with the code's unwind tables) and the GDScript
// backtrace. Go's runtime, loaded with the extension, takes SIGSEGV and SIGFPE (and SIGBUS, SIGPIPE,
// SIGURG) for itself: a fault in Go code becomes a panic, any other fault is forwarded to the
// handler that was there before. Go forwards it with a call from its own signal code, which has no
// unwind tables, so the engine's backtrace stopped at that frame: one line naming the extension
// instead of the engine's frames.
//
// crashDispatch (crash_linux_amd64.s, crash_linux_arm64.s) goes in front of Go's handler for
// SIGSEGV and SIGFPE. It looks at where the fault happened (the interrupted instruction in the signal context): inside
// this library's code it jumps to Go's handler, which does what it always did; anywhere else it
// jumps to the engine's crash handler. Both are tail jumps with the kernel's arguments and return
// address, so each handler runs as if the kernel had called it, and the engine's unwinder walks from
// its handler through the kernel's signal frame into the code that faulted. Go never takes a fault
// outside its own code (it forwards those), so nothing Go handled before goes elsewhere.
//
// The engine's handler is read from SIGILL, which Go's runtime leaves alone in a library and Godot
// sets to the same function. With no engine handler there (Godot's --disable-crash-handler, or a
// host that is not Godot) nothing is installed.
//
// A fatal Go error that no recover stops (a panic on a goroutine, a concurrent map write, running
// out of memory) prints Go's report of every goroutine and then, instead of a silent exit, raises
// SIGABRT (GOTRACEBACK=crash). abortDispatch, installed for SIGABRT and reset to the default on its
// first delivery, sends an abort raised in this library's code to the engine's crash handler, which
// adds the engine's and GDScript's backtraces; any other abort (the engine's own, or its crash
// handler's when it ends) raises the signal again with the default action, which ends the process
// as before.

// The handlers the dispatchers jump to, and the library's executable mapping; the assembly reads
// them.
var (
	//lint:ignore U1000 read by crash_linux_{amd64,arm64}.s
	goSignalHandler    uintptr
	engineCrashHandler uintptr
	//lint:ignore U1000 read by crash_linux_{amd64,arm64}.s
	libTextStart uintptr
	//lint:ignore U1000 read by crash_linux_{amd64,arm64}.s
	libTextEnd uintptr
)

// Addresses of the assembly dispatchers.
var crashDispatchABI0, abortDispatchABI0 uintptr

const saResethand = 0x80000000

// installCrashDispatch puts the dispatchers in place (at the extension's entry, before guard
// mode's fault reporter, which then forwards to crashDispatch). It leaves everything as it was
// when any step cannot be done.
func installCrashDispatch() {
	var ill, segv, fpe kernelSigaction
	if sigaction(syscall.SIGILL, nil, &ill) != nil || ill.handler <= 1 {
		return // no engine crash handler
	}
	if sigaction(syscall.SIGSEGV, nil, &segv) != nil || sigaction(syscall.SIGFPE, nil, &fpe) != nil {
		return
	}
	if segv.handler <= 1 || segv.handler != fpe.handler || segv.handler == crashDispatchABI0 {
		return // not Go's handler on both (or already installed)
	}
	start, end, ok := executableMapping(crashDispatchABI0)
	if !ok {
		return
	}
	goSignalHandler, engineCrashHandler = segv.handler, ill.handler
	libTextStart, libTextEnd = start, end
	// The kernel's return address for a handler is the restorer; the engine's (glibc's, from
	// SIGILL) is one the engine's unwinder knows as a signal frame.
	restorer := ill.restorer
	if ill.flags&saRestorer == 0 || restorer == 0 {
		restorer = faultRestorerABI0
	}
	for _, sig := range []syscall.Signal{syscall.SIGSEGV, syscall.SIGFPE} {
		act := segv // Go's flags (SA_ONSTACK, SA_SIGINFO, SA_RESTART) and mask
		act.handler, act.flags, act.restorer = crashDispatchABI0, segv.flags|saRestorer, restorer
		if sigaction(sig, &act, nil) != nil {
			return
		}
	}
	var abrt kernelSigaction
	if sigaction(syscall.SIGABRT, nil, &abrt) == nil && abrt.handler == 0 {
		act := kernelSigaction{handler: abortDispatchABI0, flags: saSiginfo | saOnstack | saRestorer | saResethand,
			restorer: restorer, mask: ^uint64(0)}
		if sigaction(syscall.SIGABRT, &act, nil) == nil {
			debug.SetTraceback("crash")
		}
	}
}

// sigaction is rt_sigaction(2) with the kernel's struct.
func sigaction(sig syscall.Signal, act, old *kernelSigaction) error {
	_, _, errno := syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(sig),
		uintptr(unsafe.Pointer(act)), uintptr(unsafe.Pointer(old)), 8, 0, 0)
	if errno != 0 {
		return errno
	}
	return nil
}

// executableMapping finds the executable mapping of /proc/self/maps that holds addr: this
// library's code (Go's, its assembly and the C runtime glue the linker put beside it).
func executableMapping(addr uintptr) (start, end uintptr, ok bool) {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return 0, 0, false
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		// 7f0c1a000000-7f0c1a400000 r-xp 00000000 08:01 1234  /path/lib.so
		fields := strings.Fields(s.Text())
		if len(fields) < 2 || !strings.Contains(fields[1], "x") {
			continue
		}
		lo, hi, found := strings.Cut(fields[0], "-")
		if !found {
			continue
		}
		a, err1 := strconv.ParseUint(lo, 16, 64)
		b, err2 := strconv.ParseUint(hi, 16, 64)
		if err1 == nil && err2 == nil && uintptr(a) <= addr && addr < uintptr(b) {
			return uintptr(a), uintptr(b), true
		}
	}
	return 0, 0, false
}

// crashDispatchState describes the handlers, for diagnostics and tests.
func crashDispatchState() (installed bool, engineHandler uintptr) {
	var cur kernelSigaction
	sigaction(syscall.SIGSEGV, nil, &cur)
	return crashDispatchABI0 != 0 && (cur.handler == crashDispatchABI0 || cur.handler == faultHandlerABI0 && oldSegvAction.handler == crashDispatchABI0), engineCrashHandler
}
