// Package osthread identifies the operating-system thread the caller runs on, on every platform
// gdpure builds for. Package gdextension uses it to know the engine's main thread (the thread that
// initializes the extension); tests use it to check which thread ran a piece of work.
//
// An ID is only meaningful while the caller stays on its thread: a goroutine may move between
// threads unless it runs inside a call from the engine (which is locked to the engine's thread for
// the call) or has called runtime.LockOSThread.
package osthread
