extends RefCounted

static var callables_before := -1

func test_go_closure_called_from_gdscript(t) -> void:
	var g = GoCallables.new()
	var before: int = g.settle_callables(0)
	callables_before = before
	var counter: Callable = g.make_counter()
	t.assert_true(counter.is_valid())
	t.assert_eq(counter.call(2), 2)
	t.assert_eq(counter.call(5), 7)
	t.assert_eq(counter.callv([10]), 17)
	var other: Callable = g.make_counter()
	t.assert_eq(other.call(1), 1, "each closure has its own state")
	t.assert_true(g.live_callables() >= before + 2)
	t.assert_eq(str(counter), "<Go callable counter>")

# Runs after the test above returned, so the GDScript VM no longer holds its temporaries: the
# engine's references are gone, the Go values make_counter returned are garbage, and once they are
# collected the engine calls free_func, which releases the Go functions.
func test_go_closure_freed_after_use(t) -> void:
	t.assert_true(callables_before >= 0, "runs after test_go_closure_called_from_gdscript")
	var g = GoCallables.new()
	t.assert_eq(g.settle_callables(callables_before), callables_before, "free_func released the Go side")

func test_gdscript_lambda_called_from_go(t) -> void:
	var g = GoCallables.new()
	var seen := []
	var f := func(x): seen.append(x); return x * 3
	t.assert_eq(g.call_twice(f, 7), 21)
	t.assert_eq(seen, [7, 7])
	var typed: GoCallables = g
	t.assert_eq(typed.call_twice(func(x): return x + 1, 1), 2)

func test_variant_parameter_accepts_anything(t) -> void:
	var g: GoCallables = GoCallables.new()
	t.assert_eq(g.describe(42), "int:42")
	t.assert_eq(g.describe("hi"), "String:hi")
	t.assert_eq(g.describe(Vector2(1, 2)), "Vector2:(1.0, 2.0)")
	t.assert_eq(g.describe(null), "Nil:<null>")
	var untyped = g
	t.assert_eq(untyped.describe([1, "a"]), "Array:[1, \"a\"]")
