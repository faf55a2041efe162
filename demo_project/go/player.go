package main

import (
	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/variant"
)

// Player is the ship the player steers with the arrow keys (the ui_* actions), or the bot steers.
// Its hull is a Polygon2D child in main.tscn; the Go code draws its shield.
type Player struct {
	godot.Node2D

	// ShieldColor is the colour of the circle that shows the player's hit radius.
	ShieldColor variant.Color

	// Hit is emitted when an enemy hits the player, with the lives left.
	Hit classdb.Signal1[int] `gd:"hit(lives_left)"`
	// Died is emitted when the last life is lost.
	Died classdb.Signal0

	speed        float64
	radius       float64
	lives        int
	invulnerable int
	graceFrames  int
	bounds       variant.Rect2
	steer        func() variant.Vector2 // nil: the keyboard
	alive        bool
}

// The engine's virtuals Player implements, checked by the compiler: a misspelt name or a wrong
// signature fails the build.
var (
	_ godot.NodeVirtualPhysicsProcess = (*Player)(nil)
	_ godot.CanvasItemVirtualDraw     = (*Player)(nil)
)

// Init sets the defaults of a new Player.
func (p *Player) Init() {
	p.ShieldColor = variant.Color{R: 0.5, G: 1, B: 0.6, A: 0.7}
	p.speed, p.radius, p.lives = 300, 14, 3
}

// Reset puts the player at start with the settings' speed, size and lives, inside bounds.
func (p *Player) Reset(s *GameSettings, start variant.Vector2, bounds variant.Rect2) {
	p.speed, p.radius, p.lives, p.graceFrames = s.PlayerSpeed, s.PlayerRadius, s.Lives, s.InvulnerableFrames
	p.bounds, p.invulnerable, p.alive = bounds, 0, true
	p.SetPosition(start)
	p.SetRotation(0)
	p.AsCanvasItem().SetModulate(variant.Color{R: 1, G: 1, B: 1, A: 1})
	p.AsCanvasItem().Show()
	p.AsCanvasItem().QueueRedraw()
}

// Lives returns the lives left.
func (p *Player) Lives() int { return p.lives }

// Radius returns the player's hit radius.
func (p *Player) Radius() float64 { return p.radius }

// CanBeHit reports whether an enemy touching the player now costs a life.
func (p *Player) CanBeHit() bool { return p.alive && p.invulnerable == 0 }

// TakeHit costs a life, makes the player invulnerable for a while and emits hit; the last life
// emits died too.
func (p *Player) TakeHit() {
	if !p.CanBeHit() {
		return
	}
	p.lives--
	p.invulnerable = p.graceFrames
	p.Hit.Emit(p.lives)
	if p.lives <= 0 {
		p.alive = false
		p.AsCanvasItem().Hide()
		p.Died.Emit()
	}
}

// PhysicsProcess moves the player: by the keyboard, or by the bot when one steers.
func (p *Player) PhysicsProcess(delta float64) {
	if !p.alive {
		return
	}
	var dir variant.Vector2
	if p.steer != nil {
		dir = p.steer()
	} else {
		dir = godot.Input.Vector("ui_left", "ui_right", "ui_up", "ui_down")
	}
	if dir != (variant.Vector2{}) {
		p.SetRotation(dir.Angle()) // the hull points where the ship goes
	}
	pos := p.Position().Add(dir.MulScalar(float32(p.speed * delta)))
	r := float32(p.radius)
	lo := p.bounds.Position.Add(variant.Vector2{X: r, Y: r})
	hi := p.bounds.Position.Add(p.bounds.Size).Sub(variant.Vector2{X: r, Y: r})
	p.SetPosition(pos.Clamp(lo, hi))
	if p.invulnerable > 0 {
		p.invulnerable--
		alpha := float32(1)
		if p.invulnerable > 0 && p.invulnerable/6%2 == 0 {
			alpha = 0.3 // blink while invulnerable
		}
		p.AsCanvasItem().SetModulate(variant.Color{R: 1, G: 1, B: 1, A: alpha})
	}
}

// Draw draws the shield: the circle within which an enemy hits.
func (p *Player) Draw() {
	p.AsCanvasItem().DrawArcOptions(variant.Vector2{}, float32(p.radius), 0, 6.2831855, 32, p.ShieldColor, 2, true)
}
