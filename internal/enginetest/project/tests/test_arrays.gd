extends RefCounted

func test_array_from_go(t) -> void:
	var g = GoArrays.new()
	var a: Array = g.squares(5)
	t.assert_eq(a, [0, 1, 4, 9, 16])
	t.assert_true(a.is_typed(), "Array[int64] is an engine Array[int]")
	t.assert_eq(a.get_typed_builtin(), TYPE_INT)
	var typed: GoArrays = g
	t.assert_eq(typed.squares(0), [])

func test_array_to_go(t) -> void:
	var g: GoArrays = GoArrays.new()
	t.assert_eq(g.sum([1, 2.5, 3]), 6.5)
	var untyped = g
	t.assert_eq(untyped.sum([]), 0.0)

func test_array_is_shared(t) -> void:
	var g = GoArrays.new()
	var a: Array[int] = [1, 2, 3]
	g.double(a)
	t.assert_eq(a, [2, 4, 6] as Array[int], "Go changed the caller's array in place")

# Typed array parameters and results advertise their element type: GDScript sees Array[int].
func test_typed_array_signature(t) -> void:
	for m in ClassDB.class_get_method_list("GoArrays", true):
		if m["name"] == "squares":
			t.assert_eq(m["return"]["hint"], PROPERTY_HINT_ARRAY_TYPE)
			t.assert_eq(m["return"]["hint_string"], "int")
		if m["name"] == "double":
			t.assert_eq(m["args"][0]["hint_string"], "int")
		if m["name"] == "sum":
			t.assert_eq(m["args"][0]["hint_string"], "", "Array[Variant] is untyped")

# An Array[int] parameter or property refuses an array with an element that is not an int: the
# call fails (nothing runs, the caller's array is untouched) and the property keeps its value.
func test_typed_array_refuses_wrong_elements(t) -> void:
	var g = GoArrays.new()
	var mixed := [1, "x", 3]
	t.assert_eq(g.callv("double", [mixed]), null, "the call failed")
	t.assert_eq(mixed, [1, "x", 3], "Double did not run")
	g.ints = [1, 2] as Array[int]
	g.set("ints", ["x", "y"])
	t.assert_eq(g.ints, [1, 2] as Array[int], "the property kept its value")
	g.set("ints", [5, 6])
	t.assert_eq(g.ints, [5, 6], "an untyped array of ints is taken")
