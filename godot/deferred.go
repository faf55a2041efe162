package godot

import "github.com/gdpure/gdpure/gdextension"

// CallDeferred runs fn on the engine's main thread: at once when called there, else at the next
// frame (or when the engine shuts down). It is safe from any goroutine; a panic in fn is reported
// through the engine's error output with its Go stack.
func CallDeferred(fn func()) { gdextension.RunOnMainThread(fn) }
