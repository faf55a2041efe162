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
//	OwnerCallFrame     args, argument values, return slots   until the engine call returns
//	OwnerRegistration  class/method/property info structs    until the register call returns
//	OwnerInstance      memory of one Go class instance       until free_instance
//	OwnerPropertyList  a returned property list              until free_property_list
//	OwnerCallable      a custom callable's userdata           until the callable's free_func
//	OwnerLibrary       virtual call data and the like         until deinitialize
//	OwnerValue         the engine data of one Go value         until the value is unreachable,
//	                   (String, Variant, …)                    destroyed, or deinitialize
//	OwnerPermanent     static StringName bytes                forever
//
// Buffers come from the engine's allocator (so its memory accounting sees them) and are freed when
// the owner's contract ends — Release on an Owner, Release on a Frame — never by Go's garbage
// collector, which neither sees nor moves C memory. Call frames (AcquireFrame) are stack-like and
// pooled: steady-state calls allocate nothing.
//
// Rules for code using this package:
//   - Never hand the engine the address of Go memory. A goroutine stack moves when it grows, which
//     can happen during any engine call that calls back into Go; the engine would then write into
//     freed memory. Put arguments, return slots and out-parameters in a Frame.
//   - Never use a buffer after its owner released it. Guard mode catches this.
//   - Release every Frame you acquire, after the engine call has returned (defer is fine).
//
// # The ledger and guard mode
//
// The ledger counts live buffers and bytes per owner kind, always. At the last deinitialize every
// non-permanent buffer must be freed; any that is not is reported by owner (and, in guard mode, by
// allocation site), and the in-engine test harness fails the run.
//
// With GDPURE_MEMGUARD=1 each buffer sits on its own mapping with an inaccessible page right after
// it, and a freed buffer is poisoned, made inaccessible and quarantined: a late read or write by the
// engine faults at once instead of corrupting something else. With GDPURE_GCSTRESS=1 the garbage
// collector runs at every entry from the engine and before every return to it.
package gdextension
