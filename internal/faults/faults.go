//go:build gdpure_selftest

// Package faults holds the switches that plant deliberate bugs for the suite's own checks (the
// planted use-after-free run of internal/enginetest). They exist only in builds with the tag
// gdpure_selftest (gdpure's own in-engine suite), read once from the environment; in a plugin's
// build they are constant false and the code they guard is compiled away.
package faults

import "os"

// EarlyFreePropertyList (GDPURE_PLANT_UAF=1): a Go class's get_property_list releases the list it
// returns before the engine reads it, so guard mode can be shown to catch the use after free.
var EarlyFreePropertyList = os.Getenv("GDPURE_PLANT_UAF") == "1"

// GoroutineCrash (GDPURE_PLANT_CRASH=go): the test Crash/planted/GoroutineFault starts a goroutine
// that dereferences nil with nothing to recover it, so the suite can check what a fatal Go error
// prints (Go's stack, then the engine's crash report).
var GoroutineCrash = os.Getenv("GDPURE_PLANT_CRASH") == "go"
