extends RefCounted

func test_untyped_call(t) -> void:
	var c = GoCalculator.new()
	t.assert_eq(c.add(2, 3), 5)
	t.assert_eq(c.add(-7, 3), -4)
	t.assert_eq(c.total(), 1)

func test_typed_call(t) -> void:
	var c: GoCalculator = GoCalculator.new()
	t.assert_eq(c.add(40, 2), 42)
	t.assert_eq(c.half(5.0), 2.5)
	t.assert_eq(c.is_positive(3), true)
	t.assert_eq(c.is_positive(-3), false)

func test_strings(t) -> void:
	var c = GoCalculator.new()
	t.assert_eq(c.greet("Gödot ☃ 🎮"), "hello, Gödot ☃ 🎮 from Go")
	var typed: GoCalculator = c
	t.assert_eq(typed.greet(""), "hello,  from Go")
	t.assert_eq(typed.concat("ab", 3), "ababab")

func test_int_widens_to_float(t) -> void:
	var c = GoCalculator.new()
	t.assert_eq(c.half(7), 3.5)

func test_class_in_classdb(t) -> void:
	t.assert_true(ClassDB.class_exists("GoCalculator"))
	t.assert_eq(ClassDB.get_parent_class("GoCalculator"), &"RefCounted")
	t.assert_true(ClassDB.class_has_method("GoCalculator", "add"))
	var c = GoCalculator.new()
	t.assert_true(c is RefCounted)
	t.assert_eq(c.get_class(), "GoCalculator")

func test_wrong_calls_are_call_errors(t) -> void:
	var c = GoCalculator.new()
	var err := {}
	# callv reports call errors without aborting the test: the return is null on error.
	t.assert_eq(c.callv("add", [1]), null, "too few arguments")
	t.assert_eq(c.callv("add", [1, 2, 3]), null, "too many arguments")
	t.assert_eq(c.callv("add", ["x", 2]), null, "wrong argument type")
	t.assert_eq(c.callv("add", [1, 2]), 3, "the instance still works")

func test_threads_call_go(t) -> void:
	var c = GoCalculator.new()
	var threads := []
	for i in 4:
		var th := Thread.new()
		th.start(func(): return c.fib(15) + c.add(i, i))
		threads.append(th)
	for i in 4:
		t.assert_eq(threads[i].wait_to_finish(), 610 + 2 * i)

func test_worker_thread_pool_calls_go(t) -> void:
	var c = GoCalculator.new()
	var results := PackedInt64Array()
	results.resize(64)
	var task := WorkerThreadPool.add_group_task(func(i): results[i] = c.fib(10) + i, 64, 4)
	WorkerThreadPool.wait_for_group_task_completion(task)
	for i in 64:
		t.assert_eq(results[i], 55 + i)
