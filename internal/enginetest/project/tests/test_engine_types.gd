extends RefCounted

signal pinged(value)

var received := []

func _on_pinged(value) -> void:
	received.append(value)

func test_signal_to_go(t) -> void:
	var g = GoEngineTypes.new()
	t.assert_eq(g.signal_info(pinged, get_instance_id()), "pinged@true")
	pinged.connect(_on_pinged)
	t.assert_true(g.emit_signal_from_go(pinged, 42))
	t.assert_eq(received, [42], "Go emitted the GDScript signal")
	t.assert_eq(g.signal_info(7, 0), "gdpure: Variant holds int, want Signal")

func test_rid_round_trip(t) -> void:
	var g: GoEngineTypes = GoEngineTypes.new()
	var r := rid_from_int64(123456789)
	t.assert_eq(g.echo_rid(r), r)
	t.assert_eq(g.echo_rid(RID()), RID())

func test_packed_strings(t) -> void:
	var g = GoEngineTypes.new()
	t.assert_eq(g.join_strings(PackedStringArray(["a", "ü", "c d"])), "[a ü c d]")
	t.assert_eq(g.words(), PackedStringArray(["alpha", "β", ""]))

func test_object_to_go(t) -> void:
	var g = GoObjects.new()
	var n := Node.new()
	t.assert_eq(g.object_info(n, n.get_instance_id()), "Node:true")
	n.free()
	t.assert_eq(g.object_info(RefCounted.new(), 0), "RefCounted:false")
	t.assert_eq(g.object_info(3, 0), "gdpure: Variant holds int, want Object")
