// Command demo is the Go extension of the gdpure demo project: a tiny 2D world of moving bodies,
// registered with Godot as the class GoWorld and driven from GDScript (main.gd).
package main

import (
	"fmt"
	"math"
	"runtime"
	"strings"

	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/gdextension"
	_ "github.com/gdpure/gdpure/gdextension/entry"
	"github.com/gdpure/gdpure/godot"
)

type body struct {
	name         string
	x, y, vx, vy float64
}

// World holds bodies that move in straight lines.
type World struct {
	godot.RefCounted
	t       float64
	bodies  []body
	closest float64
}

func (w *World) Describe() string {
	return fmt.Sprintf("Go %s (%s/%s) running inside Godot, call path %q", runtime.Version(), runtime.GOOS, runtime.GOARCH, callPath())
}

func (w *World) Spawn(name string, x, y, vx, vy float64) int64 {
	w.bodies = append(w.bodies, body{name, x, y, vx, vy})
	w.closest = math.Inf(1)
	return int64(len(w.bodies))
}

func (w *World) Step(dt float64) {
	w.t += dt
	for i := range w.bodies {
		b := &w.bodies[i]
		b.x += b.vx * dt
		b.y += b.vy * dt
	}
	for i := range w.bodies {
		for j := i + 1; j < len(w.bodies); j++ {
			d := math.Hypot(w.bodies[i].x-w.bodies[j].x, w.bodies[i].y-w.bodies[j].y)
			w.closest = math.Min(w.closest, d)
		}
	}
}

func (w *World) Time() float64 { return w.t }

func (w *World) ClosestDistance() float64 { return w.closest }

func (w *World) Report() string {
	var parts []string
	for _, b := range w.bodies {
		parts = append(parts, fmt.Sprintf("%s(%.2f, %.2f)", b.name, b.x, b.y))
	}
	return strings.Join(parts, " ")
}

func init() {
	classdb.Register[World](classdb.Name("GoWorld"))
	gdextension.OnInit(gdextension.LevelScene, func() {
		fmt.Println("[demo] Go extension initialized at the scene level")
	})
}

func main() {}
