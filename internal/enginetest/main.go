// Command enginetest is gdpure's own in-engine test extension: built as a shared library and run
// inside headless Godot by `go test` (see engine_test.go and package godottest).
package main

import (
	"os"

	_ "github.com/gdpure/gdpure/gdextension/entry"
	"github.com/gdpure/gdpure/internal/faults"
	"github.com/gdpure/gdpure/internal/probe"
)

// The suite's extension switches on what only it may: the probes that cost something as the
// extension runs, and the planted bugs its environment asks for. Package inits run before the
// engine can call into the library, so every callback sees them set.
func init() {
	probe.Enabled = true
	faults.EarlyFreePropertyList = os.Getenv("GDPURE_PLANT_UAF") == "1"
}

func main() {}
