extends RefCounted

# Behaviours of the engine's object model, callables and values, as GDScript sees Go's.

class Countdown:
	var from: int
	var at: int
	func _init(n: int) -> void:
		from = n
	func _iter_init(_arg) -> bool:
		at = from
		return at > 0
	func _iter_next(_arg) -> bool:
		at -= 1
		return at > 0
	func _iter_get(_arg):
		return "t-%d" % at

# Variant.Iterate yields what GDScript's for loop does, for every iterable kind of value.
func test_go_iterates_any_variant_as_for_does(t) -> void:
	var c := Conformer.new()
	for v in [3, 2.0, "héllo", [1, "two", null], {"a": 1, "b": 2}, PackedInt32Array([4, 5]),
			PackedStringArray(["x", "y"]), Vector2i(2, 4), Countdown.new(3), range(2, 9, 3)]:
		var want := []
		for x in v:
			want.append(x)
		t.assert_eq(c.elements(v), want, "for over %s" % str(v))
	t.assert_eq(c.elements([]), [], "an empty Array")
	t.assert_eq(c.elements(0), [], "zero")
	t.assert_eq(c.first_of([7, 8, 9]), 7, "a loop that breaks")
	t.assert_eq(c.first_of(Countdown.new(2)), "t-2")

# A Go slice property takes an Array of its element type, as the engine's packed-array properties
# do; an element of another type (or out of range) is refused and the property keeps its value.
func test_slice_properties_take_arrays(t) -> void:
	var c = Conformer.new()
	c.names = ["a", &"b"]
	t.assert_eq(c.names, PackedStringArray(["a", "b"]))
	c.sizes = [1, -2, 127]
	t.assert_eq(c.sizes, PackedInt64Array([1, -2, 127]))
	c.means = [1, 2.5]
	t.assert_eq(c.means, PackedFloat32Array([1.0, 2.5]))
	c.set("names", ["x", 1])
	t.assert_eq(c.names, PackedStringArray(["a", "b"]), "an int in a []string: refused")
	c.set("sizes", [1, 300])
	t.assert_eq(c.sizes, PackedInt64Array([1, -2, 127]), "300 does not fit an int8: refused")
	c.set("means", ["1.5"])
	t.assert_eq(c.means, PackedFloat32Array([1.0, 2.5]), "a String in a []float32: refused")

# Objects GDScript makes get the same notifications as those Go makes (conformance_cases.go).
func test_notifications_of_objects_made_from_gdscript(t) -> void:
	var p := LifeProbe.new()
	var before: int = p.postinitialized()
	LifeProbe.new()
	t.assert_eq(p.postinitialized(), before + 1, "POSTINITIALIZE")
	var c := NotifyChild.new()
	t.assert_eq(c.log, PackedStringArray(["base:0", "child:0"]), "POSTINITIALIZE, the base class first")
	var parent := Node.new()
	parent.add_child(c)
	parent.propagate_notification(Node.NOTIFICATION_READY)
	t.assert_eq(c.log, PackedStringArray(["base:0", "child:0", "base:13", "child:13"]), "READY, the base class first")
	parent.free()

# A script extends a virtual Go class (an abstract one it could not: its objects cannot be made).
func test_scripts_extend_a_virtual_go_class(t) -> void:
	var o = load("res://scripts/virtual_child.gd").new()
	t.assert_true(o != null, "the script's object is made, with the virtual class as its base")
	o.label = "gd"
	t.assert_eq(o.shout(), "virtual base gd!")
	t.assert_true(o is GoVirtualBase)

# A GetX/SetX pair's property with its own name, in groups with name prefixes.
func test_property_pair_names_and_prefixed_groups(t) -> void:
	var c := Conformer.new()
	c.group_subgroup_custom_position = Vector2(1, 2)
	t.assert_eq(c.group_subgroup_custom_position, Vector2(1, 2))
	t.assert_eq(c.get_custom_position(), Vector2(1, 2))
	var seen := []
	for p in c.get_property_list():
		if p.name in ["Group", "Subgroup", "group_subgroup_custom_position"]:
			seen.append([p.name, p.hint_string, p.usage & (PROPERTY_USAGE_GROUP | PROPERTY_USAGE_SUBGROUP)])
	t.assert_eq(seen, [["Group", "group_", PROPERTY_USAGE_GROUP], ["Subgroup", "group_subgroup_", PROPERTY_USAGE_SUBGROUP],
		["group_subgroup_custom_position", "", 0]])

# A Go class declares an overridable method: a script overrides its virtual, and calls from
# GDScript (typed and untyped) and from Go reach the override, else the Go default.
func test_scripts_override_go_virtuals(t) -> void:
	var plain := GoEnemy.new()
	t.assert_eq(plain.on_hit(3), "go default 3", "no script: the Go default")
	var child = load("res://scripts/enemy_child.gd").new()
	t.assert_eq(child.on_hit(4), "script 4", "an untyped call reaches the override")
	var typed: GoEnemy = child
	t.assert_eq(typed.on_hit(5), "script 5", "a typed call too")
	t.assert_eq(typed.hit(6), "script 6", "and Go through the engine")
	t.assert_eq(plain.hit(7), "go default 7")
	plain.free()
	child.free()
	var virtual := false
	for m in ClassDB.class_get_method_list("GoEnemy", true):
		if m.name == "_on_hit":
			virtual = (m.flags & METHOD_FLAG_VIRTUAL) != 0 and m.args.size() == 1 and m.return.type == TYPE_STRING
	t.assert_true(virtual, "the engine knows _on_hit as a virtual with the Go method's signature")

# Typed dictionaries: Go's TypedDictionary[K, V] crosses as the engine's Dictionary[K, V], with its
# hint, and refuses a dictionary with a key or value of another type.
func test_typed_dictionaries(t) -> void:
	var c = Conformer.new()
	var typed: Dictionary[String, int] = {"a": 1, "b": 2}
	t.assert_eq(c.total(typed), 3)
	t.assert_eq(c.total({"x": 4}), 4, "an untyped dictionary of the right types is taken")
	t.assert_eq(c.callv("total", [{"x": "four"}]), null, "a value of another type: the call fails")
	t.assert_eq(c.callv("total", [{1: 4}]), null, "a key of another type: the call fails")
	var made: Dictionary[String, int] = c.make_scores()
	t.assert_true(made.is_typed())
	t.assert_eq(made.get_typed_key_builtin(), TYPE_STRING)
	t.assert_eq(made.get_typed_value_builtin(), TYPE_INT)
	t.assert_eq(made, {"go": 7})
	c.scores = typed
	t.assert_eq(c.scores, {"a": 1, "b": 2})
	c.set("scores", {"a": "x"})
	t.assert_eq(c.scores, {"a": 1, "b": 2}, "the property kept its value")
	var hint := []
	for p in c.get_property_list():
		if p.name == "scores":
			hint = [p.type, p.hint, p.hint_string]
	t.assert_eq(hint, [TYPE_DICTIONARY, PROPERTY_HINT_DICTIONARY_TYPE, "String;int"])
	var zero: Dictionary[String, int] = Conformer.new().scores
	t.assert_true(zero.is_typed(), "a zero TypedDictionary crosses typed")
