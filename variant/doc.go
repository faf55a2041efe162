// Package variant holds the engine's Variant and builtin types as Go types.
//
// # Two kinds of types
//
// Math value types (Vector2 … Projection, Color, Plane, AABB, Rect2, …) are plain Go structs with
// the engine's exact layout (single precision). They hold no engine memory: copy them freely. Their
// common methods run natively in Go with the engine's semantics.
//
// Engine-owned types (String, StringName, NodePath, Callable, Variant) hold data the engine
// allocates and reference-counts. A Go value of such a type refers to a handle; copies share it.
//
// # Memory: who owns what, how long it lives
//
// The engine data of an engine-owned value lives in C memory (an OwnerValue buffer of package
// gdextension), never in Go memory, and is destroyed exactly once by the first of:
//   - Destroy, for deterministic release; using the value afterwards panics with a clear message;
//   - the garbage collector, once no Go value refers to the handle (runtime.AddCleanup); the
//     destructor may then run on any thread, which the engine's reference counts allow;
//   - the engine's shutdown (main-loop shutdown callback), for values still alive then, because
//     what they refer to (a GDScript lambda, an object) is gone once deinitialization starts.
//
// A user never needs runtime.KeepAlive: every method keeps its receiver alive across the engine
// calls it makes. Ptr methods return the C address of the engine value for code that calls the
// engine directly; such code must keep the Go value alive until the call returns.
//
// Custom callables (NewCallable) hand the engine an integer handle to the Go function, released
// when the engine calls the callable's free_func: the Go function lives exactly as long as the
// engine holds the callable.
//
// The zero value of every type is valid: empty strings and paths, a null Callable, a Nil Variant.
package variant
