package main

import (
	"github.com/gdpure/gdpure/godot"
)

// GameSettings is the tuning of a game: a custom Resource saved as settings.tres and edited in the
// inspector. The Game node loads it; every field is an exported property.
type GameSettings struct {
	godot.Resource

	// PlayerSpeed is the player's speed in pixels per second.
	PlayerSpeed float64 `gd:",range=50,800,10,group=Player"`
	// PlayerRadius is the radius within which an enemy hits the player.
	PlayerRadius float64 `gd:",range=4,64,1"`
	// Lives is the number of hits a player survives, plus one.
	Lives int `gd:",range=1,9"`
	// InvulnerableFrames is how long the player cannot be hit again after a hit.
	InvulnerableFrames int `gd:",range=0,300"`

	// SpawnInterval is the time between two enemies at the start of a game, in seconds.
	SpawnInterval float64 `gd:",range=0.05,5,0.05,group=Enemies"`
	// SpawnIntervalMin is the shortest the interval gets as the game speeds up.
	SpawnIntervalMin float64 `gd:",range=0.05,5,0.05"`
	// SpawnSpeedup multiplies the interval after each spawn.
	SpawnSpeedup float64 `gd:",range=0.5,1,0.005"`
	// EnemySpeedMin is the slowest an enemy moves, in pixels per second.
	EnemySpeedMin float64 `gd:",range=10,1000,10"`
	// EnemySpeedMax is the fastest an enemy moves, in pixels per second.
	EnemySpeedMax float64 `gd:",range=10,1000,10"`
	// EnemyRadius is the radius of an enemy.
	EnemyRadius float64 `gd:",range=4,64,1"`
	// ZigzagEvery makes every n-th enemy a zigzag one (enemy_zigzag.tscn); 0 never.
	ZigzagEvery int `gd:",range=0,10"`

	// Seed seeds the enemies' random spawn positions, directions and speeds.
	Seed int `gd:",group=Randomness"`
}

// Init sets the defaults of a new GameSettings (the inspector shows them as such).
func (s *GameSettings) Init() {
	s.PlayerSpeed = 320
	s.PlayerRadius = 14
	s.Lives = 3
	s.InvulnerableFrames = 60
	s.SpawnInterval = 0.8
	s.SpawnIntervalMin = 0.25
	s.SpawnSpeedup = 0.98
	s.EnemySpeedMin = 120
	s.EnemySpeedMax = 260
	s.EnemyRadius = 12
	s.ZigzagEvery = 3
	s.Seed = 1
}
