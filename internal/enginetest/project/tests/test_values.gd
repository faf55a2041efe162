extends RefCounted

# Go value types round-trip through Variant (untyped calls) and ptrcall (typed calls) unchanged.

func _samples() -> Dictionary:
	return {
		"vector2": Vector2(1.5, -2.25),
		"vector2i": Vector2i(-7, 2147483647),
		"rect2": Rect2(1, 2, 3, 4),
		"rect2i": Rect2i(-1, -2, 30, 40),
		"vector3": Vector3(0.1, -0.0, 1e30),
		"vector3i": Vector3i(1, -2, 3),
		"transform_2d": Transform2D(0.5, Vector2(2, 3), 0.25, Vector2(-4, 5)),
		"vector4": Vector4(1, 2, 3, 4),
		"vector4i": Vector4i(-1, -2, -3, -4),
		"plane": Plane(Vector3(0, 1, 0), 2.5),
		"quaternion": Quaternion(Vector3(0, 0, 1), 0.75),
		"aabb": AABB(Vector3(1, 2, 3), Vector3(4, 5, 6)),
		"basis": Basis(Vector3(1, 0, 0), Vector3(0, 2, 0), Vector3(0.5, 0, 3)),
		"transform_3d": Transform3D(Basis(Vector3(0, 1, 0), 1.25), Vector3(7, 8, 9)),
		"projection": Projection.create_perspective(70.0, 1.5, 0.1, 100.0),
		"color": Color(0.25, 0.5, 0.75, 0.5),
	}

func test_untyped_round_trip(t) -> void:
	var g = GoValues.new()
	var samples := _samples()
	for name in samples:
		t.assert_eq(g.call("echo_" + name, samples[name]), samples[name], name)

func test_typed_round_trip(t) -> void:
	var g: GoValues = GoValues.new()
	t.assert_eq(g.echo_vector2(Vector2(1.5, -2.25)), Vector2(1.5, -2.25))
	t.assert_eq(g.echo_vector3i(Vector3i(1, -2, 3)), Vector3i(1, -2, 3))
	t.assert_eq(g.echo_transform_3d(Transform3D(Basis(Vector3(0, 1, 0), 1.25), Vector3(7, 8, 9))), Transform3D(Basis(Vector3(0, 1, 0), 1.25), Vector3(7, 8, 9)))
	t.assert_eq(g.echo_projection(Projection.IDENTITY), Projection.IDENTITY)
	t.assert_eq(g.echo_color(Color.CORNFLOWER_BLUE), Color.CORNFLOWER_BLUE)

func test_go_math_matches_engine(t) -> void:
	var g: GoValues = GoValues.new()
	var v := Vector2(3, -4)
	var b := Basis(Vector3(1, 0, 0), Vector3(0, 2, 0), Vector3(0.5, 0, 3))
	var c := Color(0.2, 0.4, 0.6, 1.0)
	if Engine.get_architecture_name() == "x86_64":
		# bit for bit on x86-64; elsewhere the compilers contract a*b+c into FMA differently
		t.assert_eq(g.normalized(v), v.normalized())
		t.assert_eq(g.basis_times(b, Vector3(1, 2, 3)), b * Vector3(1, 2, 3))
		t.assert_eq(g.lighten(c, 0.3), c.lightened(0.3))
	else:
		t.assert_true(g.normalized(v).is_equal_approx(v.normalized()))
		t.assert_true(g.basis_times(b, Vector3(1, 2, 3)).is_equal_approx(b * Vector3(1, 2, 3)))
		t.assert_true(g.lighten(c, 0.3).is_equal_approx(c.lightened(0.3)))

func test_wrong_value_type_is_call_error(t) -> void:
	var g = GoValues.new()
	t.assert_eq(g.callv("echo_vector2", [Vector3(1, 2, 3)]), null, "a Vector3 is not a Vector2")
