extends RefCounted

# The names of Go classes and methods are static StringNames whose bytes the engine keeps and reads
# whenever it turns the name into text: they must stay valid for the whole run.

func test_go_class_and_method_names_read_back(t) -> void:
	for i in 3:
		var c = GoCalculator.new()
		t.assert_eq(c.get_class(), "GoCalculator")
		t.assert_true(ClassDB.class_exists("GoCalculator"))
		t.assert_eq(str(ClassDB.get_parent_class("GoCalculator")), "RefCounted")
		var names := []
		for m in ClassDB.class_get_method_list("GoCalculator", true):
			names.append(m["name"])
		t.assert_true(names.has("add"), "method names: %s" % [names])
		t.assert_true(ClassDB.get_class_list().has("GoCallables"))
		t.assert_eq(str(GoCallables.new().get_class()), "GoCallables")
