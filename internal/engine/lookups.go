package engine

import "sync/atomic"

// Lookups is a table of engine function pointers looked up on first use and kept for the life of
// the library: the method binds of engine classes (package godot), the builtin methods and
// operator evaluators of builtin types (package variant). The engine's pointers stay valid until
// the library is unloaded and point into the engine's code, not at memory anybody owns.
//
// It is safe for concurrent use: two goroutines looking up an entry for the first time both call
// resolve, and both get the same pointer.
type Lookups[P ~uintptr] struct {
	ptrs    []atomic.Uintptr
	resolve func(i int) P
}

// NewLookups returns a table of n entries; resolve(i) looks up entry i, and panics with a message
// naming what the engine lacks (it never returns 0).
func NewLookups[P ~uintptr](n int, resolve func(i int) P) *Lookups[P] {
	return &Lookups[P]{ptrs: make([]atomic.Uintptr, n), resolve: resolve}
}

// At returns entry i, looking it up the first time.
func (l *Lookups[P]) At(i int) P {
	if p := l.ptrs[i].Load(); p != 0 {
		return P(p)
	}
	return l.lookUp(i)
}

func (l *Lookups[P]) lookUp(i int) P {
	p := l.resolve(i)
	if p == 0 {
		panic("gdpure: an engine look-up returned no function")
	}
	l.ptrs[i].Store(uintptr(p))
	return p
}
