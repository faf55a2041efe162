package engine

import (
	"fmt"
	"os"
	"runtime"
	"sync"
	"unsafe"

	"github.com/gdpure/gdpure/internal/osthread"

	"github.com/gdpure/gdpure/internal/extlib"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/probe"
)

// InitLevel is an engine initialization level. The engine initializes an extension level by level
// (core, servers, scene, editor) and deinitializes it in the reverse order.
type InitLevel int32

// The levels, numbered as the engine numbers them (GDExtensionInitializationLevel).
const (
	LevelCore    InitLevel = 0
	LevelServers InitLevel = 1
	LevelScene   InitLevel = 2
	LevelEditor  InitLevel = 3
	levelCount             = 4
)

// The levels are the engine's: a mismatch fails to compile (a constant index out of range).
var _ = [levelCount]struct{}{
	[1]struct{}{}[LevelCore-InitLevel(gdi.InitializationCore)],
	[1]struct{}{}[LevelServers-InitLevel(gdi.InitializationServers)],
	[1]struct{}{}[LevelScene-InitLevel(gdi.InitializationScene)],
	[1]struct{}{}[LevelEditor-InitLevel(gdi.InitializationEditor)],
}

func (l InitLevel) String() string {
	switch l {
	case LevelCore:
		return "core"
	case LevelServers:
		return "servers"
	case LevelScene:
		return "scene"
	case LevelEditor:
		return "editor"
	}
	return fmt.Sprintf("InitLevel(%d)", int32(l))
}

var hooks struct {
	mu     sync.Mutex
	init   [levelCount][]func()
	deinit [levelCount][]func()
}

// OnInit registers fn to run when the engine initializes the extension at level. Call it from an
// init function of a package the extension links; hooks of one level run in registration order.
func OnInit(level InitLevel, fn func()) {
	hooks.mu.Lock()
	hooks.init[level] = append(hooks.init[level], fn)
	hooks.mu.Unlock()
}

// OnDeinit registers fn to run when the engine deinitializes the extension at level; hooks of one
// level run in reverse registration order, so cleanups undo registrations in the right order.
func OnDeinit(level InitLevel, fn func()) {
	hooks.mu.Lock()
	hooks.deinit[level] = append(hooks.deinit[level], fn)
	hooks.mu.Unlock()
}

var (
	library     gdi.ClassLibraryPtr
	initialized bool
	// currentLevel is the highest level initialized so far, -1 before the first.
	currentLevel InitLevel = -1
)

// Initialized reports whether the extension was entered by the engine.
func Initialized() bool { return initialized }

// CurrentLevel returns the highest initialization level reached, or -1.
func CurrentLevel() InitLevel { return currentLevel }

// Entry is called by the exported entry symbol (package gdextension/entry) with the engine's three
// arguments. It resolves the interface, installs the initialization callbacks and returns whether
// the extension can be used.
func Entry(getProcAddress, lib, initialization uintptr) bool {
	if err := gdi.Load(getProcAddress); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return false
	}
	library = gdi.ClassLibraryPtr(lib)
	extlib.Set(library)
	engineAllocator = !MemGuard
	if os.Getenv("GDPURE_GCSTRESS") == "1" {
		installGCStress()
	}
	gdi.PanicHook = reportPanic
	installCrashDispatch()
	if MemGuard {
		installFaultReporter()
	}
	// The engine's own GDExtensionInitialization struct, written here and read after we return.
	in := (*gdi.Initialization)(gdi.CPtr(initialization))
	in.MinimumInitializationLevel = gdi.InitializationCore
	in.Userdata = 0
	in.Initialize = gdi.SetInitializeCallbackHandler(initializeLevel)
	in.Deinitialize = gdi.SetDeinitializeCallbackHandler(deinitializeLevel)
	initialized = true
	warnForeignRuntime()
	return true
}

func initializeLevel(_ uintptr, level gdi.InitializationLevel) {
	l := InitLevel(level)
	currentLevel = l
	if l == LevelCore {
		mainThread.Store(osthread.Self())
		resolveFrameHelpers()
		registerMainLoopCallbacks()
	}
	hooks.mu.Lock()
	fns := append([]func(){}, hooks.init[l]...)
	hooks.mu.Unlock()
	for _, fn := range fns {
		runHook("initialize", l, fn)
	}
}

func deinitializeLevel(_ uintptr, level gdi.InitializationLevel) {
	l := InitLevel(level)
	hooks.mu.Lock()
	fns := append([]func(){}, hooks.deinit[l]...)
	hooks.mu.Unlock()
	for i := len(fns) - 1; i >= 0; i-- {
		runHook("deinitialize", l, fns[i])
	}
	currentLevel = l - 1
	if l == LevelCore {
		finalCleanup()
	}
}

// runHook runs one user hook; a panic in it is reported and the other hooks still run.
func runHook(what string, l InitLevel, fn func()) {
	defer func() {
		if r := recover(); r != nil {
			reportPanic(what+" hook at level "+l.String(), r, stack())
		}
	}()
	fn()
}

func stack() []byte {
	buf := make([]byte, 64<<10)
	return buf[:runtime.Stack(buf, false)]
}

func finalCleanup() {
	endOfFrame()
	libraryOwner.Release()
	releaseFramePool()
	releaseStringNameCache()
	report := LeakReport()
	if report != "" {
		PrintError(report)
		fmt.Fprint(os.Stderr, report)
	}
	if probe.ExitReport != nil {
		probe.ExitReport(report)
	}
}

// reportPanic reports a panic recovered at an entry from the engine through the engine's error
// printing, with the Go stack, so it shows in the editor's output and in headless logs.
func reportPanic(where string, value any, stack []byte) {
	msg := fmt.Sprintf("Go panic in %s: %v", where, value)
	defer func() {
		// Reporting through the engine needs a call frame; if even that fails, say it on stderr
		// rather than panic inside the recovery.
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "ERROR: %s\n%s\n(reporting through the engine failed: %v)\n", msg, stack, r)
		}
	}()
	PrintErrorWithStack(msg, string(stack))
}

// PrintError reports msg through the engine's error printing (an ERROR: line in the output).
func PrintError(msg string) {
	PrintErrorWithStack(msg, "")
}

// PrintErrorWithStack reports msg and a detail text (such as a Go stack) through the engine.
func PrintErrorWithStack(msg, detail string) {
	if !initialized {
		fmt.Fprintf(os.Stderr, "ERROR: %s\n%s\n", msg, detail)
		return
	}
	f := AcquireFrame()
	defer f.Release()
	text := msg
	if detail != "" {
		text += "\n" + detail
	}
	gdi.PrintErrorWithMessage(f.CString(msg), f.CString(text), f.CString("gdpure"), f.CString("gdpure"), 0, 0)
}

// PrintWarning reports msg through the engine's warning printing.
func PrintWarning(msg string) {
	if !initialized {
		fmt.Fprintf(os.Stderr, "WARNING: %s\n", msg)
		return
	}
	f := AcquireFrame()
	defer f.Release()
	gdi.PrintWarningWithMessage(f.CString(msg), f.CString(msg), f.CString("gdpure"), f.CString("gdpure"), 0, 0)
}

// EngineVersion returns the running engine's version ("4.6.3").
func EngineVersion() string { return gdi.EngineVersion() }

// CallPath names the call path of this build: "asm" (Go-assembly trampolines) or "purego".
const CallPath = gdi.CallPath

// LibraryPath returns the absolute path of this extension's library file, as the engine loaded it
// from the .gdextension file (the official bindings' get_library_path): for files shipped beside
// the library. It is "" before the engine has loaded the library.
func LibraryPath() string {
	if !initialized {
		return ""
	}
	f := AcquireFrame()
	defer f.Release()
	s := f.Alloc(8)
	gdi.GetLibraryPath(extlib.Handle(), gdi.UninitializedStringPtr(s))
	f.DestroyOnRelease(s, gdi.VariantGetPtrDestructor(gdi.VariantTypeString))
	n := gdi.StringToUtf8Chars(gdi.ConstStringPtr(s), 0, 0)
	if n <= 0 {
		return ""
	}
	buf := f.Alloc(uintptr(n))
	gdi.StringToUtf8Chars(gdi.ConstStringPtr(s), buf, n)
	return string(unsafe.Slice((*byte)(gdi.CPtr(buf)), n))
}
