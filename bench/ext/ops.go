package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/gdpure/gdpure/bench/cgoref"
	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/variantplumb"
	"github.com/gdpure/gdpure/variant"
)

// The operations of the table. Each is registered as an in-engine benchmark per side and
// repetition, "rREP/OP/SIDE" (SIDE: c, cgo, gdscript, gdpure), repetitions interleaved so that a
// slow moment of the machine hits every side alike. One benchmark iteration is one operation (one
// call, one element, one frame of 10,000 nodes, one node), as each op's title in table_test.go says.

const (
	// The text and name the String and StringName rows make (the C reference uses the same).
	benchText = "hello, world"
	benchName = "get_child_count"
	// Chunk sizes of the per-element rows (the same on every side).
	arrayChunk  = 1_000_000
	dictChunk   = 100_000
	packedChunk = 1_000_000
	// Nodes per frame of the virtual-dispatch row; nodes per kind of the memory row.
	processNodes = 10_000
	memoryNodes  = 100_000
	// NOTIFICATION_PROCESS: the notification the engine sends each processing node every frame.
	notificationProcess = 17
)

type side = func(b *godottest.B)

// op is one row: its sides (nil where a side has no equivalent).
type op struct {
	key                      string
	c, cgo, gdscript, gdpure side
}

// sink keeps the benchmarks' results from being optimised away.
//
//lint:ignore U1000 written only, by design
var sink int64

// goProcessCalls counts GoBenchNode.Process calls (the dispatch row checks the frames happened).
var goProcessCalls atomic.Int64

func init() {
	reps := 5
	if s := os.Getenv("GDPURE_BENCH_REPS"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n > 0 {
			reps = n
		}
	}
	// Memory first, in a fresh process, once.
	godottest.Bench("r1/memory/all", benchMemory)
	for rep := 1; rep <= reps; rep++ {
		for _, o := range ops() {
			for _, s := range []struct {
				name string
				fn   side
			}{{"c", o.c}, {"cgo", o.cgo}, {"gdscript", o.gdscript}, {"gdpure", o.gdpure}} {
				if s.fn != nil {
					godottest.Bench(fmt.Sprintf("r%d/%s/%s", rep, o.key, s.name), profiled(o.key+"_"+s.name, s.fn))
				}
			}
		}
	}
}

// profiled wraps a benchmark to write its CPU profile to $GDPURE_BENCH_PROFILE/NAME.pprof (the
// last round of its last repetition), when that variable names a directory; with
// GDPURE_BENCH_PROFILE_ALLOCS=1 also every allocation it made, to NAME.allocs.pprof (`go tool
// pprof -sample_index=alloc_objects`; recording each one slows the timings down).
func profiled(name string, fn side) side {
	dir := os.Getenv("GDPURE_BENCH_PROFILE")
	if dir == "" {
		return fn
	}
	return func(b *godottest.B) {
		f, err := os.Create(filepath.Join(dir, name+".pprof"))
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			b.Fatal(err)
		}
		defer pprof.StopCPUProfile()
		if os.Getenv("GDPURE_BENCH_PROFILE_ALLOCS") != "" {
			rate := runtime.MemProfileRate
			runtime.MemProfileRate = 1 // every allocation, and slow: not for the timings
			defer func() {
				runtime.MemProfileRate = rate
				runtime.GC() // the profile shows allocations up to the last collection
				if m, err := os.Create(filepath.Join(dir, name+".allocs.pprof")); err == nil {
					pprof.Lookup("allocs").WriteTo(m, 0)
					m.Close()
				}
			}()
		}
		fn(b)
	}
}

func ops() []op {
	all := []op{
		{key: "gdscript_loop", gdscript: gdscriptLoop("loop_empty")},
		{key: "ptrcall", c: cLoop("op_ptrcall", withNode), cgo: cgoPtrcall, gdscript: gdscriptLoop("ptrcall", withNode), gdpure: goPtrcall},
		{key: "ptrcall_raw", c: cLoop("op_ptrcall", withNode), cgo: cgoPtrcall, gdpure: rawPtrcall},
		{key: "ptrcall_light", gdpure: lightPtrcall},
		{key: "call_typed", c: gdscriptLoop("call_typed_c"), gdscript: gdscriptLoop("call_typed_gdscript"), gdpure: gdscriptLoop("call_typed_go")},
		{key: "call_untyped", c: gdscriptLoop("call_untyped_c"), gdscript: gdscriptLoop("call_untyped_gdscript"), gdpure: gdscriptLoop("call_untyped_go")},
		{key: "process", c: processFrames("c"), gdscript: processFrames("gdscript"), gdpure: processFrames("go")},
		{key: "string", c: cLoop("op_string"), cgo: cgoString, gdpure: goString},
		{key: "string_frame", gdpure: goStringFrame},
		{key: "string_name", c: cLoop("op_string_name"), cgo: cgoStringName, gdscript: gdscriptLoop("string_name"), gdpure: goStringName},
		{key: "vector2_length", c: cLoop("op_vector2_length"), cgo: cgoVector2Length, gdscript: gdscriptLoop("vector2_length"), gdpure: goVector2Length},
		{key: "transform2d_mul", c: cLoop("op_transform2d_mul"), cgo: cgoTransform2DMul, gdscript: gdscriptLoop("transform2d_mul"), gdpure: goTransform2DMul},
		{key: "array", c: cLoop("op_array", chunk(arrayChunk)), gdscript: gdscriptLoop("array", chunk(arrayChunk)), gdpure: goArray},
		{key: "dictionary", c: cLoop("op_dictionary", chunk(dictChunk)), gdscript: gdscriptLoop("dictionary", chunk(dictChunk)), gdpure: goDictionary},
		{key: "dictionary_typed", gdscript: gdscriptLoop("dictionary_typed", chunk(dictChunk)), gdpure: goTypedDictionary},
		{key: "packed", c: cLoop("op_packed", chunk(packedChunk)), gdpure: goPacked},
		{key: "signal", c: cLoop("op_signal"), gdscript: gdscriptLoop("signal_emit"), gdpure: goSignal},
		{key: "nodes", c: cLoop("op_nodes"), gdscript: gdscriptLoop("nodes"), gdpure: goNodes},
	}
	if haveAsmcgocall {
		all = append(all, op{key: "ptrcall_asmcgocall", gdpure: asmcgocallPtrcall})
	}
	return all
}

// ---- drivers of the C reference and GDScript: one call runs the operation b.N times.

// loopArgs says what a loop method takes besides n: a Node before n (withNode: its instance id
// for the C reference, the node itself for GDScript), or a chunk size after n (chunk).
type loopArgs struct {
	node  bool
	chunk int
}

var withNode = loopArgs{node: true}

func chunk(size int) loopArgs { return loopArgs{chunk: size} }

// loopCall builds the arguments of a loop call of n operations, and what to free afterwards.
func loopCall(n int, args []loopArgs, forC bool) (call []any, free func()) {
	free = func() {}
	switch {
	case len(args) == 0:
		call = []any{n}
	case args[0].node:
		node := godot.NewNode()
		free = func() { node.AsObject().Free() }
		if forC {
			call = []any{int64(node.InstanceID()), n}
		} else {
			call = []any{node, n}
		}
	default:
		call = []any{n, args[0].chunk}
	}
	return call, free
}

func cLoop(method string, args ...loopArgs) side {
	return func(b *godottest.B) {
		cb := godot.ClassDB.Instantiate("CBench")
		defer cb.Destroy()
		call, free := loopCall(b.N, args, true)
		defer free()
		b.ResetTimer()
		r := callInt(b, cb, method, call...)
		b.StopTimer()
		sink += r
	}
}

func gdscriptLoop(method string, args ...loopArgs) side {
	return func(b *godottest.B) {
		s := scriptObject(b)
		defer s.Destroy()
		call, free := loopCall(b.N, args, false)
		defer free()
		b.ResetTimer()
		r := callInt(b, s, method, call...)
		b.StopTimer()
		sink += r
	}
}

// scriptObject makes an instance of project/bench/ops.gd.
func scriptObject(b *godottest.B) variant.Variant {
	s, err := godot.As[godot.GDScript](godot.ResourceLoader.Load("res://bench/ops.gd"))
	if err != nil {
		b.Fatal(err)
	}
	obj, err := s.New()
	if err != nil {
		b.Fatal(err)
	}
	return obj
}

func callInt(b *godottest.B, obj variant.Variant, method string, args ...any) int64 {
	r, err := obj.Call(method, args...)
	if err != nil {
		b.Fatalf("%s: %v", method, err)
	}
	defer r.Destroy()
	n, err := r.Int()
	if err != nil {
		b.Fatalf("%s returned %v: %v", method, r, err)
	}
	return n
}

// ---- Go→engine ptrcall: Node.get_child_count.

func goPtrcall(b *godottest.B) {
	n := godot.NewNode()
	defer n.AsObject().Free()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sink += int64(n.ChildCount())
	}
}

// ptrcallSetup resolves Node.get_child_count and lays out its C argument block and return slot.
type ptrcallSetup struct {
	node     godot.Node
	obj      gdi.ObjectPtr
	mb       gdi.MethodBindPtr
	args     uintptr // C memory: args[0] points at a false bool
	ret      uintptr // C memory: the int64 result
	ptrcallF uintptr // object_method_bind_ptrcall
}

func newPtrcallSetup() *ptrcallSetup {
	s := &ptrcallSetup{node: godot.NewNode()}
	s.obj = gdi.ObjectGetInstanceFromId(s.node.InstanceID())
	class, method := variant.NewStringName("Node"), variant.NewStringName("get_child_count")
	s.mb = gdi.ClassdbGetMethodBind(gdi.ConstStringNamePtr(variantplumb.Ptr(class)), gdi.ConstStringNamePtr(variantplumb.Ptr(method)), 894402480)
	class.Destroy()
	method.Destroy()
	s.args = cgoref.Malloc(16)
	*(*uintptr)(gdi.CPtr(s.args)) = s.args + 8 // the bool include_internal = false
	s.ret = cgoref.Malloc(8)
	s.ptrcallF = gdi.InterfaceFunctionAddress("object_method_bind_ptrcall")
	return s
}

func (s *ptrcallSetup) free() { s.node.AsObject().Free() }

func cgoPtrcall(b *godottest.B) {
	s := newPtrcallSetup()
	defer s.free()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cgoref.Call4(s.ptrcallF, uintptr(s.mb), uintptr(s.obj), s.args, s.ret)
		sink += *(*int64)(gdi.CPtr(s.ret))
	}
}

// rawPtrcall is the same call through gdi's generated function (the asm trampoline entered
// through runtime.cgocall), without the class layer's frame, freed check and lazy bind.
func rawPtrcall(b *godottest.B) {
	s := newPtrcallSetup()
	defer s.free()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		gdi.ObjectMethodBindPtrcall(s.mb, s.obj, s.args, gdi.TypePtr(s.ret))
		sink += *(*int64)(gdi.CPtr(s.ret))
	}
}

// ---- virtual dispatch: NOTIFICATION_PROCESS to 10,000 nodes, as the engine's frame does.

func processFrames(kind string) side {
	return func(b *godottest.B) {
		s := scriptObject(b)
		defer s.Destroy()
		parent := godot.NewNode()
		defer parent.AsObject().Free()
		if got := callInt(b, s, "make_nodes", parent, kind, processNodes); got != processNodes {
			b.Fatalf("make_nodes made %d nodes", got)
		}
		cb := godot.ClassDB.Instantiate("CBench")
		defer cb.Destroy()
		c0, g0 := callInt(b, cb, "op_process_calls"), goProcessCalls.Load()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			parent.PropagateNotification(notificationProcess)
		}
		b.StopTimer()
		want := int64(b.N) * processNodes
		var got int64
		switch kind {
		case "c":
			got = callInt(b, cb, "op_process_calls") - c0
		case "go":
			got = goProcessCalls.Load() - g0
		case "gdscript":
			v := parent.Child(0).AsObject().Get("processed")
			n, _ := v.Int()
			v.Destroy()
			got = n * processNodes
		}
		if got != want {
			b.Fatalf("%s: _process ran %d times, want %d", kind, got, want)
		}
	}
}

// ---- String and StringName.

func goString(b *godottest.B) {
	for i := 0; i < b.N; i++ {
		s := variant.NewString(benchText)
		s.Destroy()
	}
}

// goStringFrame makes and destroys the String in call-frame memory, as the class layer does for
// a string argument of an engine call (variant.NewStringAt, no Go handle).
func goStringFrame(b *godottest.B) {
	for i := 0; i < b.N; i++ {
		f := engine.AcquireFrame()
		p := f.Alloc(8)
		variantplumb.NewStringAt(gdi.UninitializedStringPtr(p), benchText)
		variantplumb.DestroyString(gdi.StringPtr(p))
		f.Release()
	}
}

func cgoString(b *godottest.B) {
	ctor := gdi.InterfaceFunctionAddress("string_new_with_utf8_chars")
	dtor := uintptr(gdi.VariantGetPtrDestructor(gdi.VariantTypeString))
	text, slot := cgoref.CString(benchText), cgoref.Malloc(8)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cgoref.Call4(ctor, slot, text, 0, 0)
		cgoref.Call4(dtor, slot, 0, 0, 0)
	}
}

func goStringName(b *godottest.B) {
	for i := 0; i < b.N; i++ {
		s := variant.NewStringName(benchName)
		s.Destroy()
	}
}

func cgoStringName(b *godottest.B) {
	ctor := gdi.InterfaceFunctionAddress("string_name_new_with_utf8_chars")
	dtor := uintptr(gdi.VariantGetPtrDestructor(gdi.VariantTypeStringName))
	text, slot := cgoref.CString(benchName), cgoref.Malloc(8)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cgoref.Call4(ctor, slot, text, 0, 0)
		cgoref.Call4(dtor, slot, 0, 0, 0)
	}
}

// ---- math: gdpure's native Go against the engine's builtin (C, cgo) and GDScript.

func goVector2Length(b *godottest.B) {
	v := variant.Vector2{X: 3, Y: 4}
	var acc float64
	for i := 0; i < b.N; i++ {
		v.X = float32(i & 7)
		acc += float64(v.Length())
	}
	sink += int64(acc)
}

func cgoVector2Length(b *godottest.B) {
	name := variant.NewStringName("length")
	fn := uintptr(gdi.VariantGetPtrBuiltinMethod(gdi.VariantTypeVector2, gdi.ConstStringNamePtr(variantplumb.Ptr(name)), 466405837))
	name.Destroy()
	v, r := cgoref.Malloc(8), cgoref.Malloc(8)
	vx := (*float32)(gdi.CPtr(v))
	*(*float32)(gdi.CPtr(v + 4)) = 4
	var acc float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		*vx = float32(i & 7)
		cgoref.Call4(fn, v, 0, r, 0)
		acc += *(*float64)(gdi.CPtr(r))
	}
	sink += int64(acc)
}

func goTransform2DMul(b *godottest.B) {
	t := variant.Transform2D{X: variant.Vector2{X: 1, Y: 0.5}, Y: variant.Vector2{X: -0.5, Y: 1}, Origin: variant.Vector2{X: 3, Y: 4}}
	u := variant.Transform2D{X: variant.Vector2{X: 0.8, Y: 0.6}, Y: variant.Vector2{X: -0.6, Y: 0.8}, Origin: variant.Vector2{X: 1, Y: 2}}
	var acc float64
	for i := 0; i < b.N; i++ {
		u.Origin.X = float32(i & 7)
		acc += float64(t.Mul(u).Origin.X)
	}
	sink += int64(acc)
}

func cgoTransform2DMul(b *godottest.B) {
	fn := uintptr(gdi.VariantGetPtrOperatorEvaluator(gdi.VariantOpMultiply, gdi.VariantTypeTransform2d, gdi.VariantTypeTransform2d))
	a, u, r := cgoref.Malloc(24), cgoref.Malloc(24), cgoref.Malloc(24)
	copy(unsafeFloats(a), []float32{1, 0.5, -0.5, 1, 3, 4})
	copy(unsafeFloats(u), []float32{0.8, 0.6, -0.6, 0.8, 1, 2})
	ux, rx := &unsafeFloats(u)[4], &unsafeFloats(r)[4]
	var acc float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		*ux = float32(i & 7)
		cgoref.Call4(fn, a, u, r, 0)
		acc += float64(*rx)
	}
	sink += int64(acc)
}

func unsafeFloats(p uintptr) []float32 { return (*[6]float32)(gdi.CPtr(p))[:] }

// ---- Array, Dictionary, PackedFloat32Array: per element, in chunks.

func goArray(b *godottest.B) {
	for done := 0; done < b.N; done += arrayChunk {
		m := min(arrayChunk, b.N-done)
		a := variant.NewArray[int64]()
		for i := 0; i < m; i++ {
			if err := a.Append(int64(i)); err != nil {
				b.Fatal(err)
			}
		}
		for _, x := range a.All() {
			sink += x
		}
		a.Destroy()
	}
}

func goDictionary(b *godottest.B) {
	for done := 0; done < b.N; done += dictChunk {
		m := min(dictChunk, b.N-done)
		d := variant.NewDictionary()
		for i := 0; i < m; i++ {
			if err := d.Set(i, i); err != nil {
				b.Fatal(err)
			}
		}
		for i := 0; i < m; i++ {
			v, ok, err := d.Get(i)
			if !ok || err != nil {
				b.Fatalf("d[%d]: %v %v", i, ok, err)
			}
			x, _ := v.Int()
			v.Destroy()
			sink += x
		}
		d.Destroy()
	}
}

func goTypedDictionary(b *godottest.B) {
	for done := 0; done < b.N; done += dictChunk {
		m := min(dictChunk, b.N-done)
		d := variant.NewTypedDictionary[int64, int64]()
		for i := range int64(m) {
			if err := d.Set(i, i); err != nil {
				b.Fatal(err)
			}
		}
		for i := range int64(m) {
			x, ok, err := d.Get(i)
			if !ok || err != nil {
				b.Fatalf("d[%d]: %v %v", i, ok, err)
			}
			sink += x
		}
		d.Destroy()
	}
}

var packedSrc, packedDst []float32

func goPacked(b *godottest.B) {
	if packedSrc == nil {
		packedSrc, packedDst = make([]float32, packedChunk), make([]float32, packedChunk)
		for i := range packedSrc {
			packedSrc[i] = float32(i)
		}
	}
	b.ResetTimer()
	for done := 0; done < b.N; done += packedChunk {
		m := min(packedChunk, b.N-done)
		p := variant.PackedOf(packedSrc[:m]...)
		p.View(func(xs []float32) { copy(packedDst, xs) })
		p.Destroy()
		sink += int64(packedDst[m-1])
	}
}

// ---- a signal emitted to a Go closure.

func goSignal(b *godottest.B) {
	r := classdb.NewRef[GoBench]()
	g := r.Get()
	var sum int64
	conn := g.Ping.Connect(func(x int) { sum += int64(x) })
	defer conn.Disconnect()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.Ping.Emit(i)
	}
	b.StopTimer()
	if want := int64(b.N) * int64(b.N-1) / 2; sum != want {
		b.Fatalf("the closure summed %d, want %d", sum, want)
	}
	runtime.KeepAlive(r)
}

// ---- creating and freeing Go-backed nodes.

func goNodes(b *godottest.B) {
	for i := 0; i < b.N; i++ {
		n := classdb.New[GoBenchNode]()
		n.AsObject().Free()
	}
}

// ---- memory per instance: resident memory of 1e5 nodes of each kind, made by GDScript and kept
// alive together (so no kind reuses memory another freed), measured once, first in the process.

var memoryDone bool

func benchMemory(b *godottest.B) {
	if memoryDone {
		return
	}
	memoryDone = true
	s := scriptObject(b)
	defer s.Destroy()
	var parents []godot.Node
	defer func() {
		for _, p := range parents {
			p.AsObject().Free()
		}
	}()
	for _, kind := range []string{"node", "c", "gdscript", "go"} {
		p := godot.NewNode()
		parents = append(parents, p)
		before, heap0 := rss(b), heapAlloc()
		if got := callInt(b, s, "make_nodes", p, kind, memoryNodes); got != memoryNodes {
			b.Fatalf("make_nodes made %d", got)
		}
		after, heap1 := rss(b), heapAlloc()
		b.ReportMetric(float64(after-before)/memoryNodes, kind+"_rss_bytes")
		b.ReportMetric(float64(int64(heap1)-int64(heap0))/memoryNodes, kind+"_goheap_bytes")
	}
}

func heapAlloc() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// rss returns the resident set size in bytes, after a GC that returns freed Go memory to the OS.
func rss(b *godottest.B) int64 {
	runtime.GC()
	debug.FreeOSMemory()
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		b.Fatal(err)
	}
	f := strings.Fields(string(data))
	pages, _ := strconv.ParseInt(f[1], 10, 64)
	return pages * int64(os.Getpagesize())
}

// lightPtrcall is the ptrcall through the light path experiment (light_amd64.s): the C function
// runs on the goroutine stack, without runtime.cgocall. Node.get_child_count cannot call back into
// Go, so it is safe here.
func lightPtrcall(b *godottest.B) {
	if !haveLight {
		b.Fatal("the light path is amd64 only")
	}
	s := newPtrcallSetup()
	defer s.free()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		lightCall4(s.ptrcallF, uintptr(s.mb), uintptr(s.obj), s.args, s.ret)
		sink += *(*int64)(gdi.CPtr(s.ret))
	}
}

// asmcgocallPtrcall is the ptrcall through runtime.asmcgocall (asmcgocall_amd64.go).
func asmcgocallPtrcall(b *godottest.B) {
	s := newPtrcallSetup()
	defer s.free()
	b.ResetTimer()
	//lint:ignore SA4008 the harness sets b.N before each run, as testing.B's
	for i := 0; i < b.N; i++ {
		asmcgoCall4(s.ptrcallF, uintptr(s.mb), uintptr(s.obj), s.args, s.ret)
		sink += *(*int64)(gdi.CPtr(s.ret))
	}
}

// lightCallback is the experiment of what breaks when a call made on the light path calls back
// into Go: Node.propagate_notification(NOTIFICATION_PROCESS) on a node with a GoBenchNode child,
// made through lightCall4, makes the engine call GoBenchNode.Process through crosscall2 while the
// goroutine runs C on its own stack. With GDPURE_LIGHT_CALLBACK=fault it makes a faulting call
// instead; with =asmcgocall the same callback arrives during a runtime.asmcgocall call. Registered only under GDPURE_LIGHT_CALLBACK (TestLightCallback).
func lightCallback(b *godottest.B) {
	parent := godot.NewNode()
	defer parent.AsObject().Free()
	parent.AddChild(classdb.New[GoBenchNode]())
	obj := gdi.ObjectGetInstanceFromId(parent.InstanceID())
	class, method := variant.NewStringName("Node"), variant.NewStringName("propagate_notification")
	mb := gdi.ClassdbGetMethodBind(gdi.ConstStringNamePtr(variantplumb.Ptr(class)), gdi.ConstStringNamePtr(variantplumb.Ptr(method)), 1286410249)
	args := cgoref.Malloc(16)
	*(*uintptr)(gdi.CPtr(args)) = args + 8
	*(*int64)(gdi.CPtr(args + 8)) = notificationProcess
	if os.Getenv("GDPURE_LIGHT_CALLBACK") == "fault" {
		// The other hazard: a fault inside C code on the light path (here a null method bind).
		fmt.Println("light-callback: a faulting call through the light path")
		func() {
			defer func() { fmt.Printf("light-callback: recovered in Go: %v\n", recover()) }()
			lightCall4(gdi.InterfaceFunctionAddress("object_method_bind_ptrcall"), 0, uintptr(obj), args, 0)
		}()
		fmt.Println("light-callback: the engine runs on after a fault in its own code")
		return
	}
	before := goProcessCalls.Load()
	call := lightCall4
	if os.Getenv("GDPURE_LIGHT_CALLBACK") == "asmcgocall" {
		call = asmcgoCall4
	}
	fmt.Println("light-callback: calling through the light path")
	call(gdi.InterfaceFunctionAddress("object_method_bind_ptrcall"), uintptr(mb), uintptr(obj), args, 0)
	fmt.Printf("light-callback: returned; Process ran %d time(s)\n", goProcessCalls.Load()-before)
	for i := 0; i < b.N; i++ {
	}
}

func init() {
	if os.Getenv("GDPURE_LIGHT_CALLBACK") != "" {
		godottest.Bench("light_callback", lightCallback)
	}
}
