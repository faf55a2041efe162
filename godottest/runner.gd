# gdpure in-engine test runner (written into the test project by godottest.Run).
# Runs the Go tests of the extension through GDPureTestRunner, then the GDScript tests: every
# method test_* of every script res://tests/test_*.gd, each given a checker `t`. Results are appended
# to the report file as JSON lines; the exit code is the number of failures (capped).
extends SceneTree

class Checker:
	var failed := false
	var skipped := false
	var output := ""
	func fail(msg: String) -> void:
		failed = true
		output += msg + "\n"
	func log(msg: String) -> void:
		output += msg + "\n"
	func skip(msg: String) -> void:
		skipped = true
		output += msg + "\n"
	func assert_true(cond: bool, msg: String = "") -> void:
		if not cond:
			fail("expected true: " + msg)
	func assert_eq(got, want, msg: String = "") -> void:
		if typeof(got) != typeof(want) or got != want:
			fail("got %s (%s), want %s (%s) %s" % [var_to_str(got), type_string(typeof(got)), var_to_str(want), type_string(typeof(want)), msg])

var report := OS.get_environment("GDPURE_TEST_REPORT")
var filter := OS.get_environment("GDPURE_TEST_FILTER")
var go_runner = null
var finished := false

func _initialize() -> void:
	var bench := OS.get_environment("GDPURE_TEST_BENCH")
	if not ClassDB.class_exists("GDPureTestRunner"):
		printerr("godottest: the extension did not register GDPureTestRunner (does it import godottest and gdextension/entry?)")
		quit(100)
		finished = true
		return
	go_runner = ClassDB.instantiate("GDPureTestRunner")
	if bench != "":
		go_runner.run_go_benchmarks(report, filter, float(bench))
		_finish(0)

# The Go tests run frame by frame (a test may wait for frames); then the GDScript tests.
func _process(_delta: float) -> bool:
	if finished:
		return false
	if go_runner.step_go_tests(report, filter):
		var failed: int = go_runner.go_test_failures()
		failed += _run_gdscript_tests(report, filter)
		_finish(failed)
	return false

func _finish(failed: int) -> void:
	finished = true
	go_runner = null
	print("GDPURE-RUNNER-DONE")
	quit(mini(failed, 99))

func _run_gdscript_tests(report: String, filter: String) -> int:
	var re := RegEx.new()
	re.compile(filter)
	var failed := 0
	if not DirAccess.dir_exists_absolute("res://tests"):
		return 0
	var files := Array(DirAccess.get_files_at("res://tests"))
	files.sort()
	for file in files:
		if not (file.begins_with("test_") and file.ends_with(".gd")):
			continue
		var script: GDScript = load("res://tests/" + file)
		for m in script.get_script_method_list():
			var mname: String = m["name"]
			if not mname.begins_with("test_"):
				continue
			var name: String = "gdscript/" + file.get_basename() + "/" + mname
			if re.search(name) == null:
				continue
			var inst = script.new()
			var t := Checker.new()
			var start := Time.get_ticks_usec()
			inst.call(mname, t)
			if inst is Node:
				inst.free()
			var status := "pass"
			if t.failed:
				status = "fail"
				failed += 1
			elif t.skipped:
				status = "skip"
			var f := FileAccess.open(report, FileAccess.READ_WRITE)
			if f == null:
				f = FileAccess.open(report, FileAccess.WRITE)
			f.seek_end()
			f.store_line(JSON.stringify({"name": name, "status": status, "output": t.output, "seconds": (Time.get_ticks_usec() - start) / 1e6}))
			f.close()
	return failed
