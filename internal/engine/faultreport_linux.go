//go:build linux && (amd64 || arm64)

package engine

import (
	"fmt"
	"syscall"
	"unsafe"

	"github.com/gdpure/gdpure/internal/probe"
)

// The guard-mode fault reporter. A freed guarded buffer is inaccessible, so when the engine reads
// it the access faults in engine code, where Go's own signal handler does not look: it forwards the
// signal to the engine's crash handler. In guard mode gdpure installs a SIGSEGV handler of its own
// in front (faultreport_linux_amd64.s, faultreport_linux_arm64.s). It does only async-signal-safe
// work: it looks the fault address up in the guard region's page table and, when the page belongs to a freed buffer or is
// the guard page of a live one, writes one line naming the buffer's owner kind to standard error.
// Then, whatever the fault, it hands the signal to the handler that was installed before it (Go's,
// which turns a fault in Go code into a panic and forwards one in engine code to the engine's crash
// handler). It stays installed: a recovered Go fault does not disarm it.

const faultMsgSize = 160

// The handler's KINDS constant is the number of owner kinds.
var _ [6 - ownerKindCount]struct{}
var _ [ownerKindCount - 6]struct{}

// Messages per page state (0: freed, 1: guard page) and owner kind, for the handler.
var (
	faultMsgs     [2][ownerKindCount][faultMsgSize]byte
	faultMsgLens  [2][ownerKindCount]uintptr
	oldSegvAction kernelSigaction
)

// kernelSigaction is struct sigaction as the Linux kernel takes it on x86-64 and arm64.
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

// FaultMessage is the line the reporter writes when something touches a freed buffer of the given
// owner kind.
func FaultMessage(kind OwnerKind) string {
	return fmt.Sprintf("gdpure memguard: the engine accessed a freed C buffer owned by a %s (use after free)\n", kind)
}

// OverflowMessage is the line the reporter writes when something touches the guard page after a
// live buffer of the given owner kind.
func OverflowMessage(kind OwnerKind) string {
	return fmt.Sprintf("gdpure memguard: the engine accessed past the end of a C buffer owned by a %s (overflow)\n", kind)
}

// installFaultReporter arms the reporter (guard mode only). Installing it twice keeps the first
// previous handler.
func installFaultReporter() {
	if faultReporterArmed() {
		return
	}
	if pageSize != 4096 {
		PrintWarning("gdpure: the guard-mode fault reporter needs 4 KiB pages; guard mode still faults at once")
		return
	}
	for k := OwnerKind(0); k < ownerKindCount; k++ {
		faultMsgLens[0][k] = uintptr(copy(faultMsgs[0][k][:], FaultMessage(k)))
		faultMsgLens[1][k] = uintptr(copy(faultMsgs[1][k][:], OverflowMessage(k)))
	}
	act := kernelSigaction{handler: faultHandlerABI0, flags: saSiginfo | saOnstack | saRestorer, restorer: faultRestorerABI0}
	_, _, errno := syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(syscall.SIGSEGV),
		uintptr(unsafe.Pointer(&act)), uintptr(unsafe.Pointer(&oldSegvAction)), 8, 0, 0)
	if errno != 0 {
		PrintWarning("gdpure: could not install the guard-mode fault reporter: " + errno.Error())
	}
}

// faultReporterArmed reports whether the guard-mode fault reporter is the current SIGSEGV handler.
func faultReporterArmed() bool {
	var cur kernelSigaction
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(syscall.SIGSEGV), 0, uintptr(unsafe.Pointer(&cur)), 8, 0, 0)
	return faultHandlerABI0 != 0 && cur.handler == faultHandlerABI0
}

// faultHandlerState describes the SIGSEGV handler now installed, for diagnostics.
func faultHandlerState() string {
	var cur kernelSigaction
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(syscall.SIGSEGV), 0, uintptr(unsafe.Pointer(&cur)), 8, 0, 0)
	return fmt.Sprintf("current %#x flags %#x, reporter %#x, previous %#x", cur.handler, cur.flags, faultHandlerABI0, oldSegvAction.handler)
}

func init() {
	probe.FaultReporterArmed = faultReporterArmed
	probe.FaultHandlerState = faultHandlerState
}
