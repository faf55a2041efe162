package gdextension

import "github.com/gdpure/gdpure/internal/engine"

// An InitLevel is one of the engine's initialization levels of an extension.
type InitLevel = engine.InitLevel

// The initialization levels, in the order the engine initializes them.
const (
	LevelCore    InitLevel = engine.LevelCore
	LevelServers InitLevel = engine.LevelServers
	LevelScene   InitLevel = engine.LevelScene
	LevelEditor  InitLevel = engine.LevelEditor
)

// OnInit registers fn to run when the engine initializes the extension at level. Call it from an
// init function of a package the extension links; hooks of one level run in registration order.
func OnInit(level InitLevel, fn func()) { engine.OnInit(level, fn) }

// OnDeinit registers fn to run when the engine deinitializes the extension at level; hooks of one
// level run in reverse registration order, so cleanups undo registrations in the right order.
func OnDeinit(level InitLevel, fn func()) { engine.OnDeinit(level, fn) }

// OnStartup registers fn to run when the engine is fully initialized (its main loop starts).
func OnStartup(fn func()) { engine.OnStartup(fn) }

// OnShutdown registers fn to run when the engine begins to shut down, while it is still fully
// initialized; shutdown hooks run in reverse registration order.
func OnShutdown(fn func()) { engine.OnShutdown(fn) }

// Initialized reports whether the engine has loaded the extension.
func Initialized() bool { return engine.Initialized() }

// CurrentLevel returns the highest initialization level reached, or -1.
func CurrentLevel() InitLevel { return engine.CurrentLevel() }

// EngineVersion returns the running engine's version ("4.6.3").
func EngineVersion() string { return engine.EngineVersion() }

// LibraryPath returns the absolute path of this extension's library file, as the engine loaded it
// from the .gdextension file: for files shipped beside the library. It is "" before the engine
// has loaded the library.
func LibraryPath() string { return engine.LibraryPath() }

// CallPath names the call path of this build: "asm" (Go-assembly trampolines: linux/amd64,
// linux/arm64 and windows/amd64, built with cgo as a plugin is) or "purego" (macOS, windows/arm64,
// a build without cgo, or the build tag gdpure_purego).
const CallPath = engine.CallPath

// OnMainThread reports whether the caller runs on the engine's main thread.
func OnMainThread() bool { return engine.OnMainThread() }

// RunOnMainThread runs f on the engine's main thread: now when the caller is on it, else at the
// engine's next frame (or its shutdown).
func RunOnMainThread(f func()) { engine.RunOnMainThread(f) }

// Defer queues f to run on the main thread at the end of the current frame (after every node's
// _process), or at the engine's shutdown, always, also when called on the main thread: never
// inside the caller's own code or any other main-thread work. Work f defers in turn runs in the
// same pass. Off the main thread, Defer blocks while too many deferred functions already wait,
// until the main thread has run them.
func Defer(f func()) { engine.Defer(f) }

// PrintError reports msg through the engine's error printing (an ERROR: line in the output, an
// entry in the editor's debugger).
func PrintError(msg string) { engine.PrintError(msg) }

// PrintErrorWithStack reports msg and a detail text (such as a Go stack) through the engine.
func PrintErrorWithStack(msg, detail string) { engine.PrintErrorWithStack(msg, detail) }

// PrintWarning reports msg through the engine's warning printing.
func PrintWarning(msg string) { engine.PrintWarning(msg) }

// An OwnerKind is one row of the engine's memory contract: how long the engine may read a buffer
// (see the package documentation).
type OwnerKind = engine.OwnerKind

// The owner kinds.
const (
	OwnerCallFrame    OwnerKind = engine.OwnerCallFrame
	OwnerRegistration OwnerKind = engine.OwnerRegistration
	OwnerPropertyList OwnerKind = engine.OwnerPropertyList
	OwnerLibrary      OwnerKind = engine.OwnerLibrary
	OwnerValue        OwnerKind = engine.OwnerValue
	OwnerPermanent    OwnerKind = engine.OwnerPermanent
)

// LedgerEntry is one row of the ledger: the live buffers and bytes of one owner kind.
type LedgerEntry = engine.LedgerEntry

// Ledger returns the live buffers and bytes per owner kind.
func Ledger() []LedgerEntry { return engine.Ledger() }

// LiveBuffers returns the number of live buffers that are not permanent.
func LiveBuffers() int64 { return engine.LiveBuffers() }

// LeakReport describes every live non-permanent buffer: by owner kind, and in guard mode with
// each buffer's allocation site. It is empty when nothing leaked; at the last deinitialize it
// lists the leaks.
func LeakReport() string { return engine.LeakReport() }

// MemGuard reports whether guard mode is on (GDPURE_MEMGUARD=1 when the library was loaded).
func MemGuard() bool { return engine.MemGuard }
