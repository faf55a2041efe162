// Package gdextension is the entry of a Go extension and the owner of every byte the engine can
// read: initialization levels, C buffers with owners, call frames, the ledger and guard mode.
//
// # Entry and initialization levels
//
// The entry symbol (package gdextension/entry) calls Entry, which resolves the interface and
// installs the initialization callbacks. Code registers work for a level with OnInit and cleanup
// with OnDeinit, from init functions: the engine initializes core, servers, scene, editor in that
// order and deinitializes in reverse.
//
// # Memory: who owns what, how long it lives
//
// The engine never holds a Go pointer. It is given C memory, or integer handles into Go tables.
// Every C buffer has an Owner whose kind is one row of the engine's memory contract:
//
//	OwnerCallFrame     args, argument values, return slots,  until the engine call returns
//	                   names supplied at run time
//	OwnerRegistration  class/method/property info structs    until the register call returns
//	OwnerPropertyList  a returned property list              until free_property_list
//	OwnerLibrary       data the engine keeps or reads until  until deinitialize
//	                   the end (the empty values zero Go
//	                   values read)
//	OwnerValue         the engine data of one Go value       until the value is unreachable,
//	                   (String, Variant, …)                  destroyed, or the engine shuts down
//	OwnerPermanent     the StringNames of names spelled      forever
//	                   as literals (a cache)
//
// Buffers come from the engine's allocator (so its memory accounting sees them) and are freed when
// the owner's contract ends — Release on an Owner, Release on a Frame — never by Go's garbage
// collector, which neither sees nor moves C memory. Call frames (AcquireFrame) are stack-like and
// pooled: steady-state calls allocate nothing.
//
// Rules for code using this package (internal/lifetimecheck enforces the first two on gdpure's own
// packages; the test fails the build's suite when a function breaks one):
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
// # Threads
//
// Calls into the engine may come from any goroutine. Work that must run on the engine's main thread
// (releasing a value that may hold the last reference to an object) goes through
// QueueForMainThread: it runs at once on the main thread, else at the next drain point (every
// frame, the engine's shutdown, GC-stress boundaries on the main thread, DrainMainThreadQueue).
//
// # The ledger and guard mode
//
// The ledger counts live buffers and bytes per owner kind, always. At the last deinitialize every
// non-permanent buffer must be freed; any that is not is reported by owner (and, in guard mode, by
// allocation site), and the in-engine test harness fails the run.
//
// With GDPURE_MEMGUARD=1 each buffer sits on pages of its own with an inaccessible page right after
// it, and a freed buffer's pages are made inaccessible and never handed out again during the run: a
// late read or write by the engine faults at once instead of corrupting something else, and the
// fault reporter names the buffer's owner kind (use after free) or says the access ran past a live
// buffer's end (overflow). Running out of address space or memory mappings ends the process with a
// message and exit status 3. With GDPURE_GCSTRESS=1 the garbage collector runs at every entry from
// the engine, before every return to it and before every call into it, and on the main thread the
// boundary waits for the cleanups that collection queued: a value Go stopped keeping alive too
// early is released at that boundary, deterministically.
package gdextension
