extends RefCounted

# godottest's GDScript side: the tree, awaits of frames, physics frames, signals and timers.

class Counter extends Node:
	var processed := 0
	var physics := 0
	func _process(_delta: float) -> void:
		processed += 1
	func _physics_process(_delta: float) -> void:
		physics += 1

func test_tree_and_root(t) -> void:
	t.assert_true(t.tree == Engine.get_main_loop(), "t.tree is the main loop")
	t.assert_true(t.root == t.tree.root, "t.root is the tree's root")
	t.assert_true(t.root.is_inside_tree())

# A coroutine test: a node added to the root is processed once per awaited frame of each kind.
func test_await_frames(t) -> void:
	var c: Counter = t.add_node(Counter.new())
	t.assert_true(c.is_inside_tree())
	t.assert_eq(c.processed, 0, "not processed before the first wait")
	await t.frames(3)
	t.assert_eq(c.processed, 3, "_process once per awaited frame")
	var physics := c.physics
	var frames := Engine.get_physics_frames()
	await t.physics_frames(4)
	t.assert_eq(c.physics - physics, 4, "_physics_process once per awaited physics frame")
	t.assert_eq(Engine.get_physics_frames() - frames, 4)
	t.tree.set_meta("godottest_counter", c.get_instance_id())

func test_await_frames_freed_the_node(t) -> void:
	if not t.tree.has_meta("godottest_counter"):
		t.skip("runs after test_await_frames")
		return
	t.assert_false(is_instance_id_valid(t.tree.get_meta("godottest_counter")), "t.add_node's node was freed after its test")
	t.tree.remove_meta("godottest_counter")

# A signal emitted later is awaited, with its arguments.
func test_await_signal(t) -> void:
	var o: Node = t.add_node(Node.new())
	o.add_user_signal("ping")
	t.tree.create_timer(0.05).timeout.connect(func(): o.emit_signal("ping", 7, "seven"))
	var start := Engine.get_process_frames()
	var args = await t.wait_signal(o, "ping", 5.0)
	t.assert_eq(args, [7, "seven"])
	t.assert_true(Engine.get_process_frames() > start, "frames ran while waiting")
	t.assert_eq(o.get_signal_connection_list("ping").size(), 0, "the wait disconnected")

# t.timer waits engine time.
func test_await_timer(t) -> void:
	var start := Time.get_ticks_msec()
	var frames := Engine.get_process_frames()
	await t.timer(0.15)
	# Frame deltas are smoothed: real time can be a little short of 150 ms, not a lot.
	t.assert_true(Time.get_ticks_msec() - start >= 100, "real time passed: %d ms" % (Time.get_ticks_msec() - start))
	t.assert_true(Engine.get_process_frames() > frames, "frames ran")
