// Package callfail carries the cause of a failed call of a Go class method — its error, panic or
// bad argument — from classdb, where the method runs, to the Go caller that made the call through
// the engine (package godot), whose engine call error has only a code.
//
// The method runs synchronously inside the caller's engine call, so the caller brackets the call
// with Seq and takes the cause recorded for the same object after it. Causes nobody takes (the
// caller was GDScript) are dropped when the table grows past a few entries.
package callfail

import (
	"sync"
	"sync/atomic"
)

type entry struct {
	seq uint64
	msg string
}

var (
	seq   atomic.Uint64
	mu    sync.Mutex
	table = map[uintptr]entry{}
)

// Seq returns the sequence number of the latest recorded cause: a caller reads it before its call.
func Seq() uint64 { return seq.Load() }

// Record records why a call on the engine object obj (0 for a static method) failed.
func Record(obj uintptr, msg string) {
	mu.Lock()
	if len(table) >= 64 {
		clear(table)
	}
	table[obj] = entry{seq.Add(1), msg}
	mu.Unlock()
}

// Take returns (and forgets) the cause recorded for obj (or for a static method) after the caller read since from Seq, or "".
func Take(since uint64, obj uintptr) string {
	if seq.Load() == since {
		return "" // nothing failed during the call: the common case costs one load
	}
	mu.Lock()
	defer mu.Unlock()
	for _, k := range []uintptr{obj, 0} { // the object's method, or a static called through it
		if e, ok := table[k]; ok && e.seq > since {
			delete(table, k)
			return e.msg
		}
	}
	return ""
}
