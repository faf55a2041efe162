extends RefCounted

# Memory/OwnedBuffersReadByEngineAfterGC (a Go test, run before this one) registered the signal
# gc_checked from owned C buffers after forced collections: the engine must have read them intact.
func test_signal_registered_from_owned_buffers(t) -> void:
	t.assert_true(ClassDB.class_has_signal("GoCalculator", "gc_checked"))
	var sig := ClassDB.class_get_signal("GoCalculator", "gc_checked")
	var args: Array = sig["args"]
	t.assert_eq(args.size(), 2)
	t.assert_eq(args[0]["name"], "first_arg")
	t.assert_eq(args[0]["type"], TYPE_INT)
	t.assert_eq(args[1]["name"], "second_arg")
	t.assert_eq(args[1]["type"], TYPE_STRING)
