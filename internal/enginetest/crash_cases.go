package main

import (
	"os"
	"runtime"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/internal/probe"
)

// Crash reports with a Go extension loaded (engine_test.go launches the planted ones in an engine
// of their own and reads what it printed).
func init() {
	godottest.Test("Crash/EngineCrashHandlerKeptWhole", func(t *godottest.T) {
		if runtime.GOOS != "linux" || runtime.GOARCH != "amd64" && runtime.GOARCH != "arm64" {
			t.Skip("the crash dispatcher is on linux/amd64 and linux/arm64")
		}
		assert.True(t, probe.CrashDispatchInstalled(),
			"faults outside Go code go straight to the engine's crash handler (its backtrace would stop at Go's forwarding frame)")
	})
	godottest.Test("Crash/planted/GoroutineFault", func(t *godottest.T) {
		if os.Getenv("GDPURE_PLANT_CRASH") != "go" {
			t.Skip("only in the planted crash run (GDPURE_PLANT_CRASH=go)")
		}
		go plantedNilDereference(nil)
		time.Sleep(30 * time.Second) // the goroutine's fatal panic ends the process first
		t.Errorf("the process outlived a goroutine's unrecovered nil dereference")
	})
}

// plantedNilDereference is the function the Go stack of the planted crash must name.
//
//go:noinline
func plantedNilDereference(p *[4]int) int { return p[2] }
