// Command plugin is the Windows smoke test's extension (see package winsmoke): it reports each
// initialization level, the main-loop callbacks and the call path through the engine's warning
// printing, which the host records.
package main

import (
	"fmt"

	"github.com/gdpure/gdpure/gdextension"
	_ "github.com/gdpure/gdpure/gdextension/entry"
)

func init() {
	for l := gdextension.LevelCore; l <= gdextension.LevelEditor; l++ {
		gdextension.OnInit(l, func() {
			gdextension.PrintWarning(fmt.Sprintf("init %s (engine %s, %s path, main thread %v)",
				l, gdextension.EngineVersion(), gdextension.CallPath, gdextension.OnMainThread()))
		})
		gdextension.OnDeinit(l, func() { gdextension.PrintWarning("deinit " + l.String()) })
	}
	gdextension.OnStartup(func() {
		gdextension.PrintWarning("startup")
		// Work queued from a goroutine runs on the main thread at a frame callback.
		go gdextension.RunOnMainThread(func() {
			gdextension.PrintWarning(fmt.Sprintf("queued work ran (main thread %v)", gdextension.OnMainThread()))
		})
	})
	gdextension.OnShutdown(func() { gdextension.PrintWarning("shutdown") })
}

func main() {}
