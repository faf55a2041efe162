package gdextension

import (
	"fmt"
	"syscall"
	"unsafe"
)

// The guard-mode fault reporter. A freed guarded buffer is inaccessible, so when the engine reads
// it the access faults in engine code — where Go's own signal handler does not look, it forwards
// the signal to the engine's crash handler. In guard mode gdpure installs a SIGSEGV handler of its
// own in front (faultreport_linux_amd64.s). It does only async-signal-safe work: it looks the
// fault address up in faultTable (a static copy of the quarantine), writes one line naming the
// buffer's owner kind to standard error, puts the previous handler back and returns, so the
// access faults again and the usual crash handling takes over. It is one-shot: the first SIGSEGV
// of any origin disarms it.

// faultEntry mirrors one quarantined mapping for the signal handler: [base, end) and owner kind.
type faultEntry struct {
	base, end, kind uintptr
}

const faultMsgSize = 160

var (
	faultTable    [quarantineLimit]faultEntry
	faultMsgs     [ownerKindCount][faultMsgSize]byte
	faultMsgLens  [ownerKindCount]uintptr
	oldSegvAction kernelSigaction
)

// kernelSigaction is struct sigaction as the x86-64 Linux kernel takes it.
type kernelSigaction struct {
	handler  uintptr
	flags    uint64
	restorer uintptr
	mask     uint64
}

// Addresses of the assembly handler and restorer.
var faultHandlerABI0, faultRestorerABI0 uintptr

const (
	saSiginfo  = 0x4
	saOnstack  = 0x08000000
	saRestorer = 0x04000000
)

// FaultMessage is the line the reporter writes for a buffer of the given owner kind.
func FaultMessage(kind OwnerKind) string {
	return fmt.Sprintf("gdpure memguard: the engine accessed a freed C buffer owned by a %s (use after free)\n", kind)
}

// installFaultReporter arms the reporter (guard mode only).
func installFaultReporter() {
	for k := OwnerKind(0); k < ownerKindCount; k++ {
		n := copy(faultMsgs[k][:], FaultMessage(k))
		faultMsgLens[k] = uintptr(n)
	}
	act := kernelSigaction{handler: faultHandlerABI0, flags: saSiginfo | saOnstack | saRestorer, restorer: faultRestorerABI0}
	_, _, errno := syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(syscall.SIGSEGV),
		uintptr(unsafe.Pointer(&act)), uintptr(unsafe.Pointer(&oldSegvAction)), 8, 0, 0)
	if errno != 0 {
		PrintWarning("gdpure: could not install the guard-mode fault reporter: " + errno.Error())
	}
}

// recordFault mirrors a quarantine slot for the handler.
func recordFault(slot int, base, length uintptr, kind OwnerKind) {
	faultTable[slot] = faultEntry{base: base, end: base + length, kind: uintptr(kind)}
}

// FaultReporterArmed reports whether the guard-mode fault reporter is the current SIGSEGV handler.
func FaultReporterArmed() bool {
	var cur kernelSigaction
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(syscall.SIGSEGV), 0, uintptr(unsafe.Pointer(&cur)), 8, 0, 0)
	return faultHandlerABI0 != 0 && cur.handler == faultHandlerABI0
}

// FaultHandlerState describes the SIGSEGV handler now installed, for diagnostics.
func FaultHandlerState() string {
	var cur kernelSigaction
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(syscall.SIGSEGV), 0, uintptr(unsafe.Pointer(&cur)), 8, 0, 0)
	return fmt.Sprintf("current %#x flags %#x, reporter %#x, previous %#x", cur.handler, cur.flags, faultHandlerABI0, oldSegvAction.handler)
}
