extends RefCounted

# The same loops as calls.gd, calling the C reference extension (bench/cref/cref.c).

func loop_c_typed(n: int) -> int:
	var g: CBench = CBench.new()
	var s := 0
	for i in n:
		s = g.add(s, 1)
	return s

func loop_c_untyped(n: int) -> int:
	var g = CBench.new()
	var s = 0
	for i in n:
		s = g.add(s, 1)
	return s
