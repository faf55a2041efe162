extends RefCounted

# Deliberate failures, run only by TestGodottestFailuresAreAttributed (engine_test.go) in an engine
# of its own: each failing test must fail by itself, by name, and the run must go on.

func test_a_script_error(t) -> void:
	var a = null
	a.no_such_method()
	t.log("not reached")

func test_b_passes_after_a_script_error(t) -> void:
	t.assert_eq(1 + 1, 2)

func test_c_script_error_after_await(t) -> void:
	await t.frames(1)
	var d := {}
	d.no_such_key.size()

func test_d_never_finishes(t) -> void:
	var o := Node.new()
	t.add_node(o)
	o.add_user_signal("never")
	await Signal(o, "never")

func test_e_runs_after_a_timeout(t) -> void:
	await t.frames(1)
	t.assert_true(true)

func test_f_wait_signal_times_out(t) -> void:
	var o := Node.new()
	t.add_node(o)
	o.add_user_signal("never")
	var args = await t.wait_signal(o, "never", 0.2)
	t.assert_eq(args, null, "a timed-out wait returns null")
