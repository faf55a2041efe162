// Package classdb makes Go types Godot classes: usable from GDScript, scenes (.tscn), resources
// (.tres), the inspector and the editor, like the engine's own classes.
//
// # A class
//
// A Go struct becomes a class by embedding its base first among its fields — an engine class of
// package godot or another registered Go class — and one Register call:
//
//	// Player is the hero.
//	type Player struct {
//		godot.CharacterBody2D
//
//		// Speed in pixels per second.
//		Speed  float64 `gd:",range=0,500"`
//		Skin   godot.Texture2D
//		Hit    classdb.Signal2[int, string] `gd:"hit(damage,by)"`
//		health int // unexported: Go only
//	}
//
//	func (p *Player) Ready()                  { p.health = 100 }
//	func (p *Player) PhysicsProcess(d float64) { … p.MoveAndSlide() … }
//	func (p *Player) Damage(n int, by string) (int, error) { … }
//
//	func init() { classdb.Register[Player]() }
//
// The Go value is its own engine object: p.Position(), p.AsNode().Parent(), p.AsObject() reach
// the object the engine made (gdext's self.base()). Register is called from init functions; the
// classes are built and registered when the engine initializes the scene level, parents first.
//
// # What becomes what
//
//   - Exported methods are engine methods, named in snake_case: a word starts at a capital after a
//     lower-case letter, and at a capital that begins a capitalised word after capitals or digits;
//     digits stay with the word before them, except a dimension (2D, 3D), which is a word of its
//     own (AddChild is add_child, HTTPPort http_port, PlayerID player_id, EchoVector2
//     echo_vector2, ToRGBA32 to_rgba32, GetWorld2D get_world_2d, Node3DCount node_3d_count,
//     Go2Dimensions go2_dimensions). Rename gives another name; Hide keeps Go-only helpers from
//     the engine, named by method expressions the compiler checks (Hide((*Player).Steer)). Two
//     methods with one engine name are a registration error naming both. Parameters keep their Go
//     names when gdgen bind has read the source (else Params names them). Defaults gives default
//     arguments, a final variadic parameter makes a vararg method, Static adds static methods,
//     Constant, Enum and Bitfield add integer constants.
//   - A getter and setter pair X() T (or GetX() T) and SetX(T) is the property x, its getter the
//     engine method get_x (Property names it and puts it in a group).
//   - Methods named after a virtual of an engine ancestor, with its signature (Ready(),
//     Process(delta float64), Input(event godot.InputEvent), Draw(), …: see godot's virtuals) are
//     that virtual. A virtual the type does not implement costs nothing: the engine is never told of
//     it (a Node without Process is not processed). A method one letter away from a virtual, or with
//     a virtual's name and another signature, is a registration error.
//   - Virtuals of your own, for scripts to override (the official bindings' GDVIRTUAL): Overridable
//     ("OnHit") registers the engine virtual _on_hit with OnHit's signature, and makes the method
//     on_hit call the script's _on_hit when the object's script has one, else the Go OnHit (the
//     default). GDScript calls on_hit (typed or not); Go calls obj.Call("on_hit", …) to reach an
//     override, since a direct Go call of OnHit is the default itself.
//   - The Object hooks are interfaces: Notifier (_notification), Stringer (_to_string: a String()
//     string method the class declares, not the "Class#id" one every engine class has), Getter,
//     Setter and PropertyLister (dynamic properties), Reverter, PropertyValidator, and Initializer
//     (called when the engine makes the instance, before anything else, and before
//     NOTIFICATION_POSTINITIALIZE). Every Go class of a chain that declares Notification gets each
//     notification, the base class first (the most derived first when the engine sends it
//     reversed, as NOTIFICATION_PREDELETE), without calling its parent's by hand.
//   - Kinds: Abstract (never made), Virtual (extended by Go classes and scripts, not made by
//     classdb.New), Internal (made by Go, not by ClassDB.instantiate), Tool and EditorPlugin (run
//     in the editor); the default is a runtime class. Property names a GetX/SetX pair's property
//     and puts it in prefixed inspector groups.
//   - Exported fields are properties, stored in scenes and resources and shown in the inspector,
//     set from GDScript and .tscn/.tres files in place (see The gd tag). A field of an engine
//     Resource or Node class is offered as such in the inspector. A GetX/SetX method pair is a
//     property x too.
//   - Fields of type Signal0, Signal1[A], Signal2[A, B], Signal3[A, B, C] are signals, typed: Emit
//     from Go, Connect Go closures, and GDScript connects and emits them as any signal.
//
// # The gd tag
//
// The gd struct tag of a field: `gd:"name,option,option=value,…"`, every part optional.
//
//	gd:"-"                 not a property
//	gd:"speed"             the engine name (default: the field's name in snake_case)
//	gd:",range=0,100,0.5"  a number in a range (min, max[, step]); also "or_greater", "or_less"
//	gd:",enum=Idle,Run"    an int chosen from names (values 0, 1, …; "Name:3" sets a value)
//	gd:",flags=Fire,Ice"   an int of bit flags
//	gd:",file=*.png,*.jpg" a string holding a file path (with filters)
//	gd:",dir"              a string holding a directory path
//	gd:",multiline"        a string edited in a multi-line box
//	gd:",nodepath=Node2D"  a string holding a node path (to a node of the class)
//	gd:",placeholder=…"    a string's placeholder text
//	gd:",group=Stats"      starts a group of properties in the inspector (this field and the next)
//	gd:",subgroup=Speed"   starts a subgroup
//	gd:",noeditor"         stored (in scenes and resources), not shown in the inspector
//	gd:",nostorage"        shown in the inspector, not stored
//	gd:",readonly"         shown read-only in the inspector
//	gd:"hit(damage,by)"    on a Signal field: the signal's name and argument names
//
// # Values
//
// Values cross as package variant describes (bool, Go integers and floats, string, the math types,
// Array[T], Dictionary, TypedDictionary[K, V] (the engine's Dictionary[K, V], with its hint),
// packed arrays and Go slices as packed arrays (which also take an Array of their element type),
// Callable, Signal, Variant, any engine object, a pointer to a Go class). An integer that does not fit its Go type, an array
// element of the wrong type, or an object of the wrong class is a call error, never a truncation.
//
// # Errors and panics
//
// A method may return a final error. A non-nil error or a panic (reported with its Go stack) fails
// the method the way the engine's own methods fail: the error output names the Go cause and the
// call returns the result type's Go zero value (0, "", an empty array typed as the Go type says,
// null for objects; Color and the transforms are all zeros, as in Go), never what a reused result
// slot held before. This holds on both call paths alike: a ptrcall (GDScript calling a typed
// value) has no error channel in the engine's ABI, and on the Variant path (untyped values,
// Object.call) it is not an invalid call either, which GDScript would report as a nonexistent
// function. A Go caller (godot's Object.Call, Variant.Call) gets the zero value together with a
// *variant.CallError (Kind 0) carrying the cause.
//
// A bad argument (an int that does not fit, an element of the wrong type, an object of the wrong
// class, a missing one) is an invalid call on the Variant path: the engine's call error, which
// GDScript reports and a Go caller gets as a *variant.CallError, after the error output has named
// the cause ("argument 1: 300 does not fit a Go int8"). On a ptrcall GDScript has checked the
// types, so only a value out of the Go type's range can be bad: it is printed, and the method does
// not run and returns the zero value. An error in a property's set names the property ("property
// GoMover.speed"), not its accessor.
//
// A null object argument, property value or signal argument arrives as the Go zero value of its
// type (IsNull() true, or a nil *GoClass). An Array[T] that crosses from the engine (an argument, a
// property's new value, a value loaded from a scene) is checked: an element that is not a T fails
// the call naming the element, and a property keeps its old value.
//
// A mistake in a class (a field or parameter type that cannot cross, a name taken twice, no engine
// base, a misspelt virtual, a bad tag, a method whose engine name hides an inherited engine method
// such as a Go SetPosition on a Node2D class) is a registration error: printed through the engine's error
// output naming the Go type and field or method, listed by Errors, and the class (with the Go
// classes derived from it) is left out. The engine and the editor keep running.
//
// # Instances and lifetimes
//
// The engine makes every instance (GDScript's Player.new(), a scene, New, NewRef) and holds an
// integer handle to it, never a Go pointer. The Go value lives exactly as long as the engine
// object: the engine's free_instance drops it, and from then on using its engine object panics with
// a *godot.FreedError naming class and instance id. InstanceOf finds the Go value of an engine
// object (an error naming the object when it is null, freed, or not an instance of that Go class,
// as godot.As's is). New makes a Node (or any manually managed class) from Go: free it, or give it to a tree.
// NewRef makes a RefCounted class and returns a Ref, a counted reference: the instance lives while
// a Ref, the engine or GDScript holds it. A field that keeps an instance of a RefCounted Go class
// is a Ref[T] (a *T would hold no reference: a registration error); parameters and results may be
// either. A class may name classes registered after it.
//
// # Editor
//
// Classes are runtime classes: in the editor they are placeholders that store their properties but
// run no Go code (scenes, the inspector and ClassDB.instantiate get those). Go code that runs in
// the editor (a tool class's, an editor plugin's) gets the real class from New and NewRef: Go makes
// what Go asks for, and its methods run. Tool makes a class run in the editor too; EditorPlugin registers an EditorPlugin
// class with the editor. Doc comments become the editor's help pages when gdgen bind has read them
// (the editor merges extensions' docs once it has cached its own, that is from its second launch
// on).
//
// # gdgen bind
//
// `go run github.com/gdpure/gdpure/cmd/gdgen bind` (a go:generate line) writes zgdpure_bind.go
// beside the classes: typed dispatch functions (no reflection and no allocation on the call path:
// a GDScript call into Go costs within about 10% of GDScript calling its own function), parameter
// names and doc comments. Without it everything works through reflection, several times slower per call.
//
// It also lists every exported method of each class (those promoted from structs of the package
// it embeds too) with its method expression. Built with -tags gdpure_bound, classdb takes a
// class's methods from that list and never reflects over a method set, so Go's linker keeps only
// the engine methods the plugin calls (the tutorial's library: 9.7 MB instead of 21.2; gdgen
// init's Makefile builds so). The list must then be current: run go generate after changing a
// class's methods (gdgen init's make build does). A class with more exported methods than its
// bindings and bases account for — one added since, or promoted from an embedded type of another
// package, which the bindings cannot list — is refused with that reason; a class without bindings
// too (gdgen bind reads one package with go/parser: it binds the types that package registers as
// classdb.Register[T](), in its files without build constraints). A method of a mixin that the
// class's own method or field, its base or another mixin at the same depth hides is not the
// class's, in either build.
package classdb
