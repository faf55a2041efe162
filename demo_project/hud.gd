# The HUD, in GDScript: it follows the Go classes Game and Player through their signals (connected
# in main.tscn), calls their Go methods, and its restart button calls the Go Game's restart().
extends CanvasLayer

## How many signals from Go updated the HUD (the bot's summary reports it).
var updates := 0

@onready var _score: Label = $Score
@onready var _lives: Label = $Lives
@onready var _message: Label = $Message
@onready var _restart: Button = $RestartButton
@onready var _player: Player = $"../Game/Player"


func _on_started() -> void:
	updates += 1
	_message.text = ""
	_restart.hide()
	_lives.text = "Lives %d" % _player.lives()


func _on_score_changed(score: int) -> void:
	updates += 1
	_score.text = "Score %d" % score


func _on_player_hit(lives_left: int) -> void:
	updates += 1
	_lives.text = "Lives %d" % lives_left


func _on_game_over(score: int, best: int) -> void:
	updates += 1
	_message.text = "Game over: %d points (best %d)\nPress Enter to play again" % [score, best]
	_restart.show()
