@tool
extends RefCounted

# Run inside the editor by TestEditor (engine_test.go, godottest.Config.Editor); elsewhere it
# skips. @tool: in the editor only tool scripts run their code.

class ToolCounter extends Node:
	var processed := 0
	func _process(_delta: float) -> void:
		processed += 1

func test_is_editor_hint(t) -> void:
	if OS.get_environment("GDPURE_EXPECT_EDITOR") == "":
		t.skip("only in the editor run (TestEditor)")
		return
	t.assert_true(Engine.is_editor_hint(), "Engine.is_editor_hint() in the editor")
	t.assert_true(Engine.has_singleton("EditorInterface"), "the editor's singletons exist")
	t.assert_true(t.root.has_node("GDPureTestDriver"), "the driver runs as an autoload")
	var c: ToolCounter = t.add_node(ToolCounter.new())
	await t.frames(2)
	t.assert_eq(c.processed, 2, "a tool script's node is processed in the editor")
