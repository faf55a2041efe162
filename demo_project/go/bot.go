package main

import (
	"runtime"

	"github.com/gdpure/gdpure/variant"
)

// botSteer is the bot: it steers the player away from enemies within sight, weighted by closeness and
// by whether they are coming closer, away from the walls, and gently back to the middle. It reads
// only positions and velocities, so a run is the same every time.
func botSteer(p *Player, arena variant.Rect2, enemies []*Enemy, sight float32) variant.Vector2 {
	pos := p.Position()
	var force variant.Vector2
	for _, e := range enemies {
		rel := pos.Sub(e.Position())
		d := rel.Length()
		if d >= sight || d == 0 {
			continue
		}
		w := (sight - d) / sight
		if rel.Dot(e.Velocity) > 0 { // coming closer
			w *= 2
		}
		force = force.Add(rel.MulScalar(w * w / d))
	}
	center := arena.Position.Add(arena.Size.MulScalar(0.5))
	force = force.Add(center.Sub(pos).MulScalar(1.0 / 600))
	if force.Length() < 0.05 {
		return variant.Vector2{}
	}
	return force.Normalized()
}

func goVersion() string { return runtime.Version() }
