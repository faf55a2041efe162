package main

import (
	"strings"
	"testing"

	"github.com/gdpure/gdpure/gdextension"

	"github.com/gdpure/gdpure/godottest"
)

// TestEngine runs the in-engine suite on both call paths: the assembly trampolines and purego.
func TestEngine(t *testing.T) {
	t.Run("asm", func(t *testing.T) { godottest.Run(t, godottest.Config{}) })
	t.Run("purego", func(t *testing.T) { godottest.Run(t, godottest.Config{Tags: []string{"gdpure_purego"}}) })
}

// BenchmarkEngine runs the in-engine benchmarks (make bench), with the C reference extension
// loaded beside the Go one.
func BenchmarkEngine(b *testing.B) {
	godottest.RunBenchmarks(b, godottest.Config{CExtensions: []string{"../../bench/cref/cref.c"}})
}

// TestPlantedUseAfterFreeIsCaught runs the engine with a planted bug — a property list freed
// before the engine reads it — in guard mode, in its own engine process. The read must fault at
// once, and the report must name the buffer's owner kind.
func TestPlantedUseAfterFreeIsCaught(t *testing.T) {
	o := godottest.Launch(t, godottest.Config{
		Filter: "planted",
		Env:    []string{"GDPURE_MEMGUARD=1", "GDPURE_PLANT_UAF=1"},
	})
	for _, r := range o.Results {
		t.Logf("in-engine %s: %s %s", r.Name, r.Status, r.Output)
	}
	if o.ExitErr == nil {
		t.Fatalf("the engine exited normally; the planted use after free went unnoticed:\n%s", o.Output)
	}
	if !strings.Contains(o.Output, strings.TrimSpace(gdextension.FaultMessage(gdextension.OwnerPropertyList))) {
		t.Fatalf("the fault report does not name the property-list owner:\n%s", o.Output)
	}
	if strings.Contains(o.Output, "GDPURE-RUNNER-DONE") {
		t.Fatalf("the engine ran on after reading freed memory:\n%s", o.Output)
	}
	t.Logf("engine stopped with %v; report: %s", o.ExitErr, strings.TrimSpace(gdextension.FaultMessage(gdextension.OwnerPropertyList)))
}
