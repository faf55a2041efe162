package main

import (
	"testing"

	"github.com/gdpure/gdpure/godottest"
)

// TestEngine runs the in-engine suite on both call paths: the assembly trampolines and purego.
func TestEngine(t *testing.T) {
	t.Run("asm", func(t *testing.T) { godottest.Run(t, godottest.Config{}) })
	t.Run("purego", func(t *testing.T) { godottest.Run(t, godottest.Config{Tags: []string{"gdpure_purego"}}) })
}

// BenchmarkEngine runs the in-engine benchmarks (make bench).
func BenchmarkEngine(b *testing.B) {
	godottest.RunBenchmarks(b, godottest.Config{})
}
