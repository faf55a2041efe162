//go:build !(linux && (amd64 || arm64))

package engine

import (
	"fmt"
	"os"
	"runtime"

	"github.com/gdpure/gdpure/internal/probe"
)

// FaultMessage is the line the guard-mode fault reporter writes for a freed buffer (Linux on
// amd64 and arm64 only).
func FaultMessage(kind OwnerKind) string {
	return fmt.Sprintf("gdpure memguard: the engine accessed a freed C buffer owned by a %s (use after free)\n", kind)
}

// OverflowMessage is the line the reporter writes for an access past a buffer's end.
func OverflowMessage(kind OwnerKind) string {
	return fmt.Sprintf("gdpure memguard: the engine accessed past the end of a C buffer owned by a %s (overflow)\n", kind)
}

// The fault reporter (a SIGSEGV handler in assembly that names the owner of a faulting buffer)
// exists on linux/amd64 and linux/arm64 only. Elsewhere guard mode still stops the process at the first access to
// a freed buffer or past a buffer's end, reported by the engine's crash handler without the owner;
// guard mode says so when it starts.
func installFaultReporter() {
	fmt.Fprintf(os.Stderr, "gdpure memguard: the fault reporter is not on this platform (%s/%s; it is on linux/amd64 and linux/arm64): "+
		"a fault in a guarded buffer still stops the process at once, but the report does not name the buffer's owner\n",
		runtime.GOOS, runtime.GOARCH)
}

// faultReporterArmed reports whether the guard-mode fault reporter is installed (never, here).
func faultReporterArmed() bool { return false }

// faultHandlerState describes the SIGSEGV handler (Linux on amd64 and arm64 only).
func faultHandlerState() string { return "unsupported" }

func init() {
	probe.FaultReporterArmed = faultReporterArmed
	probe.FaultHandlerState = faultHandlerState
}
