package engine

import "github.com/gdpure/gdpure/internal/probe"

func init() {
	probe.CrashDispatchInstalled = func() bool { ok, _ := crashDispatchState(); return ok }
}
