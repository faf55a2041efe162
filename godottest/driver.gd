# gdpure in-engine test driver (written into the test project by godottest). A node in the scene
# tree that runs the Go tests of the extension through GDPureTestRunner, then the GDScript tests:
# every method test_* of every script res://tests/test_*.gd, each given a checker `t`. A test
# method may be a coroutine (await t.frames(2), …); the driver awaits it, up to the per-test
# timeout. Results are appended to the report file as JSON lines; the driver quits the engine with
# the number of failures (capped) as exit code. It is added to the root by gdpure_runner.gd, or is
# an autoload in editor mode (godottest.Config.Editor), hence @tool.
@tool
extends Node

## Emitted at the end of each process frame, after every other node's _process.
signal frame_done
## Emitted at the end of each physics frame, after every other node's _physics_process.
signal physics_frame_done

## The checker a GDScript test gets as `t`.
class Checker:
	var failed := false
	var skipped := false
	var output := ""
	## The SceneTree the tests run in, and its root Window.
	var tree: SceneTree
	var root: Window
	var _driver: Node
	var _nodes: Array[Node] = []

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
	func assert_false(cond: bool, msg: String = "") -> void:
		if cond:
			fail("expected false: " + msg)
	func assert_eq(got, want, msg: String = "") -> void:
		if typeof(got) != typeof(want) or got != want:
			fail("got %s (%s), want %s (%s) %s" % [var_to_str(got), type_string(typeof(got)), var_to_str(want), type_string(typeof(want)), msg])
	func assert_ne(got, other, msg: String = "") -> void:
		if typeof(got) == typeof(other) and got == other:
			fail("got %s, want anything else %s" % [var_to_str(got), msg])

	## Adds node as a child of the root; it is freed when the test ends (if still alive).
	func add_node(node: Node) -> Node:
		root.add_child(node)
		_nodes.append(node)
		return node

	## Waits n process frames (each ends after every node's _process). Use with await.
	func frames(n: int = 1) -> void:
		for i in n:
			await _driver.frame_done

	## Waits n physics frames (each ends after every node's _physics_process). Use with await.
	func physics_frames(n: int = 1) -> void:
		for i in n:
			await _driver.physics_frame_done

	## Waits sec seconds of engine time (a SceneTreeTimer). Use with await.
	func timer(sec: float) -> void:
		await tree.create_timer(sec).timeout

	## Waits until obj emits the signal named sig and returns its arguments as an Array; after
	## timeout_sec seconds (real time) without it, fails the test and returns null. Use with await.
	func wait_signal(obj: Object, sig: String, timeout_sec: float = 5.0):
		if not obj.has_signal(sig):
			fail("wait_signal: %s has no signal %s" % [obj, sig])
			return null
		var got := []
		var cb := func(...args):
			if got.is_empty():
				got.append(args)
		obj.connect(sig, cb)
		var deadline := Time.get_ticks_msec() + int(timeout_sec * 1000)
		while got.is_empty() and Time.get_ticks_msec() < deadline and is_instance_valid(obj):
			await _driver.frame_done
		if is_instance_valid(obj) and obj.is_connected(sig, cb):
			obj.disconnect(sig, cb)
		if got.is_empty():
			fail("wait_signal: %s did not emit %s within %.3f s" % [obj, sig, timeout_sec])
			return null
		return got[0]

	func _cleanup() -> void:
		for i in range(_nodes.size() - 1, -1, -1):
			if is_instance_valid(_nodes[i]):
				_nodes[i].free()
		_nodes.clear()

## Receives the engine's errors (from any thread): a script error fails the test that runs when it
## happens.
class ErrorCatcher extends Logger:
	var mutex := Mutex.new()
	var in_gdscript_test := false # a GDScript test runs now: its script errors go to errors
	var errors: Array[String] = []
	var go_runner = null # else forward script errors to the Go test running now, if any
	var allow: Array[RegEx] = []

	func _log_error(function: String, file: String, line: int, code: String, rationale: String, _editor_notify: bool, error_type: int, _script_backtraces: Array[ScriptBacktrace]) -> void:
		if error_type != ERROR_TYPE_SCRIPT:
			return
		var msg := "SCRIPT ERROR: %s" % (rationale if rationale != "" else code)
		for re in allow:
			if re.search(msg) != null:
				return
		msg += "\n   at: %s (%s:%d)" % [function, file, line]
		mutex.lock()
		if in_gdscript_test:
			errors.append(msg)
		elif go_runner != null:
			go_runner.note_script_error(msg)
		mutex.unlock()

var report := OS.get_environment("GDPURE_TEST_REPORT")
var filter := OS.get_environment("GDPURE_TEST_FILTER")
var test_timeout := float(OS.get_environment("GDPURE_TEST_TIMEOUT")) if OS.get_environment("GDPURE_TEST_TIMEOUT") != "" else 60.0
var go_runner = null
var catcher: ErrorCatcher = null
var phase := "idle" # go, gdscript, done (or bench, done)
var failed := 0

func _ready() -> void:
	if report == "":
		return # not launched by godottest (an editor opened on the project)
	if not ClassDB.class_exists("GDPureTestRunner"):
		printerr("godottest: the extension did not register GDPureTestRunner (does it import godottest and gdextension/entry?)")
		get_tree().quit(100)
		return
	# Run last in every frame, so that a wait of n frames sees n whole frames of the other nodes.
	process_priority = 2147483647
	process_physics_priority = 2147483647
	process_mode = Node.PROCESS_MODE_ALWAYS
	go_runner = ClassDB.instantiate("GDPureTestRunner")
	if OS.get_environment("GDPURE_TEST_BENCH") != "":
		phase = "bench" # in the editor (in a game run, gdpure_runner.gd runs benchmarks)
		return
	catcher = ErrorCatcher.new()
	catcher.go_runner = go_runner
	for pat in OS.get_environment("GDPURE_TEST_ALLOW").split("\n", false):
		var re := RegEx.new()
		if re.compile(pat) == OK:
			catcher.allow.append(re)
	OS.add_logger(catcher)
	phase = "go"
	set_process(true)
	set_physics_process(true)

# The waits of the frame that just ended resume first, then the tests step on.
func _process(_delta: float) -> void:
	frame_done.emit()
	if phase == "bench":
		phase = "done"
		go_runner.run_go_benchmarks(report, filter, float(OS.get_environment("GDPURE_TEST_BENCH")))
		go_runner = null
		print("GDPURE-RUNNER-DONE")
		get_tree().quit(0)
		return
	if phase == "go" and go_runner.step_go_tests(report, filter, false):
		failed += go_runner.go_test_failures()
		phase = "gdscript"
		_run_gdscript_tests() # a coroutine: returns at its first await, the frames drive it on

func _physics_process(_delta: float) -> void:
	physics_frame_done.emit()
	if phase == "go":
		go_runner.step_go_tests(report, filter, true)

func _finish() -> void:
	phase = "done"
	OS.remove_logger(catcher)
	catcher.go_runner = null
	catcher = null
	go_runner = null
	print("GDPURE-RUNNER-DONE")
	get_tree().quit(mini(failed, 99))

func _run_gdscript_tests() -> void:
	catcher.mutex.lock()
	catcher.go_runner = null
	catcher.mutex.unlock()
	var re := RegEx.new()
	re.compile(filter)
	var files := []
	if DirAccess.dir_exists_absolute("res://tests"):
		files = Array(DirAccess.get_files_at("res://tests"))
	files.sort()
	for file in files:
		if not (file.begins_with("test_") and file.ends_with(".gd")):
			continue
		var script: GDScript = load("res://tests/" + file)
		if script == null or not script.can_instantiate():
			var sname: String = "gdscript/" + file.get_basename()
			if re.search(sname) != null:
				failed += 1
				_write_result({"name": sname, "status": "fail", "output": "the script res://tests/%s does not load (see the engine's output)\n" % file})
			continue
		for m in script.get_script_method_list():
			var mname: String = m["name"]
			if not mname.begins_with("test_"):
				continue
			var name: String = "gdscript/" + file.get_basename() + "/" + mname
			if re.search(name) == null:
				continue
			await _run_gdscript_test(script, mname, name)
	_finish()

func _run_gdscript_test(script: GDScript, mname: String, name: String) -> void:
	var inst = script.new()
	var t := Checker.new()
	t.tree = get_tree()
	t.root = get_tree().root
	t._driver = self
	var start := Time.get_ticks_usec()
	catcher.mutex.lock()
	catcher.in_gdscript_test = true
	catcher.errors.clear()
	catcher.mutex.unlock()
	var state := {"done": false}
	_call_test(inst, mname, t, state)
	if not state["done"]: # the test awaits: let the frames run it, up to the timeout
		var deadline := Time.get_ticks_msec() + int(test_timeout * 1000)
		while not state["done"] and Time.get_ticks_msec() < deadline:
			await frame_done
		if not state["done"]:
			t.fail("timed out after %.1f s (the test was still waiting)" % test_timeout)
	t._cleanup()
	catcher.mutex.lock()
	catcher.in_gdscript_test = false
	var errors := catcher.errors.duplicate()
	catcher.errors.clear()
	catcher.mutex.unlock()
	for e in errors:
		t.fail(e)
	if inst is Node and is_instance_valid(inst):
		inst.free()
	var status := "pass"
	if t.failed:
		status = "fail"
		failed += 1
	elif t.skipped:
		status = "skip"
	_write_result({"name": name, "status": status, "output": t.output, "seconds": (Time.get_ticks_usec() - start) / 1e6})

func _call_test(inst, mname: String, t: Checker, state: Dictionary) -> void:
	await inst.call(mname, t) # a test that never awaits returns at once
	state["done"] = true

func _write_result(r: Dictionary) -> void:
	var f := FileAccess.open(report, FileAccess.READ_WRITE)
	if f == null:
		f = FileAccess.open(report, FileAccess.WRITE)
	f.seek_end()
	f.store_line(JSON.stringify(r))
	f.close()
