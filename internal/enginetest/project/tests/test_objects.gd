extends RefCounted

# Engine objects as parameters and results of Go methods, through untyped (Variant) and typed
# (ptrcall) calls.

func test_objects_cross_go_methods(t) -> void:
	var g = GoObjectParams.new()
	var typed: GoObjectParams = g
	var parent := Node.new()
	var child := Node2D.new()
	parent.add_child(child)
	t.assert_eq(g.parent(child), parent, "untyped call")
	t.assert_eq(typed.parent(child), parent, "typed call")
	t.assert_eq(g.class_of(child), "Node2D")
	t.assert_eq(typed.class_of(parent), "Node")
	var made: Node2D = typed.make_node()
	t.assert_eq(made.name, &"MadeInGo")
	made.free()
	var untyped_made = g.make_node()
	t.assert_true(untyped_made is Node2D)
	untyped_made.free()
	parent.free()

func test_refcounted_results_are_counted_once(t) -> void:
	var g: GoObjectParams = GoObjectParams.new()
	var r: Resource = g.make_resource()
	g.settle()
	t.assert_eq(r.resource_name, "from go")
	t.assert_eq(r.get_reference_count(), 1, "only GDScript holds the result once Go dropped it")
	var u = GoObjectParams.new().make_resource()
	g.settle()
	t.assert_eq(u.get_reference_count(), 1, "untyped call")
