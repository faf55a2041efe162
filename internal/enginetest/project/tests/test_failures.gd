extends RefCounted

# A failed typed call (GDScript's ptrcall: a Go error, a panic, an argument that does not fit)
# hands back the result type's Go zero value, whatever the previous call left in the result slot.
# Each check first fills the variable with a successful call's result.
func test_failed_typed_calls_return_the_zero_value(t) -> void:
	var g: GoFailing = GoFailing.new()
	for how: int in [0, 1]: # 0: the method returns an error; 1: it panics (typed: a ptrcall)
		var why := " (how %d)" % how
		var b: bool = g.ok_bool()
		b = g.bad_bool(how)
		t.assert_eq(b, false, "bool" + why)
		var i: int = g.ok_int()
		i = g.bad_int(how)
		t.assert_eq(i, 0, "int" + why)
		var f: float = g.ok_float()
		f = g.bad_float(how)
		t.assert_eq(f, 0.0, "float" + why)
		var s: String = g.ok_string()
		s = g.bad_string(how)
		t.assert_eq(s, "", "String" + why)
		var v2: Vector2 = g.ok_vector2()
		v2 = g.bad_vector2(how)
		t.assert_eq(v2, Vector2.ZERO, "Vector2" + why)
		var c: Color = g.ok_color()
		c = g.bad_color(how)
		t.assert_eq(c, Color(0, 0, 0, 0), "Color: Go's zero" + why)
		var tr: Transform3D = g.ok_transform()
		tr = g.bad_transform(how)
		t.assert_eq(tr, Transform3D(Basis(Vector3.ZERO, Vector3.ZERO, Vector3.ZERO), Vector3.ZERO), "Transform3D: Go's zero" + why)
		var a: Array = g.ok_array()
		a = g.bad_array(how)
		t.assert_eq(a.size(), 0, "Array" + why)
		var ints: Array[int] = g.ok_ints()
		ints = g.bad_ints(how)
		t.assert_eq(ints.size(), 0, "Array[int]" + why)
		var d: Dictionary = g.ok_dictionary()
		d = g.bad_dictionary(how)
		t.assert_eq(d.size(), 0, "Dictionary" + why)
		var p: PackedInt32Array = g.ok_packed()
		p = g.bad_packed(how)
		t.assert_eq(p.size(), 0, "PackedInt32Array" + why)
		var ps: PackedStringArray = g.ok_strings()
		ps = g.bad_strings(how)
		t.assert_eq(ps.size(), 0, "PackedStringArray" + why)
		var n: Node = g.ok_node()
		n = g.bad_node(how)
		t.assert_true(n == null, "Node" + why)
		var r: Resource = g.ok_resource()
		r = g.bad_resource(how)
		t.assert_true(r == null, "Resource" + why)
		var cb: Callable = g.ok_callable()
		cb = g.bad_callable(how)
		t.assert_true(cb.is_null(), "Callable" + why)
		var x: Variant = g.ok_variant()
		x = g.bad_variant(how)
		t.assert_eq(x, null, "Variant" + why)
	var small: int = g.ok_int()
	small = g.small(1 << 40)
	t.assert_eq(small, 0, "an int8 argument that does not fit")
	t.assert_eq(g.small(-5), -5)

# The untyped call path does the same, as the engine's own methods do when they fail: the error
# output names the Go cause and the call returns the zero value. It is not an invalid call (which
# GDScript would report as a nonexistent function and stop the script).
func test_failed_untyped_calls_return_the_zero_value(t) -> void:
	var g = GoFailing.new() # untyped: the Variant call path
	for how: int in [0, 1]:
		var why := " (how %d)" % how
		t.assert_eq(g.bad_bool(how), false, "bool" + why)
		t.assert_eq(g.bad_int(how), 0, "int" + why)
		t.assert_eq(g.bad_float(how), 0.0, "float" + why)
		t.assert_eq(g.bad_string(how), "", "String" + why)
		t.assert_eq(g.bad_vector2(how), Vector2.ZERO, "Vector2" + why)
		t.assert_eq(g.bad_array(how), [], "Array" + why)
		t.assert_eq(g.bad_ints(how), [], "Array[int]" + why)
		t.assert_eq(g.bad_dictionary(how), {}, "Dictionary" + why)
		t.assert_eq(g.bad_packed(how), PackedInt32Array(), "PackedInt32Array" + why)
		t.assert_eq(g.bad_strings(how), PackedStringArray(), "PackedStringArray" + why)
		t.assert_true(g.bad_node(how) == null, "Node" + why)
		t.assert_true(g.bad_resource(how) == null, "Resource" + why)
		t.assert_true(g.bad_callable(how).is_null(), "Callable" + why)
		t.assert_eq(g.bad_variant(how), null, "Variant" + why)
	t.assert_eq(g.small(-5), -5, "the object works on after the failures")

# A null object reaches Go as the zero value, on the typed and the untyped call path.
func test_null_objects_arrive_as_the_zero_value(t) -> void:
	var g: GoFailing = GoFailing.new()
	var no_node: Node = null
	var no_resource: Resource = null
	var no_go: GoFailing = null
	t.assert_true(g.takes_node(no_node), "typed null Node")
	t.assert_true(g.takes_node(null), "null Node")
	t.assert_true(g.takes_resource(no_resource), "typed null Resource")
	t.assert_true(g.takes_go(no_go), "typed null Go class")
	t.assert_true(g.takes_ref(no_go), "typed null Ref")
	t.assert_false(g.takes_ref(g), "a Ref to a Go instance")
	var u = g # untyped: the Variant call path
	t.assert_true(u.takes_node(no_node), "untyped call, typed null Node")
	t.assert_true(u.takes_node(null), "untyped call, null Node")
	t.assert_true(u.takes_resource(no_resource), "untyped call, typed null Resource")
	t.assert_true(u.takes_go(no_go), "untyped call, typed null Go class")
	t.assert_true(u.takes_ref(null), "untyped call, null Ref")
	t.assert_false(u.takes_go(g), "a Go instance")
