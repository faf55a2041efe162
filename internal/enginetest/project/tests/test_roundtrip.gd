extends RefCounted

# Every Variant type: Go value -> Variant -> this GDScript function -> back to Go, equal.
func test_every_type_round_trips_through_gdscript(t) -> void:
	var seen := {}
	var echo := func(x):
		seen[typeof(x)] = true
		return x
	var report: String = GoRoundTrip.new().round_trip(echo)
	t.assert_eq(report, "")
	t.assert_eq(seen.size(), TYPE_MAX, "GDScript saw every type")
