# A zigzag enemy: a GDScript class extending the Go class Enemy. Go moves it by its velocity every
# physics frame (Enemy's _physics_process, in Go); this script swings that velocity every frame.
extends Enemy

## How far the heading turns in one swing, in radians.
@export var swing := 0.8
## How many frames one swing lasts.
@export var period := 30

var _frame := 0


func _process(_delta: float) -> void:
	# Half a swing one way, then whole swings alternating: the heading weaves around the initial one.
	var turn := swing / period
	if ((_frame + period / 2) / period) % 2 == 1:
		turn = -turn
	_frame += 1
	velocity = velocity.rotated(turn)
