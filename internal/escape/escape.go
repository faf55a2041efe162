// Package escape lets a value passed as an interface stay in its caller's stack frame when the
// callee is known to keep nothing of it.
//
// The compiler's escape analysis moves to the heap anything that reaches a function it cannot see
// through (an interface method, reflection, a function value): an int passed as `any` to such a
// function is boxed on the heap, one allocation per call. Hidden reads an interface through an
// assembly function declared //go:noescape, which the compiler takes at its word: neither the
// argument nor what the result points to escapes because of the call.
//
// Memory rule: the caller of Hidden promises that the result is used only during the caller's own
// call and that nothing it points to is kept afterwards — not stored in a global, a heap object, a
// channel, a closure that outlives the call, or C memory. Breaking it leaves a pointer into a dead
// stack frame. A stack that moves while the result is in use is no hazard: the result is an
// ordinary interface, whose pointer the runtime adjusts like any other.
package escape
