extends RefCounted

# Only in the planted run (GDPURE_PLANT_UAF=1 with GDPURE_MEMGUARD=1, see engine_test.go): the Go
# side frees the property list before returning it, and the engine's read must fault at once.
func test_planted_use_after_free(t) -> void:
	if OS.get_environment("GDPURE_PLANT_UAF") != "1":
		t.skip("only in the planted use-after-free run")
		return
	var h = GoPropertyHolder.new()
	var list: Array = h.get_property_list()
	t.fail("the engine read a freed property list without faulting: %d entries" % list.size())
