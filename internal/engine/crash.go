package engine

import "github.com/gdpure/gdpure/internal/probe"

func init() {
	if probe.Enabled {
		probe.CrashDispatchInstalled = func() bool { ok, _ := crashDispatchState(); return ok }
	}
}
