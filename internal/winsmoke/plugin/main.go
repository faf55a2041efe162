// Command plugin is the Windows smoke test's extension (see package winsmoke): it reports each
// initialization level, the main-loop callbacks and the call path through the engine's warning
// printing, which the host records.
package main

import (
	"fmt"

	_ "github.com/gdpure/gdpure/gdextension/entry"
	"github.com/gdpure/gdpure/internal/engine"
)

func init() {
	for l := engine.LevelCore; l <= engine.LevelEditor; l++ {
		engine.OnInit(l, func() {
			engine.PrintWarning(fmt.Sprintf("init %s (engine %s, %s path, main thread %v)",
				l, engine.EngineVersion(), engine.CallPath, engine.OnMainThread()))
		})
		engine.OnDeinit(l, func() { engine.PrintWarning("deinit " + l.String()) })
	}
	engine.OnStartup(func() {
		engine.PrintWarning("startup")
		// Work queued from a goroutine runs on the main thread at a frame callback.
		go engine.RunOnMainThread(func() {
			engine.PrintWarning(fmt.Sprintf("queued work ran (main thread %v)", engine.OnMainThread()))
		})
	})
	engine.OnShutdown(func() { engine.PrintWarning("shutdown") })
}

func main() {}
