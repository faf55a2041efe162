# A GDScript class extending a Go class: it overrides a Go method and calls the Go one through super.
extends GoMover

var script_calls := 0

# Overriding a method of a native (extension) class is a warning GDScript treats as an error.
@warning_ignore("native_method_override")
func describe() -> String:
	script_calls += 1
	return "script over " + super.describe()
