package main

import (
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/variant"
)

// Arena is the play field: a rectangle the player cannot leave, with enemies entering from its
// edges. It is a tool class: its Draw runs in the editor too, so the editor shows the border and
// the spawn band while the scene is edited, and redraws them as the properties change.
type Arena struct {
	godot.Node2D

	size        variant.Vector2
	spawnMargin float64
	border      variant.Color
}

// Init sets the defaults of a new Arena.
func (a *Arena) Init() {
	a.size = variant.Vector2{X: 1088, Y: 584}
	a.spawnMargin = 24
	a.border = variant.Color{R: 0.35, G: 0.8, B: 1, A: 1}
}

// Size is the size property (the engine's get_size): the arena's size in pixels, from the node's origin.
func (a *Arena) Size() variant.Vector2 { return a.size }

// SetSize sets the arena's size and redraws it (in the editor too).
func (a *Arena) SetSize(v variant.Vector2) {
	a.size = v
	a.AsCanvasItem().QueueRedraw()
}

// SpawnMargin is the spawn_margin property's getter: how far outside the border enemies appear.
func (a *Arena) SpawnMargin() float64 { return a.spawnMargin }

// SetSpawnMargin sets the spawn margin and redraws the arena.
func (a *Arena) SetSpawnMargin(v float64) {
	a.spawnMargin = v
	a.AsCanvasItem().QueueRedraw()
}

// BorderColor is the border_color property's getter.
func (a *Arena) BorderColor() variant.Color { return a.border }

// SetBorderColor sets the border's colour and redraws the arena.
func (a *Arena) SetBorderColor(v variant.Color) {
	a.border = v
	a.AsCanvasItem().QueueRedraw()
}

// Rect is the arena in its parent's coordinates.
func (a *Arena) Rect() variant.Rect2 {
	return variant.Rect2{Position: a.Position(), Size: a.size}
}

// Draw draws the border, a dashed line where enemies spawn and a grid; in the editor it also
// labels the spawn band.
func (a *Arena) Draw() {
	ci := a.AsCanvasItem()
	grid := variant.Color{R: a.border.R, G: a.border.G, B: a.border.B, A: 0.08}
	for x := float32(64); x < a.size.X; x += 64 {
		ci.DrawLine(variant.Vector2{X: x}, variant.Vector2{X: x, Y: a.size.Y}, grid)
	}
	for y := float32(64); y < a.size.Y; y += 64 {
		ci.DrawLine(variant.Vector2{Y: y}, variant.Vector2{X: a.size.X, Y: y}, grid)
	}
	ci.DrawRectOptions(variant.Rect2{Size: a.size}, a.border, false, 3, false)
	m := float32(a.spawnMargin)
	corners := []variant.Vector2{{X: -m, Y: -m}, {X: a.size.X + m, Y: -m}, {X: a.size.X + m, Y: a.size.Y + m}, {X: -m, Y: a.size.Y + m}}
	spawn := variant.Color{R: 1, G: 0.4, B: 0.3, A: 0.6}
	for i := range corners {
		ci.DrawDashedLine(corners[i], corners[(i+1)%len(corners)], spawn)
	}
	if godot.Engine.IsEditorHint() {
		// Only the editor's preview marks the spawn band's corners.
		for _, c := range corners {
			ci.DrawCircle(c, 6, spawn)
		}
	}
}
