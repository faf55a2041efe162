package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gdpure/gdpure/internal/engine"

	"github.com/gdpure/gdpure/godottest"
)

// TestEngine runs the in-engine suite on both call paths: the assembly trampolines (linux/amd64
// and linux/arm64) and purego. The asm path's
// extension is built with the tag gdpure_bound (classes' methods from the generated bindings, as
// gdgen init's projects build), the purego path's without (found by reflection): each way of
// registering classes runs the whole suite's classes.
//
// With GDPURE_SUITE_GUARD=1 (make test) the same two libraries also run in guard mode with GC
// stress (asm_guard, purego_guard: GDPURE_MEMGUARD=1 GDPURE_GCSTRESS=1 GOGC=1 in the engine's
// environment). With GDPURE_MEMGUARD=1 in the environment of go test itself, the two runs are
// guard-mode runs (as make test-memguard does).
//
// The runs go at once, each in its own engine: one path's build (a minute of compiling the engine
// API from an empty build cache) overlaps the other's, and the engines' runs overlap the builds
// and each other.
func TestEngine(t *testing.T) {
	lists := t.TempDir()
	if err := os.Mkdir(filepath.Join(lists, "guard"), 0o755); err != nil {
		t.Fatal(err)
	}
	var runs sync.WaitGroup
	run := func(name string, cfg godottest.Config) {
		runs.Go(func() {
			t.Run(name, func(t *testing.T) { godottest.Run(t, cfg) })
		})
	}
	paths := map[string]godottest.Config{"purego": {Tags: []string{"gdpure_purego"}}}
	if arch := godottest.TargetArch(godottest.Config{}); arch == "amd64" || arch == "arm64" {
		paths["asm"] = suiteBuild(godottest.Config{})
	}
	guardOnly := os.Getenv("GDPURE_MEMGUARD") == "1"
	for name, cfg := range paths {
		cfg.Env = []string{"GDPURE_METHOD_LISTS=" + lists}
		if guardOnly {
			run(name, guardRun(name, cfg))
			continue
		}
		run(name, cfg)
		if os.Getenv("GDPURE_SUITE_GUARD") == "1" {
			cfg.Env = []string{"GDPURE_METHOD_LISTS=" + filepath.Join(lists, "guard"), "GDPURE_MEMGUARD=1", "GDPURE_GCSTRESS=1", "GOGC=1"}
			cfg.Timeout = 12 * time.Minute
			run(name+"_guard", guardRun(name, cfg))
		}
	}
	runs.Wait()
	sameMethodLists(t, lists)
	sameMethodLists(t, filepath.Join(lists, "guard"))
}

// guardRun is the guard-mode run of a call path's configuration. Guard mode with GC stress checks
// memory lifetimes, which are the same code on both paths; the asm run takes the whole suite
// through it. The purego path's own code is how calls and callbacks cross: its guard run takes the
// tests that cross with values and objects, and leaves out the sweeps (every class, every
// constant, the equivalence inputs), which cost minutes under GC stress and test nothing
// path-specific.
func guardRun(path string, cfg godottest.Config) godottest.Config {
	if path == "purego" && godottest.TargetArch(cfg) == "amd64" {
		cfg.Filter = guardPuregoFilter
	}
	return cfg
}

// sameMethodLists compares the Go classes' engine methods of the two runs
// (GoClasses/MethodListsForComparison): the asm run registers them from the generated bindings
// (gdpure_bound), the purego run by reflection.
func sameMethodLists(t *testing.T, dir string) {
	bound, err1 := os.ReadFile(filepath.Join(dir, "asm.txt"))
	reflected, err2 := os.ReadFile(filepath.Join(dir, "purego.txt"))
	if err1 != nil || err2 != nil {
		return // a run that did not write its list (a filter, another architecture)
	}
	byClass := func(data []byte) map[string]string {
		m := map[string]string{}
		for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			class, _, _ := strings.Cut(line, ":")
			m[class] = line
		}
		return m
	}
	a, b := byClass(bound), byClass(reflected)
	for _, class := range []string{"ForeignMixin", "ForeignCloser"} {
		// Methods bindings cannot list (another package's): refused under gdpure_bound, on purpose.
		if _, ok := a[class]; ok {
			t.Errorf("the gdpure_bound build registered %s", class)
		}
		delete(b, class)
	}
	for class, line := range b {
		if a[class] != line {
			t.Errorf("a Go class's methods differ between the builds:\n  gdpure_bound: %q\n  reflection:   %q", a[class], line)
		}
	}
	for class := range a {
		if _, ok := b[class]; !ok {
			t.Errorf("only the gdpure_bound build registered %s", class)
		}
	}
	t.Logf("the Go classes' methods are the same in both builds: %d classes", len(a))
}

// guardPuregoFilter selects the purego path's tests in guard mode (see TestEngine).
const guardPuregoFilter = `^(Ownership|Objects|Memory|Variant|Callbacks|Calls|GoClasses|Godottest)/|^gdscript/`

// TestEditor runs the editor tests (Editor/… in godottest_cases.go, tests/test_editor.gd) inside
// the editor (godot --headless --editor, the driver as an autoload): Engine.is_editor_hint() is
// true there and tool classes and scripts run. Elsewhere those tests skip.
func TestEditor(t *testing.T) {
	skipSelfTest(t)
	start := time.Now()
	// A user's editor has run before: the engine's documentation is cached, and only then does
	// the editor merge the class references of extensions into its help (on a first launch ever
	// it shows their classes without descriptions). A first run, selecting no test, builds the
	// cache the second one uses.
	cache := "XDG_CACHE_HOME=" + t.TempDir()
	godottest.Run(t, suiteBuild(godottest.Config{Editor: true, Filter: "^$", Env: []string{cache}}))
	godottest.Run(t, suiteBuild(godottest.Config{Editor: true, Filter: "^Editor/|^gdscript/test_editor/", Env: []string{"GDPURE_EXPECT_EDITOR=1", cache}}))
	t.Logf("build and editor runs: %.1f s", time.Since(start).Seconds())
}

// BenchmarkEngine runs the in-engine micro benchmarks (make bench-engine); the table against C,
// cgo and GDScript is make bench (bench/ext).
func BenchmarkEngine(b *testing.B) {
	godottest.RunBenchmarks(b, suiteBuild(godottest.Config{}))
}

// TestPlantedUseAfterFreeIsCaught runs the engine with a planted bug — a property list freed
// before the engine reads it — in guard mode, in its own engine process. The read must fault at
// once, and the report must name the buffer's owner kind.
func TestPlantedUseAfterFreeIsCaught(t *testing.T) {
	o := godottest.Launch(t, suiteBuild(godottest.Config{
		Filter: "planted",
		Env:    []string{"GDPURE_MEMGUARD=1", "GDPURE_PLANT_UAF=1"},
	}))
	for _, r := range o.Results {
		t.Logf("in-engine %s: %s %s", r.Name, r.Status, r.Output)
	}
	if o.ExitErr == nil {
		t.Fatalf("the engine exited normally; the planted use after free went unnoticed:\n%s", o.Output)
	}
	if !strings.Contains(o.Output, strings.TrimSpace(engine.FaultMessage(engine.OwnerPropertyList))) {
		t.Fatalf("the fault report does not name the property-list owner:\n%s", o.Output)
	}
	if strings.Contains(o.Output, "GDPURE-RUNNER-DONE") {
		t.Fatalf("the engine ran on after reading freed memory:\n%s", o.Output)
	}
	t.Logf("engine stopped with %v; report: %s", o.ExitErr, strings.TrimSpace(engine.FaultMessage(engine.OwnerPropertyList)))
}

// TestGodottestFailuresAreAttributed runs deliberately failing tests (godottest_failures.go and
// testdata/godottest_failures) in an engine of their own: a script error fails the test it
// happens in, by name, a test that never finishes fails by its own timeout, a wait for a signal
// that never comes fails its test, and the tests after each of them run and pass.
func TestGodottestFailuresAreAttributed(t *testing.T) {
	skipSelfTest(t)
	o := godottest.Launch(t, suiteBuild(godottest.Config{
		ProjectDir:  "testdata/godottest_failures",
		Filter:      "^GodottestFailures/|^gdscript/test_godottest_failures/",
		Env:         []string{"GDPURE_GODOTTEST_FAILURES=1"},
		TestTimeout: 2 * time.Second,
	}))
	got := map[string]godottest.Result{}
	for _, r := range o.Results {
		got[r.Name] = r
		t.Logf("in-engine %s: %s %s", r.Name, r.Status, r.Output)
	}
	want := []struct{ name, status, output string }{
		{"GodottestFailures/ScriptError", "fail", "SCRIPT ERROR: Invalid call. Nonexistent function 'no_such_method_from_go'"},
		{"GodottestFailures/PassesAfterAScriptError", "pass", ""},
		{"GodottestFailures/WaitSignalTimesOut", "fail", `did not emit "never" within 200ms`},
		{"GodottestFailures/WaitsForever", "fail", "test timed out after 2s"},
		{"GodottestFailures/PassesAfterATimeout", "pass", ""},
		{"gdscript/test_godottest_failures/test_a_script_error", "fail", "SCRIPT ERROR: Invalid call. Nonexistent function 'no_such_method'"},
		{"gdscript/test_godottest_failures/test_b_passes_after_a_script_error", "pass", ""},
		{"gdscript/test_godottest_failures/test_c_script_error_after_await", "fail", "SCRIPT ERROR: "},
		{"gdscript/test_godottest_failures/test_d_never_finishes", "fail", "timed out after 2.0 s"},
		{"gdscript/test_godottest_failures/test_e_runs_after_a_timeout", "pass", ""},
		{"gdscript/test_godottest_failures/test_f_wait_signal_times_out", "fail", "did not emit never within 0.200 s"},
	}
	for _, w := range want {
		r, ok := got[w.name]
		if !ok {
			t.Errorf("%s: no result", w.name)
			continue
		}
		if r.Status != w.status || !strings.Contains(r.Output, w.output) {
			t.Errorf("%s: %s with output %q; want %s with %q", w.name, r.Status, r.Output, w.status, w.output)
		}
		if w.status == "pass" && strings.Contains(r.Output, "SCRIPT ERROR") {
			t.Errorf("%s: a script error of another test was attributed to it: %q", w.name, r.Output)
		}
	}
	if len(o.Results) != len(want) {
		t.Errorf("%d results, want %d", len(o.Results), len(want))
	}
	if !strings.Contains(o.Output, "GDPURE-RUNNER-DONE") || o.TimedOut {
		t.Fatalf("the run did not finish:\n%s", o.Output)
	}
	var exit *exec.ExitError
	if !errors.As(o.ExitErr, &exit) || exit.ExitCode() != 7 {
		t.Errorf("the engine exited with %v, want exit code 7 (the failed tests)", o.ExitErr)
	}
	if !strings.Contains(o.Output, "SCRIPT ERROR:") {
		t.Errorf("the engine printed no script error (the run-wide check is the backstop):\n%s", o.Output)
	}
	if t.Failed() {
		t.Logf("Godot output:\n%s", o.Output)
	}
}

// skipSelfTest skips a test of godottest itself in the guard-mode pass of make test
// (GDPURE_MEMGUARD=1), which is there for the main suite: each such test is an engine launch more.
// It skips it too when GODOTTEST_RUN, which replaces a run's filter, picks tests of the main suite.
func skipSelfTest(t *testing.T) {
	if os.Getenv("GDPURE_MEMGUARD") != "" {
		t.Skip("a test of godottest itself; the guard-mode pass runs the main suite")
	}
	if os.Getenv("GODOTTEST_RUN") != "" {
		t.Skip("GODOTTEST_RUN would replace this test's own filter")
	}
}

// suiteBuild gives cfg the build of TestEngine/asm (the tag gdpure_bound: classes' methods from
// their generated bindings, as gdgen init's projects build): every test that is not about the
// other path or the other way of registering classes runs that extension, so the suite links it
// once (godottest keeps a linked library per configuration).
func suiteBuild(cfg godottest.Config) godottest.Config {
	cfg.Tags = append(cfg.Tags, "gdpure_bound")
	return cfg
}

// crashBacktrace returns the numbered frames of the engine's crash report in out.
func crashBacktrace(out string) []string {
	var frames []string
	_, rest, ok := strings.Cut(out, "Dumping the backtrace.")
	if !ok {
		return nil
	}
	rest, _, _ = strings.Cut(rest, "-- END OF C++ BACKTRACE --")
	for _, l := range strings.Split(rest, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "[") {
			frames = append(frames, strings.TrimSpace(l))
		}
	}
	return frames
}

// TestEngineFaultKeepsItsBacktrace makes the engine fault in its own code with the extension
// loaded (the planted early-freed property list, poisoned, read by the engine inside
// Object.get_property_list called from GDScript) and checks the engine's crash handler printed its
// whole backtrace: the frames of the engine's code down to the GDScript call, as without a Go
// extension, not one frame in Go's signal forwarding.
func TestEngineFaultKeepsItsBacktrace(t *testing.T) {
	skipUnlessCrashDispatch(t)
	// The crash handler runs addr2line on the engine's 100 MB binary (a minute here, for "??:0":
	// the engine has no line tables); a stand-in answers at once.
	bin := t.TempDir()
	stub := "#!/bin/sh\nwhile [ $# -gt 0 ]; do case \"$1\" in -e) shift ;; -*) ;; *) echo '??:0' ;; esac; shift; done\n"
	if err := os.WriteFile(filepath.Join(bin, "addr2line"), []byte(stub), 0o755); err != nil {
		t.Fatal(err)
	}
	o := godottest.Launch(t, suiteBuild(godottest.Config{Filter: "^gdscript/test_planted/",
		Env: []string{"GDPURE_PLANT_UAF=1", "PATH=" + bin + string(os.PathListSeparator) + os.Getenv("PATH")}}))
	if o.ExitErr == nil {
		t.Fatalf("the engine did not crash on the planted fault:\n%s", o.Output)
	}
	if !strings.Contains(o.Output, "Program crashed with signal 11") {
		t.Fatalf("the engine's crash handler did not report the fault:\n%s", o.Output)
	}
	frames := crashBacktrace(o.Output)
	godot := filepath.Base(os.Getenv("GODOT"))
	fromEngine := 0
	for _, f := range frames {
		if strings.Contains(f, "/"+godot+"(") {
			fromEngine++
		}
	}
	if len(frames) < 8 || fromEngine < 6 {
		t.Fatalf("the engine's backtrace has %d frames, %d of them in %s; want the engine's frames down to the GDScript call:\n%s\n%s",
			len(frames), fromEngine, godot, strings.Join(frames, "\n"), o.Output)
	}
	if !strings.Contains(o.Output, "test_planted_use_after_free") {
		t.Fatalf("no GDScript backtrace:\n%s", o.Output)
	}
	t.Logf("%d frames, %d in the engine:\n%s", len(frames), fromEngine, strings.Join(frames, "\n"))
}

// TestGoFatalErrorPrintsGoStackThenEngines lets a goroutine dereference nil with nothing to
// recover it: Go's report (the panic and the goroutine's stack) comes first, then the engine's
// crash report with its GDScript backtrace, where a bare Go exit would leave the engine's out.
func TestGoFatalErrorPrintsGoStackThenEngines(t *testing.T) {
	skipUnlessCrashDispatch(t)
	o := godottest.Launch(t, suiteBuild(godottest.Config{Filter: "^Crash/planted/", Env: []string{"GDPURE_PLANT_CRASH=go"}}))
	if o.ExitErr == nil {
		t.Fatalf("the process survived the planted fatal error:\n%s", o.Output)
	}
	goPanic := strings.Index(o.Output, "panic: runtime error: invalid memory address or nil pointer dereference")
	goFrame := strings.Index(o.Output, "main.plantedNilDereference(")
	engine := strings.Index(o.Output, "Program crashed with signal 6")
	if goPanic < 0 || goFrame < goPanic || engine < goFrame {
		t.Fatalf("want Go's panic, its stack naming main.plantedNilDereference, then the engine's crash report (at %d, %d, %d):\n%s",
			goPanic, goFrame, engine, o.Output)
	}
	t.Logf("%s", o.Output[goPanic:])
	if !strings.Contains(o.Output[engine:], "Engine version") {
		t.Fatalf("the engine's crash report is not whole:\n%s", o.Output[engine:])
	}
}

func skipUnlessCrashDispatch(t *testing.T) {
	if arch := godottest.TargetArch(godottest.Config{}); runtime.GOOS != "linux" || arch != "amd64" && arch != "arm64" {
		t.Skip("the crash dispatcher is on linux/amd64 and linux/arm64")
	}
	skipSelfTest(t)
}
