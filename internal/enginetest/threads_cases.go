package main

import (
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/godottest"
)

func init() {
	// A node in a sub-thread process group is processed on the engine's worker threads: its Go
	// virtuals run there, every frame, beside the main thread. What only the main thread may do is
	// refused by the engine with an error (printed; the call returns), and processing goes on.
	godottest.Test("Callbacks/ProcessOnASubThreadGroup", func(t *godottest.T) {
		n := classdb.New[SubThreadNode]()
		n.AsNode().SetProcessThreadGroup(godot.NodeProcessThreadGroupSubThread)
		t.AddNode(n)
		t.WaitFrames(8)
		t.WaitPhysicsFrames(4)
		calls, off := n.calls.Load(), n.offMain.Load()
		assert.GreaterOrEqual(t, calls, int64(8), "Process ran every frame")
		assert.Equal(t, calls, off, "every Process call came from a worker thread, none from the main thread")
		assert.GreaterOrEqual(t, n.physics.Load(), int64(4), "PhysicsProcess ran every physics frame")
		assert.Equal(t, n.physics.Load(), n.physicsOffMain.Load(), "on worker threads too")
		require.True(t, n.misuse.Load(), "the main-thread-only call was tried")
		assert.Equal(t, 0, n.AsNode().ChildCount(), "the engine refused to add a child from a worker thread")
		assert.False(t, n.orphan.IsInsideTree(), "the refused child is not in the tree")
		t.WaitFrames(2)
		assert.Greater(t, n.calls.Load(), calls, "processing went on after the refused call")
		require.NoError(t, n.orphan.AsObject().Free())
	})

	// The same call from a goroutine (a thread the engine did not make): refused by the engine's
	// thread check with its error, nothing added, the goroutine and the node carry on.
	godottest.Test("Callbacks/MainThreadOnlyCallFromAGoroutine", func(t *godottest.T) {
		parent := godot.NewNode()
		t.AddNode(parent)
		child := godot.NewNode()
		done := make(chan bool)
		go func() {
			parent.AddChild(child)
			done <- godot.OS.ThreadCallerID() != godot.OS.MainThreadID()
		}()
		require.True(t, <-done, "the call came from another thread than the main one")
		assert.Equal(t, 0, parent.ChildCount(), "the engine refused to add a child from a goroutine")
		assert.False(t, child.IsInsideTree())
		parent.AddChild(child) // from the main thread it is allowed
		assert.Equal(t, 1, parent.ChildCount())
	})
}
