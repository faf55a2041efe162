extends Node

# The GDScript node of the virtual-dispatch and node rows: _process counts its calls.

var processed := 0

func _process(_delta: float) -> void:
	processed += 1
