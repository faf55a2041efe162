package main

import (
	"os"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/variant"
)

// GoFrameCounter counts its _process and _physics_process calls, for the tests of godottest's
// waits. It is a runtime class: in the editor its code does not run.
type GoFrameCounter struct {
	godot.Node
	processed, physics int
}

// Process counts a process frame.
func (c *GoFrameCounter) Process(delta float64) { c.processed++ }

// PhysicsProcess counts a physics frame.
func (c *GoFrameCounter) PhysicsProcess(delta float64) { c.physics++ }

// GoToolFrameCounter is GoFrameCounter as a tool class: its code runs in the editor too.
type GoToolFrameCounter struct {
	godot.Node
	processed int
}

// Process counts a process frame.
func (c *GoToolFrameCounter) Process(delta float64) { c.processed++ }

func init() {
	classdb.Register[GoFrameCounter]()
	classdb.Register[GoToolFrameCounter](classdb.Tool())
}

// newInstance makes an instance of the Go class named class through the engine's ClassDB and
// returns its Node and Go value.
func newInstance[T any](t *godottest.T, class string) (godot.Node, *T) {
	n, err := variant.As[godot.Node](godot.ClassDB.Instantiate(class))
	require.NoError(t, err)
	require.False(t, n.IsNull(), "ClassDB made a %s", class)
	c, err := classdb.InstanceOf[T](n)
	require.NoError(t, err, "the Go value behind the %s", class)
	return n, c
}

// addedNodeID is the instance id of the node Godottest/NodesInTheTree added, to check that it was
// freed after that test.
var addedNodeID uint64

func init() {
	godottest.Test("Godottest/TreeAndRoot", func(t *godottest.T) {
		tree := t.Tree()
		require.False(t, tree.IsNull())
		assert.Equal(t, godot.Engine.MainLoop().InstanceID(), tree.InstanceID(), "the engine's main loop")
		root := t.Root()
		assert.Equal(t, tree.Root().InstanceID(), root.InstanceID())
		assert.True(t, root.AsNode().IsInsideTree())
		assert.Equal(t, "root", root.AsNode().Name())
	})

	// A node added to the root is processed by the engine's frames: n of each kind per wait.
	godottest.Test("Godottest/NodesInTheTree", func(t *godottest.T) {
		n, c := newInstance[GoFrameCounter](t, "GoFrameCounter")
		t.AddNode(n)
		addedNodeID = n.InstanceID()
		require.True(t, n.IsInsideTree())
		assert.Equal(t, t.Root().InstanceID(), n.Parent().InstanceID())
		assert.Equal(t, 0, c.processed, "not processed before the first wait")

		t.WaitFrames(3)
		assert.Equal(t, 3, c.processed, "_process once per waited frame")

		physics := c.physics
		frames := godot.Engine.PhysicsFrames()
		t.WaitPhysicsFrames(4)
		assert.Equal(t, 4, c.physics-physics, "_physics_process once per waited physics frame")
		assert.Equal(t, uint64(4), godot.Engine.PhysicsFrames()-frames)

		processed := c.processed
		t.WaitFrames(2)
		assert.Equal(t, 2, c.processed-processed, "process frames after a physics wait")
	})

	godottest.Test("Godottest/AddedNodesAreFreed", func(t *godottest.T) {
		if addedNodeID == 0 {
			t.Skip("runs after Godottest/NodesInTheTree")
		}
		_, alive := godot.InstanceFromID(addedNodeID)
		assert.False(t, alive, "the node AddNode added was freed when its test ended")
	})

	godottest.Test("Godottest/Cleanup", func(t *godottest.T) {
		n := godot.NewNode()
		t.Root().AsNode().AddChild(n)
		var order []int
		t.Cleanup(func() {
			assert.Equal(t, []int{2}, order, "cleanups run last registered first")
			order = append(order, 1)
			n.AsObject().Free()
		})
		t.Cleanup(func() { order = append(order, 2) })
	})

	// A signal emitted later (by a timer's callback) is awaited, with its arguments.
	godottest.Test("Godottest/WaitSignal", func(t *godottest.T) {
		o := godot.NewNode()
		t.AddNode(o)
		o.AsObject().AddUserSignal("ping")
		t.Tree().CreateTimer(0.05).OnTimeout(func() {
			_, err := o.AsObject().EmitSignal("ping", 7, "seven")
			assert.NoError(t, err)
		})
		start := godot.Engine.ProcessFrames()
		args := t.WaitSignal(o, "ping", 5*time.Second)
		assert.Greater(t, godot.Engine.ProcessFrames(), start, "frames ran while waiting")
		require.Len(t, args, 2)
		n, err := variant.As[int](args[0])
		require.NoError(t, err)
		assert.Equal(t, 7, n)
		s, err := variant.As[string](args[1])
		require.NoError(t, err)
		assert.Equal(t, "seven", s)
		assert.Equal(t, 0, o.AsObject().SignalConnectionList("ping").Len(), "the wait disconnected")
	})

	// WaitTime waits engine time: the frames' deltas add up to it.
	godottest.Test("Godottest/WaitTime", func(t *godottest.T) {
		n, c := newInstance[GoFrameCounter](t, "GoFrameCounter")
		t.AddNode(n)
		start, frames := time.Now(), godot.Engine.ProcessFrames()
		t.WaitTime(150 * time.Millisecond)
		// The engine's frame deltas are smoothed and the timer counts the delta of the frame it was
		// made in: real time can be a little short of 150 ms, not a lot.
		assert.GreaterOrEqual(t, time.Since(start), 100*time.Millisecond, "real time passed")
		assert.Greater(t, godot.Engine.ProcessFrames(), frames, "frames ran")
		assert.Positive(t, c.processed, "the tree was processed meanwhile")
	})

	// In the editor run (TestEditor): the tests run inside the editor, and tool classes run.
	godottest.Test("Editor/IsEditorHint", func(t *godottest.T) {
		if os.Getenv("GDPURE_EXPECT_EDITOR") == "" {
			t.Skip("only in the editor run (TestEditor)")
		}
		assert.True(t, godot.Engine.IsEditorHint(), "Engine.is_editor_hint() in the editor")
		n, c := newInstance[GoToolFrameCounter](t, "GoToolFrameCounter")
		t.AddNode(n)
		t.WaitFrames(2)
		assert.Equal(t, 2, c.processed, "a tool class is processed in the editor")
	})
}
