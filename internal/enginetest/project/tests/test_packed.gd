extends RefCounted

func test_packed_from_go(t) -> void:
	var g = GoPacks.new()
	t.assert_eq(g.ramp(5), PackedInt32Array([0, 1, 2, 3, 4]))
	var typed: GoPacks = g
	t.assert_eq(typed.ramp(0), PackedInt32Array())

func test_packed_to_go(t) -> void:
	var g: GoPacks = GoPacks.new()
	t.assert_eq(g.checksum("héllo".to_utf8_buffer()), 104 + 195 + 169 + 108 + 108 + 111)
	t.assert_eq(g.centroid(PackedVector2Array([Vector2(0, 0), Vector2(4, 2)])), Vector2(2, 1))
	var untyped = g
	t.assert_eq(untyped.checksum(PackedByteArray()), 0)
