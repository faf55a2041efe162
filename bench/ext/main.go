// Command ext is the benchmark extension of `make bench` (test tooling, not part of the binding):
// the Go side of every operation of the table, its cgo reference, and the drivers that time the C
// reference (bench/cref) and GDScript (project/bench/ops.gd) doing the same operation in the same
// engine run. table_test.go builds it, runs it in headless Godot beside the C extension and writes
// bench/out/results.tsv.
package main

import (
	"github.com/gdpure/gdpure/classdb"
	_ "github.com/gdpure/gdpure/gdextension/entry"
	"github.com/gdpure/gdpure/godot"
)

//go:generate go run github.com/gdpure/gdpure/cmd/gdgen bind

func main() {}

// GoBench is the Go class GDScript calls (add, typed and untyped) and whose signal the signal row
// emits to a Go closure.
type GoBench struct {
	godot.RefCounted

	Ping classdb.Signal1[int] `gd:"ping(x)"`
}

// Add returns a + b.
func (g *GoBench) Add(a, b int64) int64 { return a + b }

// GoBenchNode is the Go node of the virtual-dispatch, node and memory rows: Process counts its
// calls.
type GoBenchNode struct {
	godot.Node
	processed int64
}

// Process counts a call.
func (n *GoBenchNode) Process(delta float64) {
	n.processed++
	goProcessCalls.Add(1)
}

func init() {
	classdb.Register[GoBench]()
	classdb.Register[GoBenchNode]()
}
