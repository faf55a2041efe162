# Go classes seen from GDScript (game_classes.go): properties, hints, signals, virtuals through the
# scene tree, subclasses in Go and in GDScript, enums and constants, resources.
extends RefCounted

func _props(class_or_obj) -> Dictionary:
	var list: Array
	if class_or_obj is String:
		list = ClassDB.class_get_property_list(class_or_obj, true)
	else:
		list = class_or_obj.get_property_list()
	var by := {}
	for p in list:
		by[p["name"]] = p
	return by

func test_properties_set_from_gdscript(t) -> void:
	var m := GoMover.new()
	m.speed = 3.5
	t.assert_eq(m.speed, 3.5)
	m.mode = 2
	t.assert_eq(m.get("mode"), 2)
	m.set("notes", "a\nb")
	t.assert_eq(m.notes, "a\nb")
	m.health = 250
	t.assert_eq(m.health, 100, "the Go setter clamps")
	m.health = 40
	t.assert_eq(m.get_health(), 40)
	var tex := ImageTexture.new()
	m.skin = tex
	t.assert_true(m.skin == tex, "an object property holds the object")
	m.skin = null
	t.assert_true(m.skin == null, "null clears an object property")
	m.free()

func test_property_hints_and_usage(t) -> void:
	var by := _props("GoMover")
	t.assert_eq(by["speed"]["type"], TYPE_FLOAT)
	t.assert_eq(by["speed"]["hint"], PROPERTY_HINT_RANGE)
	t.assert_eq(by["speed"]["hint_string"], "0,100,0.5")
	t.assert_eq(by["mode"]["hint"], PROPERTY_HINT_ENUM)
	t.assert_eq(by["mode"]["hint_string"], "Idle,Run,Jump")
	t.assert_eq(by["elements"]["hint"], PROPERTY_HINT_FLAGS)
	t.assert_eq(by["sprite"]["hint"], PROPERTY_HINT_FILE)
	t.assert_eq(by["sprite"]["hint_string"], "*.png,*.jpg")
	t.assert_eq(by["folder"]["hint"], PROPERTY_HINT_DIR)
	t.assert_eq(by["notes"]["hint"], PROPERTY_HINT_MULTILINE_TEXT)
	t.assert_eq(by["title"]["hint"], PROPERTY_HINT_PLACEHOLDER_TEXT)
	t.assert_eq(by["title"]["hint_string"], "Name here")
	t.assert_eq(by["target"]["hint"], PROPERTY_HINT_NODE_PATH_VALID_TYPES)
	t.assert_eq(by["skin"]["type"], TYPE_OBJECT)
	t.assert_eq(by["skin"]["hint"], PROPERTY_HINT_RESOURCE_TYPE)
	t.assert_eq(by["skin"]["hint_string"], "Texture2D")
	t.assert_eq(by["buddy"]["hint"], PROPERTY_HINT_NODE_TYPE)
	t.assert_eq(by["buddy"]["hint_string"], "Node2D")
	t.assert_eq(by["secret"]["usage"] & PROPERTY_USAGE_EDITOR, 0, "noeditor")
	t.assert_true(by["secret"]["usage"] & PROPERTY_USAGE_STORAGE != 0, "noeditor is still stored")
	t.assert_eq(by["shown"]["usage"] & PROPERTY_USAGE_STORAGE, 0, "nostorage")
	t.assert_true(by["shown"]["usage"] & PROPERTY_USAGE_EDITOR != 0, "nostorage is still shown")
	t.assert_true(by["fixed"]["usage"] & PROPERTY_USAGE_READ_ONLY != 0, "readonly")
	t.assert_true(by.has("health"), "a getter/setter pair is a property")
	var inv := _props("GoInventory")
	t.assert_eq(inv["main"]["hint"], PROPERTY_HINT_RESOURCE_TYPE, "a Ref field offers resources of its Go class")
	t.assert_eq(inv["main"]["hint_string"], "GoItem")
	t.assert_true(not by.has("scratch"), "gd:\"-\"")
	# Groups come before their properties, in declaration order.
	var names := []
	for p in ClassDB.class_get_property_list("GoMover", true):
		var usage: int = p["usage"]
		if usage & PROPERTY_USAGE_GROUP:
			names.append("group:" + p["name"])
		elif usage & PROPERTY_USAGE_SUBGROUP:
			names.append("subgroup:" + p["name"])
		else:
			names.append(p["name"])
	t.assert_true(names.find("group:Text") >= 0 and names.find("group:Text") < names.find("notes"), str(names))
	t.assert_true(names.find("subgroup:Links") >= 0 and names.find("subgroup:Links") < names.find("target"), str(names))
	t.assert_true(names.find("group:Hidden") < names.find("secret"), str(names))
	t.assert_true(names.find("speed") < names.find("group:Text"), "speed is outside the group: " + str(names))

func test_scene_sets_properties(t) -> void:
	var scene: PackedScene = load("res://scenes/mover.tscn")
	var m = scene.instantiate()
	t.assert_eq(m.get_class(), "GoMover")
	t.assert_eq(m.speed, 42.5)
	t.assert_eq(m.mode, 2)
	t.assert_eq(m.elements, 5)
	t.assert_eq(m.notes, "line one\nline two")
	t.assert_eq(m.secret, 7)
	t.assert_eq(m.fixed, 3)
	t.assert_eq(m.position, Vector2(10, 20))
	var r = m.get_node("Runner")
	t.assert_eq(r.get_class(), "GoRunner")
	t.assert_eq(r.speed, 10.0, "a property of the Go parent class")
	t.assert_eq(r.laps, 4)
	# Saving the scene back keeps the values.
	var packed := PackedScene.new()
	t.assert_eq(packed.pack(m), OK)
	var again = packed.instantiate()
	t.assert_eq(again.speed, 42.5)
	t.assert_eq(again.notes, "line one\nline two")
	t.assert_eq(again.get_node("Runner").laps, 4)
	again.free()
	m.free()

func test_signals_declared_on_the_go_type(t) -> void:
	var by := {}
	for s in ClassDB.class_get_signal_list("GoMover", true):
		by[s["name"]] = s
	t.assert_true(by.has("hit") and by.has("moved") and by.has("done"), str(by.keys()))
	var args: Array = by["hit"]["args"]
	t.assert_eq(args.size(), 2)
	t.assert_eq(args[0]["name"], "damage")
	t.assert_eq(args[0]["type"], TYPE_INT)
	t.assert_eq(args[1]["name"], "by")
	t.assert_eq(args[1]["type"], TYPE_STRING)
	t.assert_eq(by["moved"]["args"][0]["type"], TYPE_FLOAT)
	var m := GoMover.new()
	var got := []
	m.hit.connect(func(d, who): got.append([d, who]))
	m.health = 100
	t.assert_eq(m.damage(30, "orc"), 70, "damage returns the health left")
	t.assert_eq(got, [[30, "orc"]], "Go emitted hit")
	m.hit.emit(5, "script")
	t.assert_eq(got, [[30, "orc"], [5, "script"]], "GDScript emits the Go signal")
	t.assert_true(m.has_signal("done"))
	m.free()

func test_methods_params_defaults_varargs_statics(t) -> void:
	var m := GoMover.new()
	var info := {}
	for mi in ClassDB.class_get_method_list("GoMover", true):
		info[mi["name"]] = mi
	t.assert_eq(info["damage"]["args"][0]["name"], "amount", "Go parameter names")
	t.assert_eq(info["damage"]["args"][1]["name"], "by")
	t.assert_eq(m.scale(3.0), 6.0, "the default factor")
	t.assert_eq(m.scale(3.0, 3.0), 9.0)
	t.assert_eq(m.sum(1), 1)
	t.assert_eq(m.sum(1, 2, 3, 4), 10)
	t.assert_eq(GoMover.mover_label(7), "mover #7")
	t.assert_eq(GoMover.check_positive(5), 5)
	t.assert_eq(m.bytes(100, 200), 300)
	t.assert_eq(m.ints([1, 2, 3]), 6)
	t.assert_eq(m.counts(), PackedInt64Array([0, 0, 0, 0, 0]), "a Go []int result is a PackedInt64Array")
	t.assert_eq(m.join(PackedStringArray(["a", "b"]), "+"), "a+b")
	t.assert_eq(m.small(PackedInt64Array([1, 2])), 3)
	var b: Node2D = m.new_buddy("Pal")
	t.assert_eq(str(b.name), "Pal")
	b.free()
	t.assert_true(m.self() == m, "a Go class pointer result is the object itself")
	t.assert_eq(str(m), "GoMover(speed=0)")
	m.free()
	var s := str(LifeProbe.new())
	t.assert_true(s.begins_with("<LifeProbe#"), "a Go class without a String of its own has the engine's text: " + s)

func test_enums_and_constants(t) -> void:
	t.assert_eq(GoMover.MAX_SPEED, 100)
	t.assert_eq(GoMover.STATE_RUN, 1)
	t.assert_eq(GoMover.ABILITY_SWIM, 2)
	t.assert_eq(str(ClassDB.class_get_integer_constant_enum("GoMover", "STATE_RUN")), "State")
	t.assert_true(ClassDB.is_class_enum_bitfield("GoMover", "Ability"), "a bitfield")
	t.assert_true(not ClassDB.is_class_enum_bitfield("GoMover", "State"), "an enum")

func test_abstract_and_subclasses(t) -> void:
	t.assert_true(ClassDB.class_exists("GoShape"))
	t.assert_true(not ClassDB.can_instantiate("GoShape"), "abstract")
	t.assert_true(ClassDB.can_instantiate("GoSquare"))
	t.assert_eq(str(ClassDB.get_parent_class("GoSquare")), "GoShape")
	t.assert_eq(str(ClassDB.get_parent_class("GoRunner")), "GoMover")
	var s := GoSquare.new()
	s.side = 3.0
	t.assert_eq(s.square_area(), 9.0)
	t.assert_eq(s.area(), 0.0, "a method of the Go parent")
	s.color = Color.RED
	t.assert_eq(s.color, Color.RED, "a property of the Go parent")
	var r := GoRunner.new()
	t.assert_eq(r.describe(), "go runner after go mover")
	t.assert_eq(r.scale(2.0), 4.0, "a method with defaults of the Go parent")
	r.free()

func test_gdscript_subclass_overrides_go(t) -> void:
	var m = load("res://scripts/sub_mover.gd").new()
	t.assert_eq(m.get_class(), "GoMover")
	t.assert_eq(m.describe(), "script over go mover")
	t.assert_eq(m.script_calls, 1)
	m.speed = 7.0
	t.assert_eq(m.speed, 7.0, "Go properties of the script's base")
	var r = load("res://scripts/sub_runner.gd").new()
	t.assert_eq(r.describe(), "script over go runner after go mover")
	r.free()
	m.free()

func test_registration_errors_skip_the_class(t) -> void:
	for c in ["BadField", "NoBase", "Misspelt", "WrongSignature", "DuplicateName", "BadTag"]:
		t.assert_true(not ClassDB.class_exists(c), c + " is skipped")
	t.assert_eq(str(ClassDB.get_parent_class("GoMover")), "Node2D", "the first GoMover stays")

func test_custom_resource_tres_round_trip(t) -> void:
	var item: GoItem = load("res://data/sword.tres")
	t.assert_eq(item.title, "Sword")
	t.assert_eq(item.power, 7)
	t.assert_eq(item.weight, 2.5)
	t.assert_eq(item.tags, PackedStringArray(["sharp", "steel"]))
	t.assert_eq(item.stats, {"atk": 3})
	t.assert_eq(item.parts, [1, 2, 3])
	var copy := GoItem.new()
	copy.title = "Axe"
	copy.power = 9
	copy.tags = PackedStringArray(["heavy"])
	copy.parts = [4, 5]
	var img := Image.create(2, 2, false, Image.FORMAT_RGBA8)
	copy.icon = ImageTexture.create_from_image(img)
	var path := "user://gdpure_axe.tres"
	t.assert_eq(ResourceSaver.save(copy, path), OK)
	var text := FileAccess.get_file_as_string(path)
	t.assert_true(text.contains("type=\"GoItem\""), text)
	t.assert_true(text.contains("title = \"Axe\""), text)
	var back: GoItem = ResourceLoader.load(path, "", ResourceLoader.CACHE_MODE_IGNORE)
	t.assert_true(back != copy, "a new resource")
	t.assert_eq(back.title, "Axe")
	t.assert_eq(back.power, 9)
	t.assert_eq(back.tags, PackedStringArray(["heavy"]))
	t.assert_eq(back.parts, [4, 5])
	t.assert_true(back.icon is ImageTexture, "a sub-resource property")
	t.assert_eq(back.icon.get_size(), Vector2(2, 2))
	DirAccess.remove_absolute(path)

# Methods of Go classes describe their arguments and results as the engine's own do, for the
# editor and for typed GDScript: an object's class name, a typed array's element type (its hint).
func test_method_signatures(t) -> void:
	var by := {}
	for m in ClassDB.class_get_method_list("GoMover", true):
		by[m["name"]] = m
	var buddy: Dictionary = by["new_buddy"]["return"]
	t.assert_eq(buddy["type"], TYPE_OBJECT)
	t.assert_eq(str(buddy["class_name"]), "Node2D")
	var xs: Dictionary = by["ints"]["args"][0]
	t.assert_eq(xs["type"], TYPE_ARRAY)
	t.assert_eq(xs["hint"], PROPERTY_HINT_ARRAY_TYPE)
	t.assert_eq(xs["hint_string"], "int")
