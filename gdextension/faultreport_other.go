//go:build !(linux && amd64)

package gdextension

import (
	"fmt"

	"github.com/gdpure/gdpure/internal/probe"
)

// FaultMessage is the line the guard-mode fault reporter writes for a freed buffer (linux/amd64
// only).
func FaultMessage(kind OwnerKind) string {
	return fmt.Sprintf("gdpure memguard: the engine accessed a freed C buffer owned by a %s (use after free)\n", kind)
}

// OverflowMessage is the line the reporter writes for an access past a buffer's end.
func OverflowMessage(kind OwnerKind) string {
	return fmt.Sprintf("gdpure memguard: the engine accessed past the end of a C buffer owned by a %s (overflow)\n", kind)
}

// The fault reporter exists on linux/amd64 only; elsewhere guard mode still faults at once.
func installFaultReporter() {}

// faultReporterArmed reports whether the guard-mode fault reporter is installed (never, here).
func faultReporterArmed() bool { return false }

// faultHandlerState describes the SIGSEGV handler (linux/amd64 only).
func faultHandlerState() string { return "unsupported" }

func init() {
	probe.FaultReporterArmed = faultReporterArmed
	probe.FaultHandlerState = faultHandlerState
}
