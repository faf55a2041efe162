package engine

import (
	"sync"
	"unsafe"

	"github.com/gdpure/gdpure/internal/gdi"
)

// Main-loop hooks: the engine calls startup once it is fully initialized, and shutdown before it
// shuts down, while everything (scripts, servers, the scene tree) still exists. Values that refer
// to engine things must be released by then; the deinitialization levels come later, after the
// script languages are gone.

var mainLoop struct {
	mu       sync.Mutex
	startup  []func()
	shutdown []func()
}

// OnStartup registers fn to run when the engine is fully initialized (its main loop starts).
func OnStartup(fn func()) {
	mainLoop.mu.Lock()
	mainLoop.startup = append(mainLoop.startup, fn)
	mainLoop.mu.Unlock()
}

// OnShutdown registers fn to run when the engine begins to shut down, while it is still fully
// initialized; shutdown hooks run in reverse registration order.
func OnShutdown(fn func()) {
	mainLoop.mu.Lock()
	mainLoop.shutdown = append(mainLoop.shutdown, fn)
	mainLoop.mu.Unlock()
}

// libraryOwner holds what the engine keeps until the extension is deinitialized.
var libraryOwner = NewOwner(OwnerLibrary)

// LibraryOwner returns the owner of buffers that live until the extension is deinitialized (its
// buffers are freed after the last deinitialization hook ran).
func LibraryOwner() *Owner { return libraryOwner }

func registerMainLoopCallbacks() {
	cb := (*gdi.MainLoopCallbacks)(gdi.CPtr(libraryOwner.Alloc(unsafe.Sizeof(gdi.MainLoopCallbacks{}))))
	cb.StartupFunc = gdi.SetMainLoopStartupCallbackHandler(func() {
		mainLoop.mu.Lock()
		fns := append([]func(){}, mainLoop.startup...)
		mainLoop.mu.Unlock()
		for _, fn := range fns {
			runHook("startup", currentLevel, fn)
		}
	})
	cb.ShutdownFunc = gdi.SetMainLoopShutdownCallbackHandler(func() {
		endOfFrame()
		mainLoop.mu.Lock()
		fns := append([]func(){}, mainLoop.shutdown...)
		mainLoop.mu.Unlock()
		for i := len(fns) - 1; i >= 0; i-- {
			runHook("shutdown", currentLevel, fns[i])
		}
		endOfFrame()
	})
	// Every frame, on the main thread, after every node's _process: work queued for it from other
	// threads, then the deferred functions.
	cb.FrameFunc = gdi.SetMainLoopFrameCallbackHandler(endOfFrame)
	gdi.RegisterMainLoopCallbacks(library, uintptr(unsafe.Pointer(cb)))
}
