extends GoEnemy

# Overrides the virtual _on_hit that GoEnemy declares in Go (classdb.Overridable): no
# native_method_override warning, which the project treats as an error.

func _on_hit(damage: int) -> String:
	return "script %d" % damage
