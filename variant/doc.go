// Package variant holds the engine's Variant and builtin types as Go types.
//
// # Two kinds of types
//
// Math value types (Vector2 … Projection, Color, Plane, AABB, Rect2, …) are plain Go structs with
// the engine's exact layout (single precision). They hold no engine memory: copy them freely. Their
// common methods run natively in Go with the engine's semantics.
//
// Engine-owned types (String, StringName, NodePath, Callable, Variant, Array[T], Dictionary,
// TypedDictionary[K, V], the packed arrays) hold data the engine allocates and reference-counts. A
// Go value of such a type refers to a handle; copies share it.
//
// Containers and iteration: Array[T] and TypedDictionary[K, V] are the engine's typed containers
// (an element of another type is an error naming it, never a silent value); Variant.Iterate walks
// any iterable value as GDScript's for does (ranges, strings, arrays, dictionaries, objects with
// _iter_init/_iter_next/_iter_get). Callables: NewCallable and NewCallableWith make Go ones (with
// their text, argument count and a key for equality); godot.MethodCallable makes the engine's own
// Callable of an object's method.
//
// # Memory: who owns what, how long it lives
//
// The engine data of an engine-owned value lives in C memory (an OwnerValue buffer of package
// gdextension), never in Go memory, and is destroyed exactly once by the first of:
//   - Destroy, for deterministic release; using the value afterwards panics with a clear message;
//     the handle (with its C buffer) is then reused for the next value of its type, so making and
//     destroying values allocates nothing once warm;
//   - the garbage collector, once no Go value refers to the handle (runtime.AddCleanup);
//   - the engine's shutdown (main-loop shutdown callback), for values still alive then, because
//     what they refer to (a GDScript lambda, an object) is gone once deinitialization starts.
//     Using such a value afterwards panics with a message naming its type.
//
// The three paths agree through a table of slots, one per handle, each with a generation that
// changes with every value the handle holds: a release that arrives late (a second Destroy, a copy
// kept after Destroy) finds another generation and does nothing, and using such a copy panics, even
// when the handle and its C buffer now hold a newer value.
//
// Threads: String, StringName, NodePath, Signal and the packed arrays hold no object references and
// the engine counts their references atomically, so they are destroyed on whatever thread releases
// them. Variant, Array, Dictionary and Callable can hold the last reference to an object or a
// script function, whose destructor may only be safe on the main thread: they are destroyed on the
// main thread, at once when released there, else queued for it (package gdextension's main-thread
// queue, drained every frame).
//
// A user never needs runtime.KeepAlive: every method keeps its receiver and its arguments alive
// across the engine calls it makes (a rule internal/lifetimecheck enforces mechanically: a function
// that hands the engine the C address of a value's engine data uses the value after the last call
// that reads the address). gdpure's own packages that call the engine directly get the C address
// of a value's engine data through internal/variantplumb; they keep the Go value alive until the
// call returns, and never hand the engine the address of Go memory.
//
// Custom callables (NewCallable) hand the engine an integer handle to the Go function, released
// when the engine calls the callable's free_func: the Go function lives exactly as long as the
// engine holds the callable.
//
// # Zero values
//
// The zero value of every type is valid and reads as empty: empty strings and paths, a null
// Callable, a Nil Variant, an empty Array, Dictionary or packed array. Reads go to a read-only
// empty value of the type that all zero values share (the engine's own empty Array and Dictionary,
// zero bytes for the rest), which is never handed to the engine as writable. A method that changes
// the value's length or contents as a whole (Append, Resize, Fill, Merge, …) takes a pointer
// receiver and first makes a new empty value of its own on a zero receiver, as append does for a
// nil slice: copies of the zero value taken before do not see the change. A zero Array or Dictionary converted to a Variant becomes
// a new empty one, never the shared one.
package variant
