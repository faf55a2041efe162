// Package probe lets gdpure's own tests look inside its packages: the packages set these hooks at
// initialization, the in-engine tests read them. A hook is a function value that costs nothing
// until it is called, and only the suite calls them; what would cost something on a plugin's hot
// paths is recorded only when Enabled. ExitReport is for package godottest.
package probe

import "sync/atomic"

// Enabled is set by gdpure's own in-engine test extension (internal/enginetest, in its init, which
// runs before the engine can call the library): only then do the packages record what costs
// something as a plugin runs (CallableFreedOnThread). A plugin never sets it.
var Enabled bool

// EmptyValuesIntact reports an error when a read-only empty value that zero Go values share was
// changed (package variant sets it).
var EmptyValuesIntact func() error

// CallableFreedOnThread is the kernel thread id on which the engine last freed a custom callable
// made from Go (package variant records it).
var CallableFreedOnThread atomic.Int64

// ExitReport, when set, receives the ledger's leak report at the extension's last deinitialize
// (empty when nothing leaked); package gdextension calls it. The in-engine test harness sets it.
var ExitReport func(report string)

// QuarantinedOwner reports the owner kind (a engine.OwnerKind) a freed guarded buffer
// containing addr had, under guard mode (package gdextension sets it, on Linux).
var QuarantinedOwner func(addr uintptr) (kind uint8, ok bool)

// ScalarVariantsDirect reports whether package variant reads and writes Nil, bool, int and float
// Variants itself (their layout matched the engine's at initialization) rather than through the
// engine's functions (package variant sets it).
var ScalarVariantsDirect func() bool

// ArrayStorageDirect reports whether package variant reads Array lengths and elements where the
// engine keeps them (their layout matched at initialization), and SetArrayStorageDirect switches
// that off (false) or back on (true, only where the layout matched) for a test of the other path;
// it returns the previous setting (package variant sets both).
var (
	ArrayStorageDirect    func() bool
	SetArrayStorageDirect func(direct bool) (was bool)
)

// LiveValues returns the number of engine values Go values own right now (package variant sets
// it).
var LiveValues func() int

// LiveBindings returns the number of engine objects Go has a binding for right now (the slots in
// use in package godot's binding table; package godot sets it).
var LiveBindings func() int

// LiveCallables returns the number of Go functions the engine still holds as custom callables
// (package variant sets it).
var LiveCallables func() int

// FaultReporterArmed reports whether the guard-mode fault reporter is the current SIGSEGV handler,
// and FaultHandlerState describes the handler installed, for the test's message (package
// gdextension sets both).
var (
	FaultReporterArmed func() bool
	FaultHandlerState  func() string
)

// CrashDispatchInstalled reports whether the engine's crash reports are kept whole: the dispatcher
// that sends faults outside Go code straight to the engine's crash handler is installed
// (linux/amd64, when the engine has a crash handler; package engine sets it).
var CrashDispatchInstalled func() bool
