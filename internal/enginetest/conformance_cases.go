package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/variant"
)

// Conformance with the engine's object model, callables and values as the official bindings
// define them (issue 12).

func init() {
	// The library's own path, as the official bindings' get_library_path gives it.
	godottest.Test("Conformance/LibraryPath", func(t *godottest.T) {
		p := engine.LibraryPath()
		require.True(t, filepath.IsAbs(p), "an absolute path: %q", p)
		assert.True(t, strings.HasPrefix(filepath.Base(p), "libgdpuretest"), "the test extension's library: %q", p)
		_, err := os.Stat(p)
		assert.NoError(t, err, "the file exists")
	})

	// Method callables: equal and hashed by object and method, so a fresh one finds a connection.
	godottest.Test("Conformance/MethodCallablesCompareByObjectAndMethod", func(t *godottest.T) {
		emitter := godot.NewNode()
		defer emitter.AsObject().Free()
		target := godot.NewNode()
		defer target.AsObject().Free()
		c := godot.MethodCallable(target, "update_configuration_warnings")
		assert.True(t, c.IsStandard(), "a standard callable, not a Go function")
		assert.Equal(t, "update_configuration_warnings", c.Method())
		assert.Equal(t, target.InstanceID(), c.ObjectID())
		require.NoError(t, emitter.AsObject().Connect("renamed", c))
		fresh := godot.MethodCallable(target, "update_configuration_warnings")
		assert.Equal(t, c.Hash(), fresh.Hash())
		assert.True(t, emitter.AsObject().IsConnected("renamed", fresh), "a freshly made callable finds the connection")
		assert.False(t, emitter.AsObject().IsConnected("renamed", godot.MethodCallable(target, "queue_free")))
		assert.False(t, emitter.AsObject().IsConnected("renamed", godot.MethodCallable(emitter, "update_configuration_warnings")))
		emitter.AsObject().Disconnect("renamed", fresh)
		assert.False(t, emitter.AsObject().IsConnected("renamed", c), "disconnected through the fresh one")
		// Calling one calls the method, here a Go class's.
		probe := newLifeProbe()
		got, err := godot.MethodCallable(probe, "alive").Call()
		require.NoError(t, err)
		assert.Equal(t, true, must(got.Bool()))
		runtime.KeepAlive(probe) // a method callable holds no reference to its object
	})

	// Custom Go callables: their argument count, exact text, hash and equality.
	godottest.Test("Conformance/GoCallablesDescribeThemselves", func(t *godottest.T) {
		fn := func([]variant.Variant) (any, error) { return nil, nil }
		plain := variant.NewCallable("plain", fn)
		assert.Equal(t, "<Go callable plain>", plain.String())
		assert.Equal(t, int64(0), plain.ArgumentCount(), "unknown: the engine reports 0")
		two := variant.NewCallableWith("two", fn, variant.CallableOptions{Text: "<MyCallable>", ArgumentCount: 2, ArgumentCountKnown: true})
		assert.Equal(t, "<MyCallable>", two.String(), "the exact text, no wrapper")
		assert.Equal(t, int64(2), two.ArgumentCount())
		sv, err := variant.From(two)
		require.NoError(t, err)
		assert.Equal(t, "<MyCallable>", sv.String(), "str() of the callable")

		a := variant.NewCallableWith("a", fn, variant.CallableOptions{Key: "player-died"})
		b := variant.NewCallableWith("b", fn, variant.CallableOptions{Key: "player-died"})
		other := variant.NewCallableWith("c", fn, variant.CallableOptions{Key: "player-won"})
		assert.Equal(t, a.Hash(), b.Hash(), "equal keys hash alike")
		equal := func(x, y variant.Callable) bool { return must(must(variant.Evaluate(variant.OpEqual, x, y)).Bool()) }
		assert.True(t, equal(a, b), "equal keys: equal callables")
		assert.False(t, equal(a, other), "different keys")
		assert.True(t, equal(plain, plain))
		assert.False(t, equal(plain, variant.NewCallable("plain", fn)), "without a key, only copies are equal")
		n := godot.NewNode()
		defer n.AsObject().Free()
		require.NoError(t, n.AsObject().Connect("renamed", a))
		assert.True(t, n.AsObject().IsConnected("renamed", b), "a connection found through an equal callable")
		n.AsObject().Disconnect("renamed", b)
		assert.False(t, n.AsObject().IsConnected("renamed", a), "and disconnected through it")
		assert.Panics(t, func() {
			variant.NewCallableWith("bad", fn, variant.CallableOptions{Key: []int{1}})
		}, "a key that is not comparable")
	})

	godottest.Test("Conformance/IterateRefusesWhatCannotBeIterated", func(t *godottest.T) {
		for _, x := range []any{true, variant.Color{R: 1}, nil, godot.Node{}} {
			_, err := mustVariant(x).Iterate()
			assert.Error(t, err, "%v", x)
		}
		seq, err := mustVariant([]int32{3, 4}).Iterate()
		require.NoError(t, err)
		var got []int64
		for x := range seq {
			got = append(got, must(x.Int()))
		}
		assert.Equal(t, []int64{3, 4}, got)
	})

	// NOTIFICATION_POSTINITIALIZE reaches objects made from Go as it reaches those GDScript makes,
	// and every Go class of a chain gets each notification, in the engine's order.
	godottest.Test("Conformance/NotificationsOfObjectsMadeFromGo", func(t *godottest.T) {
		n0 := lifeProbePostinitialized.Load()
		_ = classdb.NewRef[LifeProbe]()
		assert.Equal(t, n0+1, lifeProbePostinitialized.Load(), "classdb.NewRef")
		o, err := godot.Instantiate("LifeProbe")
		require.NoError(t, err)
		assert.Equal(t, n0+2, lifeProbePostinitialized.Load(), "godot.Instantiate")
		runtime.KeepAlive(o)

		c := classdb.New[NotifyChild]()
		assert.Equal(t, []string{"base:0", "child:0"}, c.Log, "POSTINITIALIZE, the base class first")
		root := sceneRoot(t)
		root.AsNode().AddChild(c)
		assert.Equal(t, []string{"base:0", "child:0", "base:13", "child:13"}, c.Log, "READY, the base class first")
		require.NoError(t, c.AsObject().Free())
		assert.Equal(t, []string{"base:0", "child:0", "base:13", "child:13", "child:1", "base:1"}, notifyLog,
			"PREDELETE is sent reversed: the derived class first")
	})

	// Class kinds: a virtual class is extended (by Go classes and scripts); an internal one is made
	// by Go and refused by ClassDB.instantiate.
	godottest.Test("Conformance/VirtualAndInternalClasses", func(t *godottest.T) {
		assert.True(t, godot.ClassDB.ClassExists("GoVirtualBase"))
		assert.True(t, godot.ClassDB.CanInstantiate("GoVirtualBase"),
			"the engine makes a virtual class's objects for the scripts that extend it (as for Texture2D)")
		assert.Panics(t, func() { classdb.NewRef[GoVirtualBase]() }, "Go makes a class derived from it instead")
		assert.Panics(t, func() { classdb.New[GoShape]() }, "nor an abstract one")
		child := classdb.NewRef[GoVirtualChild]()
		child.Get().Label = "go"
		got, err := child.Object().Call("describe")
		require.NoError(t, err)
		assert.Equal(t, "virtual base go", got.String())

		in := classdb.NewRef[GoInternal]()
		got, err = in.Object().Call("secret")
		require.NoError(t, err)
		assert.Equal(t, int64(7), must(got.Int()), "Go makes an internal class and calls it")
		assert.Equal(t, "GoInternal", in.Object().Class())
		v := godot.ClassDB.Instantiate("GoInternal")
		assert.Equal(t, variant.TypeNil, v.Type(), "ClassDB.instantiate refuses it: %s", v)
	})

	godottest.Test("Conformance/TypedDictionaries", func(t *godottest.T) {
		var d variant.TypedDictionary[string, int64]
		require.NoError(t, d.Set("a", 1))
		require.NoError(t, d.Set("b", 2))
		got, ok, err := d.Get("b")
		require.NoError(t, err)
		assert.True(t, ok)
		assert.Equal(t, int64(2), got)
		_, ok, err = d.Get("zz")
		assert.NoError(t, err)
		assert.False(t, ok)
		keys := []string{}
		for k, v := range d.All() {
			keys = append(keys, fmt.Sprint(k, "=", v))
		}
		assert.Equal(t, []string{"a=1", "b=2"}, keys)
		assert.NoError(t, d.CheckElements())
		assert.Equal(t, "{ \"a\": 1, \"b\": 2 }", mustVariant(d).String())
		assert.True(t, d.Untyped().IsTyped(), "typed in the engine too")

		// An untyped dictionary read as a typed one: a wrong value is an error naming it.
		u := variant.NewDictionary()
		require.NoError(t, u.Set("k", "not an int"))
		bad, err := variant.As[variant.TypedDictionary[string, int64]](mustVariant(u))
		require.NoError(t, err)
		err = bad.CheckElements()
		require.Error(t, err)
		assert.Contains(t, err.Error(), `Dictionary[String, int]: the value of k`)
		_, _, err = bad.Get("k")
		assert.Error(t, err)
		assert.Panics(t, func() {
			for range bad.All() {
			}
		}, "iteration over a bad entry panics, never a silent stop")
	})

	// Static-function callables: a Go class's static method (classdb.Static) as a Callable, equal
	// to every other one of the same class and method.
	godottest.Test("Conformance/StaticFunctionCallables", func(t *godottest.T) {
		c := godot.StaticCallable("GoMover", "mover_label")
		got, err := c.Call(3)
		require.NoError(t, err)
		assert.Equal(t, "mover #3", got.String())
		assert.Equal(t, "GoMover::mover_label", c.String())
		assert.Equal(t, int64(1), c.ArgumentCount())
		equal := func(x, y variant.Callable) bool { return must(must(variant.Evaluate(variant.OpEqual, x, y)).Bool()) }
		assert.True(t, equal(c, godot.StaticCallable("GoMover", "mover_label")), "a fresh one is equal")
		assert.False(t, equal(c, godot.StaticCallable("GoMover", "check_positive")))
		assert.Equal(t, c.Hash(), godot.StaticCallable("GoMover", "mover_label").Hash())
		_, err = godot.StaticCallable("GoMover", "check_positive").Call(-1)
		assert.Error(t, err, "the static's error reaches the caller")
	})
}
