package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"weak"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/internal/probe"
	"github.com/gdpure/gdpure/variant"
)

// newGo makes an instance of a Go class through the engine, as GDScript's new() does.
func newGo[T any](t *godottest.T, class string) (*T, godot.Object) {
	o, err := godot.Instantiate(class)
	require.NoError(t, err)
	p, err := classdb.InstanceOf[T](o)
	require.NoError(t, err, "a new %s is a Go %s", class, class)
	return p, o
}

// SelfFreeing is a Node whose Init frees its own object (GoClasses/InitThatFreesItsObject).
type SelfFreeing struct{ godot.Node }

func (s *SelfFreeing) Init() { _ = s.AsObject().Free() }

func init() {
	classdb.Register[SelfFreeing]()

	godottest.Test("GoClasses/VirtualsRunInTheLiveTree", func(t *godottest.T) {
		m, _ := newGo[GoMover](t, "GoMover")
		m.Speed = 60
		var moved []float64
		conn := m.Moved.Connect(func(x float64) { moved = append(moved, x) })
		root := sceneRoot(t)
		root.AsNode().AddChild(m)
		assert.Equal(t, []int{1, 0, 0, 1, 0}, m.Counts(), "entered and ready once when added")
		assert.True(t, m.readySeen, "the ready notification reached Notification")
		assert.Equal(t, 100, m.GetHealth(), "Ready ran")

		t.WaitFrames(5)
		c := m.Counts()
		assert.GreaterOrEqual(t, c[1], 5, "Process ran every frame")
		assert.Greater(t, m.processDelta, 0.0)
		assert.InDelta(t, m.Speed*m.processDelta, float64(m.Position().X), 0.01, "Process moved the node")
		assert.Len(t, moved, c[1], "the Go closure saw every Moved")
		conn.Disconnect()
		t.WaitUntil(120, func() bool { return m.Counts()[2] > 0 })
		assert.Greater(t, m.Counts()[2], 0, "PhysicsProcess ran")

		root.AsNode().RemoveChild(m)
		assert.Equal(t, 1, m.Counts()[4], "ExitTree once")
		before := len(moved)
		t.WaitFrames(2)
		assert.Equal(t, before, len(moved), "a disconnected closure is not called")
		assert.Equal(t, c[1]+0, c[1])
		require.NoError(t, m.AsObject().Free())
	})

	godottest.Test("GoClasses/GoSubclassVirtualsAndMethods", func(t *godottest.T) {
		r, o := newGo[GoRunner](t, "GoRunner")
		r.Speed = 10
		sceneRoot(t).AsNode().AddChild(r)
		t.WaitFrames(3)
		assert.GreaterOrEqual(t, r.Laps, 3, "the subclass's Process ran")
		assert.Equal(t, r.Laps, r.Counts()[1], "and called its Go parent's")
		assert.Equal(t, 1, r.Counts()[0], "the parent's Ready ran for the subclass")
		got, err := o.Call("describe")
		require.NoError(t, err)
		assert.Equal(t, "go runner after go mover", got.String())
		got, err = o.Call("lap")
		require.NoError(t, err)
		assert.Equal(t, int64(r.Laps), must(got.Int()))
		// The Go parent's view of a subclass instance.
		mover, err := classdb.InstanceOf[GoMover](o)
		require.NoError(t, err, "a GoRunner is a GoMover")
		assert.Same(t, &r.GoMover, mover)
		_, err = classdb.InstanceOf[GoSquare](o)
		assert.ErrorContains(t, err, "is not a main.GoSquare: it is a main.GoRunner", "a GoRunner is no GoSquare")
		require.NoError(t, o.Free())
	})

	godottest.Test("GoClasses/UnimplementedVirtualsCostNothing", func(t *godottest.T) {
		// The engine turns processing on for a class that implements _process; a Go class without
		// Process gives the engine no _process at all.
		_, lamp := newGo[Lamp](t, "Lamp")
		m, _ := newGo[GoMover](t, "GoMover")
		n, _ := godot.As[godot.Node](lamp)
		root := sceneRoot(t).AsNode()
		root.AddChild(n)
		root.AddChild(m)
		assert.False(t, n.IsProcessing(), "no Process: the engine never calls into Go per frame")
		assert.False(t, n.IsPhysicsProcessing())
		assert.True(t, m.AsNode().IsProcessing(), "Process: the engine processes the node")
		assert.True(t, m.AsNode().IsPhysicsProcessing())
		require.NoError(t, n.AsObject().Free())
		require.NoError(t, m.AsObject().Free())
	})

	godottest.Test("GoClasses/GDScriptSubclassOverridesAGoVirtual", func(t *godottest.T) {
		m := classdb.New[GoMover]()
		script := godot.ResourceLoader.Load("res://scripts/sub_mover_process.gd")
		m.AsObject().SetScript(script)
		sceneRoot(t).AsNode().AddChild(m)
		t.WaitFrames(3)
		frames, err := m.AsObject().Get("script_frames").Int()
		require.NoError(t, err)
		assert.GreaterOrEqual(t, frames, int64(3), "the script's _process ran")
		assert.Equal(t, 0, m.Counts()[1], "it replaced Go's Process")
		assert.Equal(t, 1, m.Counts()[0], "Go's Ready, not overridden, still ran")
		require.NoError(t, m.AsObject().Free())
	})

	godottest.Test("GoClasses/SceneFileInTheTree", func(t *godottest.T) {
		scene, err := godot.As[godot.PackedScene](godot.ResourceLoader.Load("res://scenes/mover.tscn"))
		require.NoError(t, err)
		n := scene.Instantiate()
		m := must(classdb.InstanceOf[GoMover](n))
		assert.Equal(t, 42.5, m.Speed, "the .tscn value reached the Go field")
		assert.Equal(t, "line one\nline two", m.Notes)
		r := must(classdb.InstanceOf[GoRunner](n.Node("Runner")))
		assert.Equal(t, 4, r.Laps)
		sceneRoot(t).AsNode().AddChild(n)
		t.WaitFrames(2)
		assert.Greater(t, m.Position().X, float32(10), "Process moved it from the scene's position")
		assert.Greater(t, r.Laps, 4)
		n.QueueFree()
		t.WaitFrames(1)
		assert.False(t, n.IsAlive(), "queue_free freed it")
		assert.Equal(t, 1, m.Counts()[4], "ExitTree ran as it was freed")
	})

	godottest.Test("GoClasses/NewRefLivesWhileGoHoldsIt", func(t *godottest.T) {
		r := classdb.NewRef[GoItem]()
		r.Get().Power = 3
		goValue := weak.Make(r.Get())
		id := r.Object().InstanceID()
		rc, err := godot.As[godot.RefCounted](r.Object())
		require.NoError(t, err)
		assert.Equal(t, 1, rc.ReferenceCount(), "Go holds the one reference")
		got, err := r.Object().Call("get_power")
		require.NoError(t, err)
		assert.Equal(t, int64(3), must(got.Int()), "the engine sees the Go field")
		r, rc = classdb.Ref[GoItem]{}, godot.RefCounted{}
		settleObjects()
		t.WaitFrames(1) // references Go dropped are released on the main thread
		_, alive := godot.InstanceFromID(id)
		assert.False(t, alive, "dropping the last Ref freed the instance")
		settleObjects()
		assert.Nil(t, goValue.Value(), "free_instance let go of the Go value")

		assert.PanicsWithError(t, "classdb: GoItem is RefCounted: make it with NewRef, whose Ref keeps it alive",
			func() { classdb.New[GoItem]() })
		assert.PanicsWithError(t, "classdb: GoMover is not RefCounted: make it with New", func() { classdb.NewRef[GoMover]() })
		assert.Panics(t, func() { classdb.New[NoBase]() }, "an unregistered type")
		assert.Panics(t, func() { classdb.NewRef[GoShape]() }, "an abstract class")
	})

	godottest.Test("GoClasses/RefFieldKeepsItsInstance", func(t *godottest.T) {
		inv := classdb.New[GoInventory]()
		defer inv.AsObject().Free()
		item := classdb.NewRef[GoItem]()
		item.Get().Weight = 2.5
		id := item.Object().InstanceID()
		inv.AsObject().Set("main", item.Object()) // through the engine, as a .tscn or GDScript sets it
		require.False(t, inv.Main.IsNull())
		assert.Same(t, item.Get(), inv.Main.Get())
		item = classdb.Ref[GoItem]{}
		settleObjects()
		t.WaitFrames(1)
		o, alive := godot.InstanceFromID(id)
		require.True(t, alive, "the Ref field keeps the item alive")
		rc, _ := godot.As[godot.RefCounted](o)
		assert.Equal(t, 1, rc.ReferenceCount(), "Go holds one reference for all its handles: the field keeps it")
		assert.Equal(t, 2.5, inv.Main.Get().Weight)
		got, err := inv.AsObject().Call("heaviest", o)
		require.NoError(t, err)
		heaviest, err := variant.As[godot.Object](got)
		require.NoError(t, err)
		assert.Equal(t, id, heaviest.InstanceID(), "a *GoItem parameter and result")
		heaviest = godot.Object{}
		inv.AsObject().Set("main", nil)
		assert.True(t, inv.Main.IsNull(), "null clears the field")
		o, rc = godot.Object{}, godot.RefCounted{}
		settleObjects()
		t.WaitFrames(1)
		_, alive = godot.InstanceFromID(id)
		assert.False(t, alive, "clearing the field released the item")
	})

	godottest.Test("GoClasses/FreedInstanceIsAGoError", func(t *godottest.T) {
		m := classdb.New[GoMover]()
		o := m.AsObject()
		id := o.InstanceID()
		live := classdb.LiveInstances()
		require.NoError(t, o.Free())
		assert.Equal(t, live-1, classdb.LiveInstances(), "free_instance released the Go value")
		var fe *godot.FreedError
		func() {
			defer func() { fe, _ = recover().(*godot.FreedError) }()
			m.Position()
		}()
		require.NotNil(t, fe, "using the Go value's engine object after free panics with a FreedError")
		assert.Equal(t, "GoMover", fe.Class)
		assert.Equal(t, id, fe.ID)
		_, err := classdb.InstanceOf[GoMover](o)
		assert.ErrorContains(t, err, "null or freed", "a freed object has no Go instance")
	})

	godottest.Test("GoClasses/OneBindingPerInstance", func(t *godottest.T) {
		// A Go instance's own object and the same object handed back by the engine share one
		// binding (the engine's instance binding for this extension): no second binding, one
		// handle for a manually managed object, and the slot is released when the object goes.
		require.NotNil(t, probe.LiveBindings, "package godot sets the probe")
		settleObjects()
		t.WaitFrames(1) // references released by earlier tests' garbage go now, not during the counts
		before := probe.LiveBindings()
		parent := godot.NewNode()
		var made []*GoMover
		for range 20 {
			m := classdb.New[GoMover]()
			parent.AddChild(m)
			made = append(made, m)
		}
		for i, m := range made {
			back, ok := godot.InstanceFromID(m.AsObject().InstanceID())
			require.True(t, ok)
			require.True(t, back == m.AsObject(), "the engine's object is the Go instance's own handle (instance %d)", i)
			require.True(t, parent.Child(i) == m.AsNode(), "a call's result is the same handle (instance %d)", i)
		}
		// One the engine makes (as GDScript's GoMover.new() does): the object it returns is the Go
		// instance's own handle too.
		byEngine, err := variant.As[godot.Object](godot.ClassDB.Instantiate("GoMover"))
		require.NoError(t, err)
		m, err := classdb.InstanceOf[GoMover](byEngine)
		require.NoError(t, err)
		require.True(t, byEngine == m.AsObject(), "an instance the engine made")
		parent.AddChild(m)
		made = append(made, m)
		assert.Equal(t, before+22, probe.LiveBindings(), "one binding per object: the parent and 21 Go instances")
		require.NoError(t, parent.AsObject().Free())
		assert.Equal(t, before, probe.LiveBindings(), "freeing the objects released their bindings")
		for i, m := range made {
			require.False(t, m.AsObject().IsAlive(), "instance %d is freed", i)
		}

		// A RefCounted Go class: the handles the engine hands back hold references; the instance's
		// own one does not; still one binding.
		item := classdb.NewRef[GoItem]()
		id := item.Get().AsObject().InstanceID()
		back, ok := godot.InstanceFromID(id)
		require.True(t, ok)
		assert.Equal(t, id, back.InstanceID())
		assert.Equal(t, before+1, probe.LiveBindings(), "one binding for the RefCounted instance")
		rc, _ := godot.As[godot.RefCounted](back)
		assert.Equal(t, 1, rc.ReferenceCount(), "Go's counted handles share one reference; the instance's own holds none")
		runtime.KeepAlive(item) // the Ref held the reference up to here (it is the same one as back's)
		back, rc = godot.Object{}, godot.RefCounted{}
		settleObjects()
		t.WaitFrames(1)
		_, alive := godot.InstanceFromID(id)
		require.False(t, alive, "dropping the references freed the instance")
		assert.LessOrEqual(t, probe.LiveBindings(), before, "and released its binding")
	})

	godottest.Test("GoClasses/InitThatFreesItsObject", func(t *godottest.T) {
		// An Init that frees its own object: the engine gets null instead of freed memory, Go's
		// New says why, and nothing is left behind.
		settleObjects()
		t.WaitFrames(1)
		live, bindings := classdb.LiveInstances(), probe.LiveBindings()
		var err error
		func() {
			defer func() { err, _ = recover().(error) }()
			classdb.New[SelfFreeing]()
		}()
		assert.ErrorContains(t, err, "classdb: cannot make SelfFreeing: its Init freed its own object")
		v := godot.ClassDB.Instantiate("SelfFreeing")
		assert.Equal(t, variant.TypeNil, v.Type(), "ClassDB.instantiate gets null")
		assert.Equal(t, live, classdb.LiveInstances(), "no Go instance is left")
		assert.Equal(t, bindings, probe.LiveBindings(), "no binding is left")
	})

	godottest.Test("GoClasses/SignalsFromGo", func(t *godottest.T) {
		m, o := newGo[GoMover](t, "GoMover")
		defer o.Free()
		m.SetHealth(100)
		var hits []string
		conn := m.Hit.Connect(func(d int, by string) { hits = append(hits, by) })
		_, err := m.Damage(10, "goblin")
		require.NoError(t, err)
		_, err = o.Call("damage", 5, "troll") // through the engine
		require.NoError(t, err)
		_, err = o.EmitSignal("hit", 1, "engine")
		require.NoError(t, err)
		assert.Equal(t, []string{"goblin", "troll", "engine"}, hits)
		assert.Equal(t, 85, m.GetHealth())
		_, err = o.EmitSignal("hit", 1) // one argument short: the Go function is not called
		require.NoError(t, err)
		assert.Equal(t, []string{"goblin", "troll", "engine"}, hits)
		require.NoError(t, o.Emit("hit", 2, "emit"))
		assert.Equal(t, []string{"goblin", "troll", "engine", "emit"}, hits)
		assert.ErrorIs(t, o.Emit("no_such_signal"), godot.ErrUnavailable)
		o.SetBlockSignals(true)
		m.Hit.Emit(1, "blocked") // the engine declines (ERR_CANT_ACQUIRE_RESOURCE): no call, no panic
		o.SetBlockSignals(false)
		assert.Len(t, hits, 4)
		conn.Disconnect()
		m.Hit.Emit(1, "nobody")
		assert.Len(t, hits, 4)
		var done int
		m.Done.Connect(func() { done++ })
		m.Done.Emit()
		assert.Equal(t, 1, done)
		names := []string{}
		for _, s := range must(o.SignalList().ToSlice()) {
			name, _, err := s.Get("name")
			require.NoError(t, err)
			names = append(names, name.String())
		}
		assert.Subset(t, names, []string{"hit", "moved", "done"})

		// Typed Emit writes its arguments itself: a float, an int beyond Go's preallocated small
		// boxes, non-ASCII text; each reaches the Go function exactly.
		var moved []float64
		m.Moved.Connect(func(x float64) { moved = append(moved, x) })
		m.Moved.Emit(2.5)
		m.Moved.Emit(-1e300)
		assert.Equal(t, []float64{2.5, -1e300}, moved)
		var big []int
		m.Hit.Connect(func(d int, by string) { big = append(big, d); hits = append(hits, by) })
		m.Hit.Emit(1<<40, "ünïcødé ✓")
		assert.Equal(t, []int{1 << 40}, big)
		assert.Equal(t, "ünïcødé ✓", hits[len(hits)-1])

		// A Go method of the emitter connected to the signal fails: Emit panics with the engine's
		// call error carrying the method's own error, not silently.
		handler := godot.MethodCallable(o, "damage")
		require.NoError(t, o.Connect("hit", handler))
		var ce *variant.CallError
		func() {
			defer func() { ce, _ = recover().(*variant.CallError) }()
			m.Hit.Emit(-3, "a healer") // damage refuses a negative amount
		}()
		o.Disconnect("hit", handler)
		handler.Destroy()
		require.NotNil(t, ce, "Emit reports the connected method's failure")
		assert.Contains(t, ce.Cause, "negative damage -3 from a healer")

		// Emit on the signal of a freed object panics naming it; nothing reaches the engine.
		m2, o2 := newGo[GoMover](t, "GoMover")
		id := o2.InstanceID()
		o2.Free()
		var fe *godot.FreedError
		func() {
			defer func() { fe, _ = recover().(*godot.FreedError) }()
			m2.Done.Emit()
		}()
		require.NotNil(t, fe, "Emit on a freed object's signal panics with a FreedError")
		assert.Equal(t, id, fe.ID)
	})

	// Typed Go callables (what every typed signal connection is: OnSignal methods, Signal
	// fields) read the engine's arguments in place, or fail the call saying why.
	godottest.Test("GoClasses/TypedCallablesDecodeOrSayWhy", func(t *godottest.T) {
		var got []string
		c := variant.NewCallable2("pair", func(n int, s string) { got = append(got, fmt.Sprintf("%d %s", n, s)) })
		defer c.Destroy()
		_, err := c.Call(1, "two", "extra")
		require.NoError(t, err, "extra arguments are ignored")
		var ce *variant.CallError
		_, err = c.Call(1)
		require.ErrorAs(t, err, &ce)
		assert.Equal(t, 4, ce.Kind, "too few arguments")
		assert.Equal(t, 2, ce.Expected)
		_, err = c.Call("x", "two")
		require.ErrorAs(t, err, &ce)
		assert.Equal(t, 2, ce.Kind, "invalid argument")
		assert.Equal(t, 0, ce.Argument)
		assert.Equal(t, int(variant.TypeInt), ce.Expected)
		assert.Equal(t, []string{"1 two"}, got, "a failed decoding does not call the function")
		var sum float64
		f := variant.NewCallable3("sum", func(a int64, b float64, v variant.Variant) { x, _ := v.Float(); sum = float64(a) + b + x })
		defer f.Destroy()
		_, err = f.Call(1, 2, 0.5) // an int widens to float, as GDScript does
		require.NoError(t, err)
		assert.Equal(t, 3.5, sum)
	})

	godottest.Test("GoClasses/CallErrorsCarryTheirCause", func(t *godottest.T) {
		_, o := newGo[GoMover](t, "GoMover")
		defer o.Free()
		var ce *variant.CallError
		got, err := o.Call("damage", -1, "imp")
		require.Error(t, err, "a Go error result is an error")
		assert.True(t, errors.As(err, &ce), "%T", err)
		assert.Equal(t, 0, ce.Kind, "not an engine call error: the call returned the zero value")
		assert.Equal(t, "gdpure: call to Object.call failed: Go method GoMover.damage (main.GoMover.Damage): error: negative damage -1 from imp", err.Error())
		assert.Equal(t, int64(0), must(got.Int()), "the zero value comes with the error")

		got, err = o.Call("explode")
		require.Error(t, err, "a panic is an error")
		assert.Contains(t, err.Error(), "boom")
		assert.Equal(t, int64(0), must(got.Int()))

		// Through a Variant holding the object, the same.
		v := must(variant.From(o))
		got, err = v.Call("damage", -2, "orc")
		require.Error(t, err)
		assert.Contains(t, err.Error(), "negative damage -2 from orc")
		assert.Equal(t, int64(0), must(got.Int()))
		v.Destroy()

		_, err = o.Call("bytes", int64(1)<<40, 1)
		require.Error(t, err, "an int32 argument out of range is a call error")
		assert.Contains(t, err.Error(), "1099511627776")
		_, err = o.Call("bytes", 1, 256)
		require.Error(t, err, "a uint8 argument out of range is a call error")

		arr := variant.NewArray[variant.Variant]()
		arr.Append(must(variant.From(1)))
		arr.Append(must(variant.From("two")))
		_, err = o.Call("ints", arr)
		require.Error(t, err, "an array element that is not an int is a call error")

		_, err = o.Call("small", variant.PackedOf[int64](1, 300))
		require.Error(t, err, "a slice element out of range is a call error")
		assert.Contains(t, err.Error(), "300 does not fit a Go int8")

		_, err = o.Call("sum")
		require.Error(t, err, "too few arguments")
		got, err = o.Call("check_positive", -3)
		require.Error(t, err, "a static's error: %v", got)
		assert.Contains(t, err.Error(), "negative")
	})

	godottest.Test("GoClasses/AbstractAndResources", func(t *godottest.T) {
		_, err := godot.Instantiate("GoShape")
		assert.Error(t, err, "an abstract Go class cannot be made")
		sq, o := newGo[GoSquare](t, "GoSquare")
		sq.Side = 4
		got, err := o.Call("square_area")
		require.NoError(t, err)
		assert.Equal(t, 16.0, must(got.Float()))
		got, err = o.Call("area")
		require.NoError(t, err, "the Go parent's method on the subclass")
		assert.Equal(t, 0.0, must(got.Float()))

		res, err := godot.As[godot.Resource](godot.ResourceLoader.Load("res://data/sword.tres"))
		require.NoError(t, err)
		item, err := classdb.InstanceOf[GoItem](res)
		require.NoError(t, err, "the .tres loads as a Go GoItem")
		assert.Equal(t, "Sword", item.Title)
		assert.Equal(t, 7, item.Power)
		assert.Equal(t, []string{"sharp", "steel"}, item.Tags.ToSlice())
		assert.Equal(t, []int64{1, 2, 3}, must(item.Parts.ToSlice()))
	})

	godottest.Test("GoClasses/HiddenMethodsAreGoOnly", func(t *godottest.T) {
		assert.True(t, godot.ClassDB.ClassHasMethod("GoHiding", "shown"), "an exported method is an engine method")
		assert.False(t, godot.ClassDB.ClassHasMethod("GoHiding", "helper"), "hidden by a method expression")
		assert.False(t, godot.ClassDB.ClassHasMethod("GoHiding", "other"), "hidden by name")
	})

	godottest.Test("GoClasses/RegistrationErrorsAreReported", func(t *godottest.T) {
		want := map[string]string{
			"main.BadField":       "field Ch",
			"main.NoBase":         "embeds no engine class",
			"main.Misspelt":       "Proces",
			"main.WrongSignature": "Ready",
			"main.DuplicateName":  "GoMover",
			"main.BadTag":         "field Name",
			"main.BadRefField":    "make the field a classdb.Ref[GoItem]",
			"main.Shadowing":      "method SetPosition: its engine name set_position hides the inherited engine method Node2D.set_position",
			"main.ShadowingChild": "method Canvas: its engine name get_canvas hides the inherited engine method Node2D.get_canvas",
			"main.NoSuchPair":     `Property("Nope"): the class has no method pair Nope (or GetNope) and SetNope`,
			"main.BadHide":        `Hide("Nope"): the class declares no exported method Nope`,
		}
		seen := map[string]bool{}
		for _, e := range classdb.Errors() {
			if w, ok := want[e.GoType]; ok {
				assert.Contains(t, e.Error(), w)
				seen[e.GoType] = true
			}
		}
		for ty := range want {
			assert.True(t, seen[ty], "%s was reported", ty)
		}
		for _, c := range []string{"BadField", "NoBase", "Misspelt", "WrongSignature", "BadTag", "Shadowing", "ShadowingChild"} {
			assert.False(t, godot.ClassDB.ClassExists(c), c)
		}
		assert.True(t, strings.HasPrefix(classdb.Errors()[0].Error(), "classdb: Go class "))
	})

	godottest.Test("GoClasses/MethodsFromBindingsOrReflection", func(t *godottest.T) {
		// A method promoted from another package's type: found by reflection, not in the
		// generated bindings, so a gdpure_bound build refuses the class rather than leave it out.
		var foreign *classdb.RegistrationError
		for _, e := range classdb.Errors() {
			if e.GoType == "main.ForeignMixin" {
				foreign = e
			}
		}
		if boundBuild {
			if assert.NotNil(t, foreign, "ForeignMixin is refused") {
				assert.Contains(t, foreign.Error(), "more than its generated bindings and its bases account for")
				assert.Contains(t, foreign.Error(), "run go generate")
			}
			assert.False(t, godot.ClassDB.ClassExists("ForeignMixin"))
		} else {
			assert.Nil(t, foreign, "ForeignMixin registers")
			for _, m := range []string{"own", "lock", "unlock", "try_lock"} {
				assert.True(t, godot.ClassDB.ClassHasMethod("ForeignMixin", m), m)
			}
		}
		// One method the bindings cannot list, on a class whose own String hides the engine
		// type's: the count must not let the one name counted twice hide the missing one.
		var closer *classdb.RegistrationError
		for _, e := range classdb.Errors() {
			if e.GoType == "main.ForeignCloser" {
				closer = e
			}
		}
		if boundBuild {
			if assert.NotNil(t, closer, "ForeignCloser is refused") {
				assert.Contains(t, closer.Error(), "more than its generated bindings and its bases account for")
			}
		} else {
			assert.Nil(t, closer, "ForeignCloser registers")
			assert.True(t, godot.ClassDB.ClassHasMethod("ForeignCloser", "close"))
		}
		// Either way the methods of a mixin of the package (Callables's, embedded in GoCallables)
		// are the class's engine methods, and mixins whose methods clash give the class only those
		// that do not.
		assert.True(t, godot.ClassDB.ClassHasMethod("GoCallables", "call_twice"), "a mixin's method")
		assert.True(t, godot.ClassDB.ClassHasMethod("MixinClashes", "score"), "the mixin's method nothing else has")
		assert.False(t, godot.ClassDB.ClassHasMethod("MixinClashes", "reset"), "ambiguous between two mixins")
		clash := classdb.New[MixinClashes]()
		assert.NotEqual(t, "stats", clash.AsObject().ToString(), "MixinStats's String is not the class's (ambiguous with godot.Node's)")
		require.NoError(t, clash.AsObject().Free())
	})
}

func must[T any](x T, err error) T {
	if err != nil {
		panic(err)
	}
	return x
}
