extends RefCounted

# Loops the call benchmarks of calls_bench.go run inside the engine: each runs n calls and the Go
# side divides the time by n. The loop without a call is the GDScript overhead they all share.

func add(a: int, b: int) -> int:
	return a + b

func loop_empty(n: int) -> int:
	var s := 0
	for i in n:
		s = s + 1
	return s

func loop_gdscript(n: int) -> int:
	var s := 0
	for i in n:
		s = add(s, 1)
	return s

func loop_go_typed(n: int) -> int:
	var g: GoCalculator = GoCalculator.new()
	var s := 0
	for i in n:
		s = g.add(s, 1)
	return s

func loop_go_untyped(n: int) -> int:
	var g = GoCalculator.new()
	var s = 0
	for i in n:
		s = g.add(s, 1)
	return s
