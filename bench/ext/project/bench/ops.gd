extends RefCounted

# The GDScript side of `make bench` (bench/ext): each loop runs one operation n times and returns a
# checksum; the Go driver times the call and divides by n. The call loops also run against the C
# reference (CBench) and the Go class (GoBench), so those three columns share the loop's overhead.

signal ping(x: int)

var sig_sum := 0

func add(a: int, b: int) -> int:
	return a + b

func loop_empty(n: int) -> int:
	var s := 0
	for i in n:
		s = s + 1
	return s

# GDScript calling a GDScript function, typed and untyped.
func call_typed_gdscript(n: int) -> int:
	var s := 0
	for i in n:
		s = add(s, 1)
	return s

func call_untyped_gdscript(n: int) -> int:
	var g = self
	var s = 0
	for i in n:
		s = g.add(s, 1)
	return s

func call_typed_c(n: int) -> int:
	var g: CBench = CBench.new()
	var s := 0
	for i in n:
		s = g.add(s, 1)
	return s

func call_untyped_c(n: int) -> int:
	var g = CBench.new()
	var s = 0
	for i in n:
		s = g.add(s, 1)
	return s

func call_typed_go(n: int) -> int:
	var g: GoBench = GoBench.new()
	var s := 0
	for i in n:
		s = g.add(s, 1)
	return s

func call_untyped_go(n: int) -> int:
	var g = GoBench.new()
	var s = 0
	for i in n:
		s = g.add(s, 1)
	return s

# GDScript calling the engine method the ptrcall row measures.
func ptrcall(node: Node, n: int) -> int:
	var s := 0
	for i in n:
		s += node.get_child_count()
	return s

func string_name(n: int) -> int:
	var text := "get_child_count"
	var s := 0
	for i in n:
		var sn := StringName(text)
		s += sn.length()
	return s

func vector2_length(n: int) -> int:
	var v := Vector2(3, 4)
	var acc := 0.0
	for i in n:
		v.x = i & 7
		acc += v.length()
	return int(acc)

func transform2d_mul(n: int) -> int:
	var a := Transform2D(Vector2(1, 0.5), Vector2(-0.5, 1), Vector2(3, 4))
	var b := Transform2D(Vector2(0.8, 0.6), Vector2(-0.6, 0.8), Vector2(1, 2))
	var acc := 0.0
	for i in n:
		b.origin.x = i & 7
		acc += (a * b).origin.x
	return int(acc)

func array(n: int, chunk: int) -> int:
	var s := 0
	var done := 0
	while done < n:
		var m := mini(chunk, n - done)
		var a := []
		for i in m:
			a.append(i)
		for x in a:
			s += x
		done += m
	return s

func dictionary(n: int, chunk: int) -> int:
	var s := 0
	var done := 0
	while done < n:
		var m := mini(chunk, n - done)
		var d := {}
		for i in m:
			d[i] = i
		for i in m:
			s += d[i]
		done += m
	return s

func dictionary_typed(n: int, chunk: int) -> int:
	var s := 0
	var done := 0
	while done < n:
		var m := mini(chunk, n - done)
		var d: Dictionary[int, int] = {}
		for i in m:
			d[i] = i
		for i in m:
			s += d[i]
		done += m
	return s

func _on_ping(x: int) -> void:
	sig_sum += x

func signal_emit(n: int) -> int:
	if not ping.is_connected(_on_ping):
		ping.connect(_on_ping)
	sig_sum = 0
	for i in n:
		ping.emit(i)
	return sig_sum

func nodes(n: int) -> int:
	var sc: GDScript = load("res://bench/proc_node.gd")
	var s := 0
	for i in n:
		var o: Node = sc.new()
		s += 1
		o.free()
	return s

# Makes n nodes of a kind under parent, for the memory row: "node" (plain Node), "c" (CBenchNode),
# "gdscript" (a Node with proc_node.gd), "go" (GoBenchNode).
func make_nodes(parent: Node, kind: String, n: int) -> int:
	var sc: GDScript = load("res://bench/proc_node.gd")
	for i in n:
		var o: Node
		match kind:
			"node": o = Node.new()
			"c": o = ClassDB.instantiate("CBenchNode")
			"gdscript": o = sc.new()
			"go": o = ClassDB.instantiate("GoBenchNode")
		parent.add_child(o)
	return parent.get_child_count()
