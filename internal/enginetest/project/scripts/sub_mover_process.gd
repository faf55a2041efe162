# A GDScript subclass of a Go class that overrides one of its Go virtuals (_process).
extends GoMover

var script_frames := 0

func _process(_delta: float) -> void:
	script_frames += 1
