extends RefCounted

func _find(list: Array, name: String) -> Dictionary:
	for p in list:
		if p["name"] == name:
			return p
	return {}

func test_property_list_from_go(t) -> void:
	if OS.get_environment("GDPURE_PLANT_UAF") == "1":
		t.skip("planted use-after-free run")
		return
	var h = GoPropertyHolder.new()
	for round in 3:
		var list: Array = h.get_property_list()
		t.assert_eq(_find(list, "speed").get("type"), TYPE_FLOAT)
		t.assert_eq(_find(list, "lives").get("type"), TYPE_INT)
		t.assert_eq(_find(list, "player_name").get("type"), TYPE_STRING)
