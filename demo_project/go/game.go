package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/variant"
	"github.com/gdpure/gdpure/variant/utility"
)

// Game runs a dodge game: enemies come in from the arena's edges on a timer, the player dodges
// them, every enemy dodged and every second survived scores a point, and the game is over when
// the player's lives are gone. The HUD (hud.gd) follows it through its signals, connected in
// main.tscn.
//
// Started with the user argument --bot (godot … -- --bot), a deterministic bot plays instead of
// the keyboard, restarts after each game over, and after AutoplayFrames physics frames the game
// prints a summary and quits.
type Game struct {
	godot.Node2D

	// Settings tune the game: a GameSettings resource (settings.tres). A Ref holds a reference
	// to it, so it lives as long as the field refers to it.
	Settings classdb.Ref[GameSettings]
	// ZigzagScene is the scene of the zigzag enemy (an Enemy extended by GDScript).
	ZigzagScene godot.PackedScene
	// Autoplay lets the bot play; the --bot user argument turns it on too.
	Autoplay bool `gd:",group=Bot"`
	// AutoplayFrames is how many physics frames the bot plays before the game prints a summary
	// and quits; 0 plays on.
	AutoplayFrames int `gd:",range=0,100000,1,or_greater"`
	// BotSight is how near, in pixels, an enemy must be for the bot to dodge it: the bot's skill.
	BotSight float64 `gd:",range=0,400,1"`
	// RestartFrames is how long the bot waits after a game over before it restarts.
	RestartFrames int `gd:",range=0,600"`

	// ScoreChanged is emitted with the new score whenever it changes.
	ScoreChanged classdb.Signal1[int] `gd:"score_changed(score)"`
	// GameOver is emitted when the player's last life is lost, with the score and the best one.
	GameOver classdb.Signal2[int, int] `gd:"game_over(score,best)"`
	// Started is emitted when a game starts (and restarts).
	Started classdb.Signal0

	settings *GameSettings
	player   *Player
	arena    *Arena
	hud      godot.Node
	timer    godot.Timer
	rng      godot.RandomNumberGenerator
	enemies  []*Enemy

	over        bool
	overFrame   int
	score, best int
	alive       int // frames survived in this game
	interval    float64
	quitting    bool
	stats       stats
}

// stats are what the summary reports.
type stats struct {
	frames, spawns, zigzags, dodged, hits, deaths, restarts int
}

// Init sets the defaults of a new Game.
func (g *Game) Init() {
	g.AutoplayFrames = 3600
	g.RestartFrames = 90
	g.BotSight = 100
}

// Ready finds the scene's nodes, connects the spawn timer and the player's signals, and starts.
func (g *Game) Ready() {
	node := g.AsNode()
	if g.settings = g.Settings.Get(); g.settings == nil {
		panic("Game: the settings property must be a GameSettings resource")
	}
	var err error
	if g.player, err = classdb.InstanceOf[Player](node.Node("Player")); err != nil {
		panic("Game: no Player child: " + err.Error())
	}
	if g.arena, err = classdb.InstanceOf[Arena](node.Node("Arena")); err != nil {
		panic("Game: no Arena child: " + err.Error())
	}
	g.hud = node.Node("../HUD")
	timer, err := godot.As[godot.Timer](node.Node("SpawnTimer"))
	if err != nil {
		panic(err)
	}
	g.timer = timer
	g.timer.OnTimeout(g.spawn)
	g.player.Died.Connect(g.gameOver)
	g.player.Hit.Connect(func(lives int) {
		g.stats.hits++
		if g.Autoplay {
			say("frame %5d: hit, %d lives left", g.stats.frames, lives)
		}
	})

	for _, a := range godot.OS.CmdlineUserArgs().ToSlice() {
		switch {
		case a == "--bot":
			g.Autoplay = true
		case strings.HasPrefix(a, "--frames="):
			if n, err := strconv.Atoi(strings.TrimPrefix(a, "--frames=")); err == nil {
				g.AutoplayFrames = n
			}
		}
	}
	g.rng = godot.NewRandomNumberGenerator()
	g.rng.SetSeed(uint64(g.settings.Seed))
	if g.Autoplay {
		g.player.steer = func() variant.Vector2 { return botSteer(g.player, g.arena.Rect(), g.enemies, float32(g.BotSight)) }
		say("bot playing %d frames, seed %d, Go %s, call path %s", g.AutoplayFrames, g.settings.Seed, goVersion(), callPath())
	}
	g.start()
}

// start begins a game.
func (g *Game) start() {
	r := g.arena.Rect()
	g.player.Reset(g.settings, r.Position.Add(r.Size.MulScalar(0.5)), r)
	g.over, g.score, g.alive = false, 0, 0
	g.interval = g.settings.SpawnInterval
	g.timer.StartOptions(g.interval)
	g.Started.Emit()
	g.ScoreChanged.Emit(0)
}

// Restart ends the game under way (if any) and starts a new one; HUD's restart button calls it.
func (g *Game) Restart() {
	for _, e := range g.enemies {
		e.AsNode().QueueFree()
	}
	g.enemies = g.enemies[:0]
	g.stats.restarts++
	g.start()
}

// Score returns the current score.
func (g *Game) Score() int { return g.score }

// spawn brings in an enemy from a random point of the spawn band, heading into the arena.
func (g *Game) spawn() {
	if g.over {
		return
	}
	s := g.settings
	r := g.arena.Rect()
	m := float32(g.arena.SpawnMargin())
	var pos variant.Vector2
	t := g.rng.Randf()
	switch g.rng.RandiRange(0, 3) {
	case 0: // top
		pos = variant.Vector2{X: r.Position.X + t*r.Size.X, Y: r.Position.Y - m}
	case 1: // right
		pos = variant.Vector2{X: r.Position.X + r.Size.X + m, Y: r.Position.Y + t*r.Size.Y}
	case 2: // bottom
		pos = variant.Vector2{X: r.Position.X + t*r.Size.X, Y: r.Position.Y + r.Size.Y + m}
	default: // left
		pos = variant.Vector2{X: r.Position.X - m, Y: r.Position.Y + t*r.Size.Y}
	}
	// Aim at a random point of the arena's middle half.
	aim := r.Position.Add(r.Size.Mul(variant.Vector2{X: 0.25 + 0.5*g.rng.Randf(), Y: 0.25 + 0.5*g.rng.Randf()}))
	speed := g.rng.RandfRange(float32(s.EnemySpeedMin), float32(s.EnemySpeedMax))

	g.stats.spawns++
	var e *Enemy
	if s.ZigzagEvery > 0 && g.stats.spawns%s.ZigzagEvery == 0 && !g.ZigzagScene.IsNull() {
		n := g.ZigzagScene.Instantiate()
		var err error
		if e, err = classdb.InstanceOf[Enemy](n); err != nil {
			panic("Game: the zigzag scene's root is not an Enemy: " + err.Error())
		}
		g.stats.zigzags++
	} else {
		e = classdb.New[Enemy]()
		e.Radius = s.EnemyRadius
	}
	e.SetPosition(pos)
	e.Velocity = pos.DirectionTo(aim).MulScalar(speed)
	g.enemies = append(g.enemies, e)
	g.AsNode().AddChild(e)

	g.interval = max(s.SpawnIntervalMin, g.interval*s.SpawnSpeedup)
	g.timer.SetWaitTime(g.interval)
}

// PhysicsProcess checks collisions, drops the enemies that left, keeps the score and, in bot
// mode, restarts and quits.
func (g *Game) PhysicsProcess(delta float64) {
	if g.quitting {
		return
	}
	g.stats.frames++
	if g.over {
		if (g.Autoplay && g.stats.frames-g.overFrame >= g.RestartFrames) ||
			(!g.Autoplay && godot.Input.IsActionJustPressed("ui_accept")) {
			g.Restart()
		}
	} else {
		g.step()
	}
	if g.Autoplay && g.AutoplayFrames > 0 && g.stats.frames >= g.AutoplayFrames {
		g.quitting = true
		g.summary()
		g.AsNode().Tree().Quit()
	}
}

// step is one physics frame of a game under way.
func (g *Game) step() {
	g.alive++
	if g.alive%60 == 0 {
		g.addScore(1) // a point a second survived
	}
	pp := g.player.Position()
	r := g.arena.Rect()
	out := float32(g.arena.SpawnMargin()) + 64
	keep := g.enemies[:0]
	for _, e := range g.enemies {
		p := e.Position()
		if g.player.CanBeHit() && p.DistanceTo(pp) < float32(e.Radius+g.player.Radius()) {
			g.player.TakeHit()
			if g.over {
				return // gameOver cleared the enemies
			}
		}
		if p.X < r.Position.X-out || p.Y < r.Position.Y-out ||
			p.X > r.Position.X+r.Size.X+out || p.Y > r.Position.Y+r.Size.Y+out {
			e.AsNode().QueueFree()
			g.stats.dodged++
			g.addScore(1)
			continue
		}
		keep = append(keep, e)
	}
	g.enemies = keep
}

func (g *Game) addScore(n int) {
	g.score += n
	g.ScoreChanged.Emit(g.score)
}

// gameOver runs when the player dies.
func (g *Game) gameOver() {
	g.over, g.overFrame = true, g.stats.frames
	g.stats.deaths++
	g.best = max(g.best, g.score)
	g.timer.Stop()
	for _, e := range g.enemies {
		e.AsNode().QueueFree()
	}
	g.enemies = g.enemies[:0]
	if g.Autoplay {
		say("frame %5d: game over, score %d (best %d), %d enemies so far", g.stats.frames, g.score, g.best, g.stats.spawns)
	}
	g.GameOver.Emit(g.score, g.best)
}

// summary prints what the bot's run did.
func (g *Game) summary() {
	st := g.stats
	hudUpdates := int64(-1)
	if !g.hud.IsNull() {
		// The HUD is GDScript: its counter is a script property, read by name.
		hudUpdates, _ = g.hud.AsObject().Get("updates").Int()
	}
	say("summary: frames=%d spawns=%d (zigzag %d) dodged=%d hits=%d deaths=%d restarts=%d score=%d best=%d hud_updates=%d",
		st.frames, st.spawns, st.zigzags, st.dodged, st.hits, st.deaths, st.restarts, g.score, max(g.best, g.score), hudUpdates)
}

// say prints a line through the engine's print, so it interleaves with the engine's own output.
func say(format string, args ...any) {
	utility.Print("[demo] " + fmt.Sprintf(format, args...))
}
