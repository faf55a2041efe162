//go:build gdpure_bench

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/gdpure/gdpure/godottest"
)

// The rows of the table, in order: the op key of ops.go and what one operation is.
var rows = []struct{ key, what string }{
	{"gdscript_loop", "GDScript `for i in n` loop alone, per iteration (shared by the GDScript loops)"},
	{"ptrcall", "Go→engine ptrcall Node.get_child_count, per call (GDScript: typed call)"},
	{"ptrcall_raw", "the same through gdi's raw function (asm trampoline + runtime.cgocall), no class layer"},
	{"ptrcall_light", "the same through the light-path experiment (C on the goroutine stack, no cgocall)"},
	{"ptrcall_asmcgocall", "the same through runtime.asmcgocall (system stack, no entersyscall); only under GDPURE_BENCH_ASMCGOCALL=1"},
	{"call_typed", "GDScript calls add(a: int, b: int) typed, per call, in a GDScript loop: on CBench / own func / GoBench"},
	{"call_untyped", "the same call untyped (Variant call)"},
	{"process", "_process dispatched to 10,000 nodes, per frame (NOTIFICATION_PROCESS)"},
	{"string", "String create (UTF-8 \"hello, world\") + destroy"},
	{"string_frame", "the same String in call-frame memory (how gdpure passes a string argument): no Go handle"},
	{"string_name", "StringName lookup: make + destroy an existing name"},
	{"vector2_length", "Vector2.length: C/cgo call the engine builtin, gdpure is native Go"},
	{"transform2d_mul", "Transform2D * Transform2D: C/cgo call the engine operator, gdpure is native Go"},
	{"array", "Array append + iterate, per element (arrays of 1e6 ints)"},
	{"dictionary", "Dictionary set + get, per key (1e5 int keys)"},
	{"dictionary_typed", "Dictionary[int, int] set + get, per key (1e5 int keys; Go: TypedDictionary[int64, int64])"},
	{"packed", "PackedFloat32Array bulk transfer in and out, per float (1e6 floats)"},
	{"signal", "signal emitted with an int to a closure (C custom callable / GDScript method / Go closure)"},
	{"nodes", "create + free one node of the extension's class (Go-backed for gdpure)"},
	{"memory", "resident memory per node, bytes, 1e5 nodes (C-extension / GDScript-scripted / Go-backed)"},
}

var sides = []string{"c", "cgo", "gdscript", "gdpure"}

// hotPaths are the rows whose gdpure side must not allocate (allocs/op, as -benchmem counts them,
// below 0.01: the runtime's own background allocations amortized over millions of operations).
// The other rows' allocations are reported, not checked: they are findings (docs/benchmarks.md).
var hotPaths = []string{"ptrcall", "ptrcall_raw", "ptrcall_light", "call_typed", "call_untyped",
	"string", "string_frame", "string_name", "vector2_length", "transform2d_mul", "array", "dictionary", "dictionary_typed", "packed",
	"signal"}

// oneAllocation are the rows whose gdpure side may allocate once per operation, no more: node
// creation, where the one allocation holds the user's Go value with its instance record and
// binding.
var oneAllocation = []string{"nodes"}

// TestTable is `make bench`: one engine run measures every operation on every side, several
// repetitions interleaved, and writes bench/out/results.tsv (medians), samples.tsv (every sample)
// and table.txt. It runs only when GDPURE_BENCH is set (make bench sets it), never in make test.
func TestTable(t *testing.T) {
	if os.Getenv("GDPURE_BENCH") == "" {
		t.Skip("run by make bench (GDPURE_BENCH=1)")
	}
	benchtime := os.Getenv("GDPURE_BENCH_TIME")
	if benchtime == "" {
		benchtime = "0.1"
	}
	start := time.Now()
	var tags []string
	if os.Getenv("GDPURE_BENCH_ASMCGOCALL") != "" {
		tags = asmcgocallBuild(t)
	}
	o := launchBench(t, tags, benchtime)
	// The purego path (what Windows, macOS and arm64 ship) in a second engine run of its own, unless
	// GDPURE_BENCH_PUREGO=0: its gdpure column is read against that run's GDScript column.
	var pg *godottest.Outcome
	if os.Getenv("GDPURE_BENCH_PUREGO") != "0" && os.Getenv("GDPURE_BENCH_ASMCGOCALL") == "" {
		pg = launchBench(t, append(slices.Clone(tags), "gdpure_purego"), benchtime)
	}

	ns := map[string][]float64{}     // "op/side" → ns/op samples
	allocs := map[string][]float64{} // "op/side" → allocs/op samples
	var samples strings.Builder
	samples.WriteString("rep\top\tside\tns_per_op\tallocs_per_op\tN\n")
	var memory map[string]float64
	for _, r := range o.Results {
		if r.Status != "bench" {
			if strings.Contains(r.Name, "/ptrcall_light/") && godottest.TargetArch(godottest.Config{}) != "amd64" {
				continue // an amd64 experiment (light_amd64.s)
			}
			t.Errorf("%s: %s\n%s", r.Name, r.Status, r.Output)
			continue
		}
		parts := strings.Split(r.Name, "/")
		if len(parts) != 3 {
			continue
		}
		if parts[1] == "memory" {
			memory = r.Metrics
			continue
		}
		k := parts[1] + "/" + parts[2]
		ns[k] = append(ns[k], r.Metrics["ns/op"])
		allocs[k] = append(allocs[k], r.Metrics["allocs/op"])
		fmt.Fprintf(&samples, "%s\t%s\t%s\t%.3f\t%.4f\t%.0f\n", parts[0], parts[1], parts[2], r.Metrics["ns/op"], r.Metrics["allocs/op"], r.Metrics["N"])
	}
	pns := map[string][]float64{}     // the purego run's "op/side" → ns/op samples
	pallocs := map[string][]float64{} // the purego run's "op/side" → allocs/op samples
	if pg != nil {
		for _, r := range pg.Results {
			parts := strings.Split(r.Name, "/")
			if r.Status != "bench" || len(parts) != 3 || parts[1] == "memory" {
				continue
			}
			k := parts[1] + "/" + parts[2]
			pns[k] = append(pns[k], r.Metrics["ns/op"])
			pallocs[k] = append(pallocs[k], r.Metrics["allocs/op"])
			fmt.Fprintf(&samples, "%s\t%s\t%s-purego\t%.3f\t%.4f\t%.0f\n", parts[0], parts[1], parts[2], r.Metrics["ns/op"], r.Metrics["allocs/op"], r.Metrics["N"])
		}
	}
	if t.Failed() {
		t.FailNow()
	}

	med := func(op, side string) (float64, bool) {
		if op == "memory" {
			v, ok := memory[map[string]string{"c": "c", "gdscript": "gdscript", "gdpure": "go"}[side]+"_rss_bytes"]
			return v, ok && side != "cgo"
		}
		xs := ns[op+"/"+side]
		if len(xs) == 0 {
			return 0, false
		}
		return median(xs), true
	}
	var tsv strings.Builder
	tsv.WriteString("op\tc_ns\tcgo_ns\tgdscript_ns\tgdpure_ns\tgdpure_over_c\tgdpure_over_gdscript\tpurego_ns\tpurego_over_gdscript\n")
	var tab strings.Builder
	tw := tabwriter.NewWriter(&tab, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "op\tC\tcgo\tGDScript\tgdpure\tgdpure/C\tgdpure/GDScript\tgdpure allocs/op\tpurego\tpurego/GDScript\tpurego allocs/op\t")
	for _, row := range rows {
		cells := []string{row.key}
		for _, s := range sides {
			if v, ok := med(row.key, s); ok {
				cells = append(cells, num(v))
			} else {
				cells = append(cells, "-")
			}
		}
		g, gok := med(row.key, "gdpure")
		for _, s := range []string{"c", "gdscript"} {
			if v, ok := med(row.key, s); ok && gok && v > 0 {
				cells = append(cells, fmt.Sprintf("%.2f", g/v))
			} else {
				cells = append(cells, "-")
			}
		}
		// The purego run: its gdpure time, over its own GDScript time, and its allocations.
		pcells := []string{"-", "-"}
		pa := "-"
		if xs := pns[row.key+"/gdpure"]; len(xs) > 0 {
			p := median(xs)
			pcells[0] = num(p)
			if gs := pns[row.key+"/gdscript"]; len(gs) > 0 && median(gs) > 0 {
				pcells[1] = fmt.Sprintf("%.2f", p/median(gs))
			}
			pa = strconv.FormatFloat(median(pallocs[row.key+"/gdpure"]), 'g', 3, 64)
		}
		tsv.WriteString(strings.Join(append(cells, pcells...), "\t") + "\n")
		a := "-"
		if xs := allocs[row.key+"/gdpure"]; len(xs) > 0 {
			a = strconv.FormatFloat(median(xs), 'g', 3, 64)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t")+"\t"+a+"\t"+strings.Join(pcells, "\t")+"\t"+pa+"\t")
	}
	tw.Flush()
	for _, op := range hotPaths {
		if xs := allocs[op+"/gdpure"]; len(xs) > 0 && median(xs) >= 0.01 {
			t.Errorf("hot path %s allocates: %.3g allocs/op", op, median(xs))
		}
	}
	for _, op := range oneAllocation {
		if xs := allocs[op+"/gdpure"]; len(xs) > 0 && median(xs) >= 1.01 {
			t.Errorf("%s allocates more than the user's value: %.3g allocs/op", op, median(xs))
		}
	}
	fmt.Fprintf(&tab, "\nns per operation, medians of the repetitions (memory: bytes per node); hot paths checked for 0 allocs/op: %s; for at most 1: %s. The operations:\n", strings.Join(hotPaths, ", "), strings.Join(oneAllocation, ", "))
	for _, row := range rows {
		fmt.Fprintf(&tab, "  %-16s %s\n", row.key, row.what)
	}
	if memory != nil {
		fmt.Fprintf(&tab, "memory: a plain Node (no script) takes %.0f resident bytes; a Go-backed node adds %.0f bytes of Go heap.\n",
			memory["node_rss_bytes"], memory["go_goheap_bytes"])
	}
	fmt.Fprintf(&tab, "one engine run, %s s per benchmark, %s; %s\n", benchtime, time.Since(start).Round(time.Second), time.Now().UTC().Format(time.RFC3339))

	out := filepath.Join("..", "out")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, content := range map[string]string{"results.tsv": tsv.String(), "samples.tsv": samples.String(), "table.txt": tab.String()} {
		if err := os.WriteFile(filepath.Join(out, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Log("\n" + tab.String())
}

// launchBench runs every benchmark in one engine, the extension built with tags, and fails the test
// when the run did not complete cleanly.
func launchBench(t *testing.T, tags []string, benchtime string) *godottest.Outcome {
	t.Helper()
	o := godottest.Launch(t, godottest.Config{
		Tags:        tags,
		CExtensions: []string{"../cref/cref.c"},
		Env:         []string{"GDPURE_TEST_BENCH=" + benchtime},
		Timeout:     15 * time.Minute,
	})
	switch {
	case o.TimedOut:
		t.Fatalf("the engine run (tags %v) timed out:\n%s", tags, o.Output)
	case o.ExitErr != nil || !strings.Contains(o.Output, "GDPURE-RUNNER-DONE"):
		t.Fatalf("the engine run (tags %v) failed (%v):\n%s", tags, o.ExitErr, o.Output)
	case regexp.MustCompile(`SCRIPT ERROR|panic: |fatal error: `).MatchString(o.Output):
		t.Fatalf("errors in the engine output (tags %v):\n%s", tags, o.Output)
	}
	return &o
}

// asmcgocallBuild returns the build tags of the asmcgocall experiment and lets its linkname link:
// runtime.asmcgocall is not on the runtime's linkname allow-list.
func asmcgocallBuild(t *testing.T) []string {
	t.Setenv("GOFLAGS", strings.TrimSpace(os.Getenv("GOFLAGS")+" -ldflags=-checklinkname=0"))
	return []string{"gdpure_bench_asmcgocall"}
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func num(v float64) string {
	switch {
	case v < 10:
		return strconv.FormatFloat(v, 'f', 2, 64)
	case v < 1000:
		return strconv.FormatFloat(v, 'f', 1, 64)
	default:
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
}

// TestLightCallback shows what happens when a call on the light path (light_amd64.s) calls back
// into Go (GDPURE_LIGHT_CALLBACK=1; =asmcgocall for the runtime.asmcgocall path), or faults in C
// (GDPURE_LIGHT_CALLBACK=fault): it runs the
// engine once with that call and reports how the process ended. Not part of make bench or make
// test.
func TestLightCallback(t *testing.T) {
	if os.Getenv("GDPURE_LIGHT_CALLBACK") == "" {
		t.Skip("an experiment: GDPURE_LIGHT_CALLBACK=1")
	}
	var tags []string
	if os.Getenv("GDPURE_LIGHT_CALLBACK") == "asmcgocall" {
		tags = asmcgocallBuild(t)
	}
	o := godottest.Launch(t, godottest.Config{
		Tags:        tags,
		CExtensions: []string{"../cref/cref.c"},
		Env:         []string{"GDPURE_TEST_BENCH=0.01", "GDPURE_LIGHT_CALLBACK=" + os.Getenv("GDPURE_LIGHT_CALLBACK")},
		Filter:      "^light_callback$",
		Timeout:     2 * time.Minute,
	})
	t.Logf("exit: %v, timed out: %v\n%s", o.ExitErr, o.TimedOut, o.Output)
}
