package main

import (
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/variant"
)

// Enemy is a disc that flies in a straight line across the arena. The Game makes plain ones from
// Go; enemy_zigzag.tscn is an Enemy with a GDScript subclass (enemy_zigzag.gd) that bends its
// Velocity every frame while Go keeps moving it.
type Enemy struct {
	godot.Node2D

	// Velocity in pixels per second; Go moves the enemy by it every physics frame.
	Velocity variant.Vector2
	// Radius of the disc: the enemy hits the player when the discs touch.
	Radius float64 `gd:",range=4,64,1"`
	// Color of the disc.
	Color variant.Color
}

// Init sets the defaults of a new Enemy.
func (e *Enemy) Init() {
	e.Radius = 12
	e.Color = variant.Color{R: 1, G: 0.35, B: 0.3, A: 1}
}

// PhysicsProcess moves the enemy.
func (e *Enemy) PhysicsProcess(delta float64) {
	e.SetPosition(e.Position().Add(e.Velocity.MulScalar(float32(delta))))
}

// Draw draws the disc with a darker rim.
func (e *Enemy) Draw() {
	ci := e.AsCanvasItem()
	r := float32(e.Radius)
	ci.DrawCircle(variant.Vector2{}, r, e.Color)
	rim := variant.Color{R: e.Color.R * 0.5, G: e.Color.G * 0.5, B: e.Color.B * 0.5, A: 1}
	ci.DrawArcOptions(variant.Vector2{}, r, 0, 6.2831855, 24, rim, 2, true)
}
