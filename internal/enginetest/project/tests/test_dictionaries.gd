extends RefCounted

func test_dictionary_from_go(t) -> void:
	var g = GoDicts.new()
	var d: Dictionary = g.inventory()
	t.assert_eq(d.size(), 3)
	t.assert_eq(d["sword"], 1)
	t.assert_eq(d["potion"], 3)
	t.assert_eq(d[7], Vector2(1, 2))

func test_dictionary_to_go_is_shared(t) -> void:
	var g: GoDicts = GoDicts.new()
	var d := {"a": 2, "b": 5, "c": "not a number"}
	t.assert_eq(g.count(d), 7)
	t.assert_eq(d.get("counted"), true, "Go changed the caller's dictionary")
