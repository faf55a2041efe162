// Package engine is the extension's runtime under every other package of gdpure: the entry and
// initialization levels, the C buffers the engine can read and their owners, call frames, the
// main-thread queue, the ledger and guard mode. Package gdextension is the part of it a plugin
// sees; its documentation has the memory contract (which owner kind lives how long).
//
// Rules for code using this package (internal/lifetimecheck enforces the first two on gdpure's own
// packages; its test fails the suite when a function breaks one):
//   - Never hand the engine the address of Go memory: &x, a slice's backing array, a string's
//     bytes. A goroutine stack moves when it grows, which can happen during any engine call that
//     calls back into Go; the engine would then read or write freed memory. Put arguments, return
//     slots and out-parameters in a Frame. (Static storage, such as a string literal's bytes, is
//     marked on its line with the comment gdpure:static-memory.)
//   - A function that hands the engine the C address of a Go value's engine data keeps the Go value
//     alive until the engine is done with it: it uses the value after the last call that reads the
//     address (runtime.KeepAlive(v) after the call, or a deferred call on v). Otherwise the garbage
//     collector may release the value while the engine still reads it.
//   - Never use a buffer after its owner released it. Guard mode catches this.
//   - Release every Frame you acquire, after the engine call has returned (defer is fine).
//   - Names supplied at run time (a method name a caller passes in) go in a Frame
//     (Frame.StringName), never in permanent memory (StaticStringName is for literals).
//
// Work that must run on the engine's main thread (releasing a value that may hold the last
// reference to an object) goes through QueueForMainThread: it runs at once on the main thread,
// else at the next drain point (every frame, the engine's shutdown, GC-stress boundaries on the
// main thread, DrainMainThreadQueue).
package engine
