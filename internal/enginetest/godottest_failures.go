package main

import (
	"os"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/variant"
)

// Deliberate failures of Go tests, run only by TestGodottestFailuresAreAttributed (engine_test.go)
// with GDPURE_GODOTTEST_FAILURES=1, in an engine of its own; elsewhere they skip.
func init() {
	failing := func(name string, fn func(t *godottest.T)) {
		godottest.Test("GodottestFailures/"+name, func(t *godottest.T) {
			if os.Getenv("GDPURE_GODOTTEST_FAILURES") == "" {
				t.Skip("only in TestGodottestFailuresAreAttributed")
			}
			fn(t)
		})
	}

	// A script error while a Go test runs fails that test.
	failing("ScriptError", func(t *godottest.T) {
		s := godot.NewGDScript()
		s.AsScript().SetSourceCode("extends RefCounted\nfunc boom():\n\tvar a = null\n\ta.no_such_method_from_go()\n")
		require.NoError(t, s.AsScript().Reload())
		v, err := s.New()
		require.NoError(t, err)
		o, err := variant.As[godot.Object](v)
		require.NoError(t, err)
		o.Call("boom")
	})

	failing("PassesAfterAScriptError", func(t *godottest.T) { t.WaitFrames(1) })

	failing("WaitSignalTimesOut", func(t *godottest.T) {
		n := godot.NewNode()
		t.AddNode(n)
		n.AsObject().AddUserSignal("never")
		t.WaitSignal(n, "never", 200*time.Millisecond)
		t.Error("not reached: WaitSignal ends the test")
	})

	failing("WaitsForever", func(t *godottest.T) {
		for {
			t.WaitFrames(1)
		}
	})

	failing("PassesAfterATimeout", func(t *godottest.T) { t.WaitPhysicsFrames(1) })
}
