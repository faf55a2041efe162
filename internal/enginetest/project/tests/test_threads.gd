extends RefCounted

# Calls into Go from four engine threads at once, and from the worker thread pool, while four
# goroutines make engine values and objects: typed calls (ptrcall) and untyped ones, scalars and
# Strings. GDPURE_THREAD_CALLS calls per thread (2,500 in the suite, 250 under GC stress; make soak
# sets 250,000: a million callbacks). Every result is checked, and every call must have reached Go.
func test_go_called_from_engine_threads_beside_goroutines(t) -> void:
	var n := 2500
	if OS.get_environment("GDPURE_GCSTRESS") == "1":
		n = 250 # a full collection at every callback: 3.7 ms each here
	if OS.get_environment("GDPURE_THREAD_CALLS") != "":
		n = int(OS.get_environment("GDPURE_THREAD_CALLS"))
	var p: ThreadProbe = ThreadProbe.new()
	p.start_goroutines(4)
	var threads := []
	for k in 4:
		var th := Thread.new()
		th.start(_calls.bind(p, k, n))
		threads.append(th)
	var wrong := 0
	for th: Thread in threads:
		wrong += th.wait_to_finish()
	var pooled := PackedInt64Array()
	pooled.resize(256)
	var task := WorkerThreadPool.add_group_task(func(i): pooled[i] = p.mix(i, 3), 256, 4)
	WorkerThreadPool.wait_for_group_task_completion(task)
	for i in 256:
		if pooled[i] != i * 4 + 3:
			wrong += 1
	var goroutine_errors: int = p.stop_goroutines()
	t.assert_eq(wrong, 0, "wrong results of calls from engine threads")
	t.assert_eq(goroutine_errors, 0, "wrong values read back by the goroutines")
	t.assert_eq(p.calls(), 4 * n + 256, "every call reached Go")

func _calls(p: ThreadProbe, k: int, n: int) -> int:
	var wrong := 0
	var u = p # untyped: the Variant call path
	for i in n:
		if i % 4 == 3:
			if u.label(i) != "n%d" % i:
				wrong += 1
		elif i % 2 == 1:
			if u.mix(i, k) != i * 4 + k:
				wrong += 1
		elif p.mix(i, k) != i * 4 + k:
			wrong += 1
	return wrong
