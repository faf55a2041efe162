extends RefCounted

# Object lifetimes seen from GDScript: what Go's Object hooks (_get, _property_get_revert) and
# virtuals hand the engine must be copies with references of their own, which outlive Go's values
# (each check collects Go's garbage first).

func test_get_and_revert_hooks_hand_over_copies(t) -> void:
	var d := DynamicProps.new()
	for i in 3:
		var text = d.get("text")
		var list = d.get("list")
		var number = d.get("number")
		var held = d.get("held")
		var revert_text = d.property_get_revert("text")
		var revert_list = d.property_get_revert("list")
		var revert_held = d.property_get_revert("held")
		d.collect()
		t.assert_eq(text, "dynamic text", "a String from _get")
		t.assert_eq(list, ["a", "b", "dynamic c"], "an Array from _get")
		list.append("d")
		t.assert_eq(list.size(), 4, "the Array is GDScript's to change")
		t.assert_eq(number, 42)
		t.assert_eq(revert_text, "revert text", "a String from _property_get_revert")
		t.assert_eq(revert_list, ["a", "b", "revert c"], "an Array from _property_get_revert")
		t.assert_true(d.property_can_revert("text"))
		t.assert_eq(held.resource_name, "held by Go")
		t.assert_eq(held, revert_held)
		t.assert_eq(d.held_references(), 3, "Go's field and GDScript's two variables")
		held = null
		revert_held = null
		t.assert_eq(d.held_references(), 1, "Go's field alone")
	# A value set through _set is kept by Go and read back through _get.
	var mine := ["x", Resource.new()]
	d.set("list", mine)
	d.set("text", "set from GDScript")
	d.collect()
	t.assert_eq(d.get("text"), "set from GDScript")
	var back = d.get("list")
	t.assert_eq(back.size(), 2)
	t.assert_eq(back[0], "x")
	t.assert_eq(back[1], mine[1])
	t.assert_true("text" in d.get_property_list().map(func(p): return p.name))

func test_virtual_returning_a_resource_gives_the_engine_its_own_reference(t) -> void:
	var mesh := GoMesh.new()
	var mat := StandardMaterial3D.new()
	mesh.set_material(mat)
	mat = null
	mesh.collect()
	for i in 3:
		var got: Material = mesh.surface_get_material(0)
		t.assert_true(got is StandardMaterial3D)
		t.assert_eq(got.get_reference_count(), 2, "Go's field and this variable")
		got = null
	var kept = mesh.surface_get_material(0)
	mesh.set_material(null)
	mesh.collect()
	t.assert_eq(kept.get_reference_count(), 1, "GDScript's alone once Go let go")
