// Command plugin is the Windows smoke test's extension (see package winsmoke): it reports each
// initialization level, the main-loop callbacks and the call path through the engine's warning
// printing, which the host records, and how many Go allocations its engine calls made.
package main

import (
	"fmt"
	"runtime"
	"unsafe"

	_ "github.com/gdpure/gdpure/gdextension/entry"
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
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
		engine.PrintWarning(fmt.Sprintf("%d engine calls made %d Go allocations", 2*allocRounds, engineCallAllocations()))
		// Work queued from a goroutine runs on the main thread at a frame callback.
		go engine.RunOnMainThread(func() {
			engine.PrintWarning(fmt.Sprintf("queued work ran (main thread %v)", engine.OnMainThread()))
		})
	})
	engine.OnShutdown(func() { engine.PrintWarning("shutdown") })
}

const allocRounds = 1000

// engineCallAllocations makes 2×allocRounds engine calls (get_godot_version2, into call-frame
// memory) and returns how many Go allocations they made: none, on the Windows call path.
func engineCallAllocations() uint64 {
	f := engine.AcquireFrame()
	defer f.Release()
	out := f.Alloc(unsafe.Sizeof(gdi.GodotVersion2{}))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range 2 * allocRounds {
		gdi.GetGodotVersion2(out)
	}
	runtime.ReadMemStats(&after)
	return after.Mallocs - before.Mallocs
}

func main() {}
