package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gdpure/gdpure/internal/osthread"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/variant"
)

// sceneRoot returns the SceneTree's root window, through the Engine singleton.
func sceneRoot(t *godottest.T) godot.Window {
	tree, err := godot.As[godot.SceneTree](godot.Engine.MainLoop())
	require.NoError(t, err)
	return tree.Root()
}

// freedPanic calls fn and returns the *godot.FreedError it panics with (nil if none).
func freedPanic(fn func()) (fe *godot.FreedError) {
	defer func() {
		if r := recover(); r != nil {
			if err, ok := r.(error); ok {
				errors.As(err, &fe)
			}
		}
	}()
	fn()
	return nil
}

// settleObjects collects garbage and runs the main-thread queue, so references Go dropped are
// released.
func settleObjects() {
	engine.CollectGarbage()
	engine.CollectGarbage()
}

func init() {
	godottest.Test("Classes/AllChildrenIteratesASnapshot", func(t *godottest.T) {
		parent := godot.NewNode()
		defer parent.AsObject().Free()
		var made []godot.Node
		for _, name := range []string{"a", "b", "c"} {
			c := godot.NewNode()
			c.SetName(name)
			parent.AddChild(c)
			made = append(made, c)
		}
		var seen []string
		for c := range parent.AllChildren() {
			seen = append(seen, c.Name())
			if c.Name() == "a" {
				parent.RemoveChild(c) // the loop may change the children
				c.AsObject().Free()
				made[1].AsObject().Free() // b, not reached yet: skipped
				parent.AddChild(godot.NewNode())
			}
		}
		assert.Equal(t, []string{"a", "c"}, seen)
		assert.Equal(t, 2, parent.ChildCount(), "c and the one added")
		n := 0
		for range parent.AllChildren() {
			n++
			break
		}
		assert.Equal(t, 1, n, "a loop may stop early")
	})

	godottest.Test("Classes/VariantOfAFreedObjectIsAnError", func(t *godottest.T) {
		n := godot.NewNode()
		id := n.InstanceID()
		v := must(variant.From(n))
		n.AsObject().Free()
		var others []godot.Node // new objects, one of which may reuse the freed one's memory
		for range 8 {
			others = append(others, godot.NewNode())
		}
		defer func() {
			for _, o := range others {
				o.AsObject().Free()
			}
		}()
		got, err := variant.As[godot.Node](v)
		var freed *variant.FreedObjectError
		require.ErrorAs(t, err, &freed, "not the freed object, nor one at its address: %v", got)
		assert.Equal(t, id, freed.ID)
		assert.True(t, got.IsNull(), "the caller holds no object")
		assert.Equal(t, id, must(v.ObjectID()), "the Variant still names the freed object")
	})

	godottest.Test("Classes/ConstructCallAndFree", func(t *godottest.T) {
		n := godot.NewNode2D()
		assert.Equal(t, "Node2D", n.AsObject().Class())
		n.SetPosition(variant.Vector2{X: 3, Y: 4})
		assert.Equal(t, variant.Vector2{X: 3, Y: 4}, n.Position())
		n.AsNode().SetName("Mover")
		assert.Equal(t, "Mover", n.AsNode().Name())
		id := n.InstanceID()
		got, ok := godot.InstanceFromID(id)
		require.True(t, ok)
		assert.Equal(t, id, got.InstanceID())
		require.NoError(t, n.AsObject().Free())
		assert.False(t, n.IsAlive())
		_, ok = godot.InstanceFromID(id)
		assert.False(t, ok, "the id names no object after free")
	})

	// A call on a freed object is a Go panic with an error naming class and instance id, never a
	// crash, however the object was freed (Go's Free, the engine's free from GDScript, queue_free).
	godottest.Test("Classes/FreedObjectIsAGoError", func(t *godottest.T) {
		n := godot.NewSprite2D()
		id := n.InstanceID()
		require.NoError(t, n.AsObject().Free())
		fe := freedPanic(func() { n.AsNode2D().SetPosition(variant.Vector2{X: 1}) })
		require.NotNil(t, fe, "a call on a freed object panics with a *godot.FreedError")
		assert.Equal(t, fmt.Sprintf("Sprite2D#%d was freed", id), fe.Error())
		assert.Equal(t, "Sprite2D", fe.Class)

		// Freed by the engine (free() through a Variant call, as GDScript does), seen through another
		// Go value.
		m := godot.NewNode()
		v, err := variant.From(m)
		require.NoError(t, err)
		_, err = v.Call("free")
		require.NoError(t, err)
		v.Destroy()
		fe = freedPanic(func() { m.ChildCount() })
		require.NotNil(t, fe)
		assert.Equal(t, fmt.Sprintf("Node#%d was freed", m.InstanceID()), fe.Error())

		var null godot.Node
		assert.PanicsWithValue(t, godot.ErrNullObject, func() { null.ChildCount() })
	})

	// RefCounted objects: Go holds exactly one engine reference per object while any Go value
	// refers to it, and releases it when the last one becomes garbage.
	godottest.Test("Classes/RefCountedCountedExactly", func(t *godottest.T) {
		r := godot.NewRefCounted()
		assert.Equal(t, 1, r.ReferenceCount(), "a new RefCounted held by Go")
		copies := []godot.RefCounted{r, r, r}
		assert.Equal(t, 1, r.ReferenceCount(), "copies of the Go value share one reference")
		v, err := variant.From(r)
		require.NoError(t, err)
		assert.Equal(t, 2, r.ReferenceCount(), "a Variant holds one more")
		back, err := variant.As[godot.RefCounted](v)
		require.NoError(t, err)
		assert.Equal(t, r.InstanceID(), back.InstanceID())
		assert.Equal(t, 2, r.ReferenceCount(), "the same object back from the Variant: no new Go reference")
		v.Destroy()
		settleObjects()
		assert.Equal(t, 1, r.ReferenceCount())
		id := r.InstanceID()
		_ = copies
		r, copies, back = godot.RefCounted{}, nil, godot.RefCounted{}
		settleObjects()
		_, alive := godot.InstanceFromID(id)
		assert.False(t, alive, "freed once Go dropped its last value")

		// A result the engine hands over (a Ref<T>) is adopted, not counted twice.
		img := godot.ImageCreateEmpty(4, 4, false, godot.ImageFormatRgba8)
		assert.Equal(t, 1, img.AsRefCounted().ReferenceCount(), "an engine result held by Go alone")
		dup, err := godot.As[godot.Image](img.AsResource().Duplicate())
		require.NoError(t, err)
		assert.Equal(t, 1, dup.AsRefCounted().ReferenceCount())
		assert.Equal(t, 4, dup.Width())
	})

	godottest.Test("Classes/Singletons", func(t *godottest.T) {
		assert.Equal(t, "Linux", godot.OS.Name())
		info := godot.Engine.VersionInfo()
		major, ok, err := info.Get("major")
		require.NoError(t, err)
		require.True(t, ok)
		n, _ := major.Int()
		assert.Equal(t, int64(4), n)
		assert.Greater(t, godot.Time.TicksUsec(), uint64(0))
		assert.False(t, godot.Input.IsNull())
		assert.True(t, godot.ProjectSettings.HasSetting("application/config/name"))
	})

	godottest.Test("Classes/CastsAreChecked", func(t *godottest.T) {
		s := godot.NewSprite2D()
		defer s.AsObject().Free()
		var asNode godot.Node = s.AsNode()
		back, err := godot.As[godot.Sprite2D](asNode)
		require.NoError(t, err)
		assert.Equal(t, s.InstanceID(), back.InstanceID())
		_, err = godot.As[godot.Node3D](asNode)
		assert.EqualError(t, err, fmt.Sprintf("godot: Sprite2D#%d is not a Node3D", s.InstanceID()))
		null, err := godot.As[godot.Node2D](godot.Node{})
		assert.NoError(t, err)
		assert.True(t, null.IsNull())
		obj, err := godot.Instantiate("Timer")
		require.NoError(t, err)
		assert.Equal(t, "Timer", obj.Class())
		require.NoError(t, obj.Free())
		_, err = godot.Instantiate("NoSuchClass")
		assert.Error(t, err)
	})

	godottest.Test("Classes/VarargsDefaultsEnums", func(t *godottest.T) {
		parent := godot.NewNode()
		defer parent.AsObject().Free()
		child := godot.NewNode2D()
		parent.AddChild(child) // defaults: force_readable_name = false, internal = disabled
		parent.AddChildOptions(godot.NewNode(), false, godot.NodeInternalModeFront)
		assert.Equal(t, 1, parent.ChildCount(), "the internal child is not counted by default")
		assert.Equal(t, 2, parent.ChildCountOptions(true))
		got := parent.Child(0)
		assert.Equal(t, child.InstanceID(), got.InstanceID())

		child.AsNode().SetProcessMode(godot.NodeProcessModeDisabled)
		assert.Equal(t, godot.NodeProcessModeDisabled, child.AsNode().ProcessMode())

		name, err := child.AsObject().Call("get_class")
		require.NoError(t, err)
		assert.Equal(t, "Node2D", name.String())
		sum, err := child.AsObject().Call("get_child_count", false)
		require.NoError(t, err)
		n, _ := sum.Int()
		assert.Equal(t, int64(0), n)
		_, err = child.AsObject().Call("get_child_count", "not a bool")
		var ce *variant.CallError
		assert.ErrorAs(t, err, &ce, "a wrong argument is a call error")
	})

	// A scene built from Go runs for some frames; a queued free happens at the end of a frame.
	godottest.Test("Classes/SceneBuiltFromGo", func(t *godottest.T) {
		root := sceneRoot(t)
		level := godot.NewNode2D()
		level.AsNode().SetName("Level")
		player := godot.NewSprite2D()
		player.AsNode().SetName("Player")
		level.AsNode().AddChild(player)
		var entered []string
		conn := root.AsNode().OnChildEnteredTree(func(n godot.Node) { entered = append(entered, n.Name()) })
		root.AsNode().AddChild(level)
		conn.Disconnect()
		assert.Equal(t, []string{"Level"}, entered, "a typed signal argument")
		found := root.AsNode().Node("Level/Player")
		assert.Equal(t, player.InstanceID(), found.InstanceID())
		assert.True(t, player.AsNode().IsInsideTree())

		start := godot.Engine.ProcessFrames()
		t.WaitFrames(3)
		assert.GreaterOrEqual(t, godot.Engine.ProcessFrames()-start, uint64(3), "frames ran")
		level.AsNode().QueueFree()
		assert.True(t, level.IsAlive(), "queue_free waits for the end of the frame")
		t.WaitFrames(1)
		assert.False(t, level.IsAlive())
		assert.False(t, player.IsAlive(), "children go with their parent")
		assert.NotNil(t, freedPanic(func() { player.Texture() }))
	})

	godottest.Test("Classes/SignalsToGoClosures", func(t *godottest.T) {
		res := godot.NewResource()
		changed := 0
		conn := res.OnChanged(func() { changed++ })
		res.EmitChanged()
		res.EmitChanged()
		assert.Equal(t, 2, changed)
		conn.Disconnect()
		res.EmitChanged()
		assert.Equal(t, 2, changed, "no calls after Disconnect")
		conn.Disconnect() // harmless

		n := godot.NewNode()
		defer n.AsObject().Free()
		var got []godot.Node
		child := godot.NewNode()
		defer child.AsObject().Free()
		n.OnChildEnteredTree(func(c godot.Node) { got = append(got, c) })
		_, err := n.AsObject().EmitSignal("child_entered_tree", child)
		require.NoError(t, err, "emit from Go")
		require.Len(t, got, 1)
		assert.Equal(t, child.InstanceID(), got[0].InstanceID())

		var args []string
		n.AsObject().ConnectFunc("tree_exited", func(a []variant.Variant) error {
			args = append(args, fmt.Sprint(len(a)))
			return nil
		})
		_, err = n.AsObject().EmitSignal("tree_exited")
		require.NoError(t, err)
		assert.Equal(t, []string{"0"}, args)
	})

	// CallDeferred from a goroutine runs the function on the main thread at the next frame.
	godottest.Test("Classes/CallDeferredFromAGoroutine", func(t *godottest.T) {
		mainTID := osthread.ID()
		ran := make(chan int64, 1)
		go func() { godot.CallDeferred(func() { ran <- osthread.ID() }) }()
		var tid int64
		ok := t.WaitUntil(60, func() bool {
			select {
			case tid = <-ran:
				return true
			default:
				time.Sleep(time.Millisecond)
				return false
			}
		})
		require.True(t, ok, "the deferred function ran within 60 frames")
		assert.Equal(t, mainTID, tid, "on the main thread")
	})

	// CallDeferred on the main thread runs the function at the end of the frame, not at once (the
	// engine's call_deferred), and what it defers in turn runs in the same pass.
	godottest.Test("Classes/CallDeferredOnTheMainThreadWaitsForTheFrame", func(t *godottest.T) {
		var order []string
		godot.CallDeferred(func() {
			order = append(order, "deferred")
			godot.CallDeferred(func() { order = append(order, "deferred by deferred") })
		})
		order = append(order, "caller")
		assert.Equal(t, []string{"caller"}, order, "nothing ran inside the caller")
		t.WaitFrames(1)
		assert.Equal(t, []string{"caller", "deferred", "deferred by deferred"}, order)
	})

	// Deferred work never runs inside other main-thread work: however much goroutines have queued,
	// making engine values on the main thread (which used to drain the queue past 256 tasks) and a
	// collection that runs the work the garbage collector's cleanups queued for the main thread run
	// none of it; it all runs at the end of the frame.
	godottest.Test("Classes/DeferredWorkNeverRunsReentrantly", func(t *godottest.T) {
		const n = 2000
		var ran atomic.Int64
		var wg sync.WaitGroup
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < n/4; i++ {
					godot.CallDeferred(func() { ran.Add(1) })
				}
			}()
		}
		wg.Wait()
		for i := 0; i < 1000; i++ {
			s := variant.NewString("made on the main thread")
			s.Destroy()
			_ = variant.NewStringName("made too")
		}
		engine.CollectGarbage() // runs the main thread's queue of other threads' work
		assert.Zero(t, ran.Load(), "deferred functions ran inside the main thread's own work")
		t.WaitFrames(1)
		assert.EqualValues(t, n, ran.Load(), "every deferred function ran at the end of the frame")
	})

	// A goroutine deferring faster than the main thread runs the work waits (back-pressure): while
	// the main thread is held (no frame, so no drain) the goroutine stops at the bound, and when
	// frames run again everything runs, nothing lost.
	godottest.Test("Classes/CallDeferredIsBounded", func(t *godottest.T) {
		const n, bound = 100000, 1 << 16
		var ran atomic.Int64
		done := make(chan struct{})
		go func() {
			for i := 0; i < n; i++ {
				godot.CallDeferred(func() { ran.Add(1) })
			}
			close(done)
		}()
		deadline := time.Now().Add(10 * time.Second)
		for engine.PendingMainThreadTasks() < bound && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
		time.Sleep(20 * time.Millisecond) // room for the goroutine to overrun the bound, if it could
		held := engine.PendingMainThreadTasks()
		select {
		case <-done:
			t.Errorf("the goroutine deferred all %d functions while the main thread ran none", n)
		default:
		}
		assert.GreaterOrEqual(t, held, bound, "the goroutine filled the queue")
		assert.LessOrEqual(t, held, bound+1024, "the queue stayed bounded (garbage-collector releases may add a few)")
		finished := t.WaitUntil(600, func() bool {
			select {
			case <-done:
				return ran.Load() == n
			default:
				return false
			}
		})
		require.True(t, finished, "all %d deferred functions ran (%d did)", n, ran.Load())
	})
}
