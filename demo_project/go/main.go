// Command demo is the Go extension of the gdpure demo project: a dodge game whose logic is Go.
//
// Classes: Game (the rules, the spawn timer, the score, the bot), Player (moved by input or the
// bot), Enemy (extended by GDScript in enemy_zigzag.gd), Arena (a tool class that draws the play
// field in the editor too) and GameSettings (a custom Resource, settings.tres). The HUD is
// GDScript (hud.gd), fed by the Go classes' signals connected in main.tscn.
package main

import (
	"github.com/gdpure/gdpure/classdb"
	_ "github.com/gdpure/gdpure/gdextension/entry" // exports the entry symbol
)

func init() {
	// A class used as a field or parameter type (*GameSettings) is registered before its users.
	classdb.Register[GameSettings]()
	classdb.Register[Arena](classdb.Tool())
	classdb.Register[Enemy]()
	classdb.Register[Player]()
	classdb.Register[Game]()
}

func main() {}
