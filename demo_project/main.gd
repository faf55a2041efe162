extends Node

# The demo's main scene: GDScript drives a small simulation whose logic is written in Go.

func _ready() -> void:
	var world := GoWorld.new()
	print("[demo] ", world.describe())
	world.spawn("ship", 0.0, 0.0, 3.0, 4.0)
	world.spawn("rock", 10.0, 0.0, -1.0, 0.5)
	for step in 5:
		world.step(0.5)
		print("[demo] t=%.1f  %s" % [world.time(), world.report()])
	print("[demo] closest approach so far: %.3f" % world.closest_distance())
	get_tree().quit()
