package godot

import "github.com/gdpure/gdpure/internal/engine"

// CallDeferred runs fn on the engine's main thread at the end of the current frame, as the engine's
// call_deferred does: never at once, also when called on the main thread, and never inside other
// main-thread work (a signal callback, a node's Free, a scene-tree update); work fn defers runs in
// the same pass. It is safe from any goroutine; a goroutine deferring faster than the main thread
// runs the work waits (at 65,536 pending functions) instead of the queue growing without bound. A
// panic in fn is reported through the engine's error output with its Go stack.
func CallDeferred(fn func()) { engine.Defer(fn) }
