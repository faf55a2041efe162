// Package gdextension is what a plugin sees of the extension itself: its initialization levels,
// the main thread, error printing, and the ledger of the C memory the engine can read.
//
// The plugin's main package imports gdextension/entry for its side effect: it exports the symbol
// the engine calls to load the library. Code registers work for a level with OnInit and cleanup
// with OnDeinit, from init functions: the engine initializes core, servers, scene, editor in that
// order and deinitializes in reverse. OnStartup and OnShutdown run when the engine's main loop
// starts and before it shuts down, when every singleton exists.
//
// # Threads
//
// Calls into the engine may come from any goroutine. RunOnMainThread runs a function on the
// engine's main thread (at once when the caller is on it), Defer at the end of the current frame,
// never inside other main-thread work.
//
// # Memory: who owns what, how long it lives
//
// The engine never holds a Go pointer. It is given C memory, or integer handles into Go tables.
// Every C buffer has an owner whose kind is one row of the engine's memory contract (OwnerKind):
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
// the owner's contract ends, never by Go's garbage collector, which neither sees nor moves C
// memory. Call frames are stack-like and pooled: steady-state calls allocate nothing. A plugin
// never handles these buffers itself: the packages variant, godot and classdb do.
//
// # The ledger and guard mode
//
// The ledger counts live buffers and bytes per owner kind, always (Ledger, LiveBuffers). At the
// last deinitialize every non-permanent buffer must be freed; any that is not is reported by owner
// (LeakReport; in guard mode with its allocation site), and the in-engine test harness (package
// godottest) fails the run.
//
// With GDPURE_MEMGUARD=1 in the environment (MemGuard reports it) each buffer sits on pages of its
// own with an inaccessible page right after it, and a freed buffer's pages are made inaccessible
// and never handed out again during the run: a late read or write by the engine faults at once
// instead of corrupting something else, and the fault reporter names the buffer's owner kind (use
// after free) or says the access ran past a live buffer's end (overflow). Running out of address
// space or memory mappings ends the process with a message and exit status 3. With
// GDPURE_GCSTRESS=1 the garbage collector runs at every entry from the engine, before every return
// to it and before every call into it, and on the main thread the boundary waits for the cleanups
// that collection queued: a value Go stopped keeping alive too early is released at that
// boundary, deterministically.
package gdextension
