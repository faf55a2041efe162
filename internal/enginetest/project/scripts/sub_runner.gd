# A GDScript class extending a Go class that extends a Go class.
extends GoRunner

# Overriding a method of a native (extension) class is a warning GDScript treats as an error.
@warning_ignore("native_method_override")
func describe() -> String:
	return "script over " + super()
