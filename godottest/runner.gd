# gdpure in-engine test runner (written into the test project by godottest.Run), the main loop of
# `godot --script res://gdpure_runner.gd`. Benchmarks run here at once; tests run in the tree: the
# runner adds the driver node (res://gdpure_driver.gd) to the root, which runs the Go tests, then
# the GDScript tests, frame by frame, and quits with the number of failures. (In editor mode the
# driver is an autoload instead, and this script is not used.)
extends SceneTree

func _initialize() -> void:
	if not ClassDB.class_exists("GDPureTestRunner"):
		printerr("godottest: the extension did not register GDPureTestRunner (does it import godottest and gdextension/entry?)")
		quit(100)
		return
	var bench := OS.get_environment("GDPURE_TEST_BENCH")
	if bench != "":
		var go_runner = ClassDB.instantiate("GDPureTestRunner")
		go_runner.run_go_benchmarks(OS.get_environment("GDPURE_TEST_REPORT"), OS.get_environment("GDPURE_TEST_FILTER"), float(bench))
		go_runner = null
		print("GDPURE-RUNNER-DONE")
		quit(0)
		return
	var driver: Node = load("res://gdpure_driver.gd").new()
	driver.name = "GDPureTestDriver"
	root.add_child(driver)

# The tree keeps running until the driver quits it.
func _process(_delta: float) -> bool:
	return false
