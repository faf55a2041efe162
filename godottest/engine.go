package godottest

import (
	"encoding/json"
	"fmt"
	"iter"
	"os"
	"regexp"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/probe"
	"github.com/gdpure/gdpure/variant"
)

// The in-engine side: tests and benchmarks registered by the extension, run by the runner script
// through the GDPureTestRunner class.

type testCase struct {
	name string
	fn   func(*T)
}

type benchCase struct {
	name string
	fn   func(*B)
}

var suite struct {
	mu       sync.Mutex
	tests    []testCase
	benches  []benchCase
	shutdown []testCase
}

// Test registers an in-engine test. Call it from an init function of the test extension.
func Test(name string, fn func(t *T)) {
	suite.mu.Lock()
	suite.tests = append(suite.tests, testCase{name, fn})
	suite.mu.Unlock()
}

// TestAfterShutdown registers an in-engine test that runs after the engine's main loop has shut
// down, while the engine deinitializes the extension (at the scene level): for checking what
// happens to values and objects that outlive the main loop. Its result is reported like any other
// test's. Call it from an init function of the test extension.
func TestAfterShutdown(name string, fn func(t *T)) {
	suite.mu.Lock()
	suite.shutdown = append(suite.shutdown, testCase{name, fn})
	suite.mu.Unlock()
}

// runShutdownTests runs the tests registered with TestAfterShutdown, when the runner ran tests.
func runShutdownTests() {
	report, filter := os.Getenv("GDPURE_TEST_REPORT"), os.Getenv("GDPURE_TEST_FILTER")
	if report == "" || os.Getenv("GDPURE_TEST_BENCH") != "" {
		return
	}
	re, ok := compileFilter(filter)
	if !ok {
		return
	}
	suite.mu.Lock()
	tests := append([]testCase(nil), suite.shutdown...)
	suite.mu.Unlock()
	for _, tc := range tests {
		if re.MatchString(tc.name) {
			r := runOne(tc, &T{name: tc.name}, time.Now())
			r.Phase = "shutdown"
			writeResults(report, []Result{r})
		}
	}
}

// Bench registers an in-engine benchmark.
func Bench(name string, fn func(b *B)) {
	suite.mu.Lock()
	suite.benches = append(suite.benches, benchCase{name, fn})
	suite.mu.Unlock()
}

// T is the state of one in-engine test. It satisfies testify's TestingT and require's TestingT.
type T struct {
	name     string
	failed   bool
	skipped  bool
	out      strings.Builder
	yield    func(waitKind) bool // hands the main thread back to the engine until the next frame
	cleanups []func()
	timedOut time.Duration // set when the runner stopped the test at its timeout
}

// waitKind is the kind of frame a waiting test resumes at.
type waitKind int

const (
	waitProcess waitKind = iota
	waitPhysics
)

// stopped unwinds a test the runner stopped (at its timeout).
type stopped struct{}

func (t *T) wait(kind waitKind) {
	if t.yield == nil {
		panic("godottest: a wait outside a running test")
	}
	if !t.yield(kind) {
		panic(stopped{})
	}
}

// WaitFrames lets the engine run n process frames (its main loop: physics, processing, timers,
// deferred calls, signals) and returns on the main thread at the end of the n-th, after every
// other node's _process: a node added to the tree before the call has had _process called n times.
// The test's own code never runs concurrently with the engine.
func (t *T) WaitFrames(n int) {
	for i := 0; i < n; i++ {
		t.wait(waitProcess)
	}
}

// WaitPhysicsFrames lets the engine run n physics frames and returns on the main thread at the end
// of the n-th, after every other node's _physics_process: a node added to the tree before the call
// has had _physics_process called n times.
func (t *T) WaitPhysicsFrames(n int) {
	for i := 0; i < n; i++ {
		t.wait(waitPhysics)
	}
}

// WaitSignal waits until obj emits the signal named signal and returns the signal's arguments.
// When the signal has not come after timeout (real time), or obj is freed first, the test fails
// and ends (FailNow). The wait checks once per process frame.
func (t *T) WaitSignal(obj godot.AnyObject, signal string, timeout time.Duration) []variant.Variant {
	o := obj.AsObject()
	if !o.HasSignal(signal) {
		t.Fatalf("godottest: %s has no signal %q", o, signal)
	}
	var args []variant.Variant
	fired := false
	conn := o.ConnectFunc(signal, func(a []variant.Variant) error {
		if !fired {
			fired, args = true, a
		}
		return nil
	})
	defer conn.Disconnect()
	deadline := time.Now().Add(timeout)
	for !fired {
		switch {
		case !o.IsAlive():
			t.Fatalf("godottest: the object was freed while waiting for its signal %q", signal)
		case time.Now().After(deadline):
			t.Fatalf("godottest: %s did not emit %q within %v", o, signal, timeout)
		}
		t.WaitFrames(1)
	}
	return args
}

// WaitTime waits d of engine time (a SceneTree timer, which follows Engine.time_scale) and returns
// on the main thread when the timer fires. It fails the test if the timer has not fired within
// d + 30 s of real time.
func (t *T) WaitTime(d time.Duration) {
	timer := t.Tree().CreateTimer(d.Seconds())
	t.WaitSignal(timer, "timeout", d+30*time.Second)
}

// Tree returns the SceneTree the tests run in (the engine's main loop).
func (t *T) Tree() godot.SceneTree {
	tree, err := godot.As[godot.SceneTree](godot.Engine.MainLoop())
	if err != nil || tree.IsNull() {
		t.Fatalf("godottest: the main loop is not a SceneTree (%v)", err)
	}
	return tree
}

// Root returns the root Window of the SceneTree. Nodes a test adds to it are its own to free: see
// AddNode.
func (t *T) Root() godot.Window { return t.Tree().Root() }

// AddNode adds node as a child of the root Window (it enters the tree: _ready now, _process and
// _physics_process in the frames to come) and frees it when the test ends, if still alive.
func (t *T) AddNode(node godot.AnyNode) {
	n := node.AsNode()
	t.Root().AsNode().AddChild(n)
	t.Cleanup(func() {
		if n.IsAlive() {
			n.AsObject().Free()
		}
	})
}

// Cleanup registers fn to run when the test ends, whether it passed, failed or was stopped; the
// functions run last registered first, on the main thread.
func (t *T) Cleanup(fn func()) { t.cleanups = append(t.cleanups, fn) }

func (t *T) runCleanups() {
	for len(t.cleanups) > 0 {
		fn := t.cleanups[len(t.cleanups)-1]
		t.cleanups = t.cleanups[:len(t.cleanups)-1]
		func() {
			defer func() { t.recovered(recover()) }()
			fn()
		}()
	}
}

// recovered records what a test's code panicked with.
func (t *T) recovered(v any) {
	switch v.(type) {
	case nil, failNow, skipNow:
	case stopped:
		t.failed = true
		if t.timedOut > 0 {
			fmt.Fprintf(&t.out, "test timed out after %v (it was still waiting)\n", t.timedOut)
		}
	default:
		t.failed = true
		fmt.Fprintf(&t.out, "panic: %v\n%s", v, debug.Stack())
	}
}

// WaitUntil waits frame by frame until cond returns true, at most maxFrames frames; it reports
// whether cond became true.
func (t *T) WaitUntil(maxFrames int, cond func() bool) bool {
	for i := 0; i < maxFrames; i++ {
		if cond() {
			return true
		}
		t.WaitFrames(1)
	}
	return cond()
}

type failNow struct{}
type skipNow struct{}

// Name returns the test's name.
func (t *T) Name() string { return t.name }

// Helper is accepted for compatibility; file and line come from the report.
func (t *T) Helper() {}

// Errorf records a failure and continues.
func (t *T) Errorf(format string, args ...any) {
	t.failed = true
	t.logDepth(fmt.Sprintf(format, args...))
}

// Error records a failure and continues.
func (t *T) Error(args ...any) { t.Errorf("%s", fmt.Sprint(args...)) }

// Fatalf records a failure and ends the test.
func (t *T) Fatalf(format string, args ...any) {
	t.Errorf(format, args...)
	t.FailNow()
}

// Fatal records a failure and ends the test.
func (t *T) Fatal(args ...any) { t.Fatalf("%s", fmt.Sprint(args...)) }

// Fail marks the test failed.
func (t *T) Fail() { t.failed = true }

// Failed reports whether the test failed.
func (t *T) Failed() bool { return t.failed }

// FailNow marks the test failed and ends it. (In the engine a test runs inside a callback, where
// runtime.Goexit is not allowed, so this unwinds with a panic the runner recovers.)
func (t *T) FailNow() {
	t.failed = true
	panic(failNow{})
}

// Logf records a line of output, shown when the test fails or under go test -v.
func (t *T) Logf(format string, args ...any) { t.logDepth(fmt.Sprintf(format, args...)) }

// Log records a line of output.
func (t *T) Log(args ...any) { t.logDepth(fmt.Sprint(args...)) }

// Skipf skips the rest of the test.
func (t *T) Skipf(format string, args ...any) {
	t.logDepth(fmt.Sprintf(format, args...))
	t.skipped = true
	panic(skipNow{})
}

// Skip skips the rest of the test.
func (t *T) Skip(args ...any) { t.Skipf("%s", fmt.Sprint(args...)) }

func (t *T) logDepth(s string) {
	_, file, line, ok := runtime.Caller(2)
	for i := 3; ok && (strings.Contains(file, "/testify/") || strings.HasSuffix(file, "godottest/engine.go")); i++ {
		_, file, line, ok = runtime.Caller(i)
	}
	if ok {
		if i := strings.LastIndex(file, "/"); i >= 0 {
			file = file[i+1:]
		}
		fmt.Fprintf(&t.out, "%s:%d: ", file, line)
	}
	t.out.WriteString(s)
	t.out.WriteByte('\n')
}

// B is the state of one in-engine benchmark: run the measured code N times.
type B struct {
	N       int
	start   time.Time
	elapsed time.Duration
	allocs  uint64
	mallocs uint64
	timerOn bool
	extra   map[string]float64
	failure string
}

// benchFailed stops a benchmark that called Fatal.
type benchFailed struct{}

// Fatal stops the benchmark and reports it failed with the message.
func (b *B) Fatal(args ...any) { b.Fatalf("%s", fmt.Sprint(args...)) }

// Fatalf stops the benchmark and reports it failed with the formatted message.
func (b *B) Fatalf(format string, args ...any) {
	b.failure = fmt.Sprintf(format, args...)
	panic(benchFailed{})
}

// ResetTimer zeroes the elapsed time and allocation count.
func (b *B) ResetTimer() {
	b.elapsed = 0
	b.allocs = 0
	if b.timerOn {
		b.start = time.Now()
		b.mallocs = mallocs()
	}
}

// StopTimer stops timing.
func (b *B) StopTimer() {
	if b.timerOn {
		b.elapsed += time.Since(b.start)
		b.allocs += mallocs() - b.mallocs
		b.timerOn = false
	}
}

// StartTimer starts timing.
func (b *B) StartTimer() {
	if !b.timerOn {
		b.start = time.Now()
		b.mallocs = mallocs()
		b.timerOn = true
	}
}

// ReportMetric records an extra metric for the benchmark.
func (b *B) ReportMetric(v float64, unit string) {
	if b.extra == nil {
		b.extra = map[string]float64{}
	}
	b.extra[unit] = v
}

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

// Result is one line of the report file, shared with the host side and the runner script.
type Result struct {
	Name    string             `json:"name"`
	Status  string             `json:"status"` // pass, fail, skip, bench
	Output  string             `json:"output,omitempty"`
	Seconds float64            `json:"seconds,omitempty"`
	Metrics map[string]float64 `json:"metrics,omitempty"`
	Phase   string             `json:"phase,omitempty"` // "shutdown" for TestAfterShutdown tests
}

// runner is the class the runner script instantiates to run the Go tests.
type runner struct{ godot.RefCounted }

func init() {
	classdb.Register[runner](classdb.Name("GDPureTestRunner"), classdb.Tool(),
		classdb.Params("StepGoTests", "report_path", "filter", "physics"),
		classdb.Params("RunGoBenchmarks", "report_path", "filter", "benchtime"),
		classdb.Params("NoteScriptError", "message"))
	engine.OnDeinit(engine.LevelScene, runShutdownTests)
	probe.ExitReport = func(report string) {
		if report == "" {
			fmt.Println("gdpure ledger at exit: 0 live C buffers")
		}
	}
}

func writeResults(path string, rs []Result) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		engine.PrintError("godottest: " + err.Error())
		return
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, r := range rs {
		enc.Encode(r)
	}
}

// The Go tests run one after the other, each as a coroutine on the engine's main thread: the
// driver node calls StepGoTests at the end of each process frame and of each physics frame, which
// resumes the current test when it waits for that kind of frame (T.WaitFrames,
// T.WaitPhysicsFrames), until it ends or waits again, and returns true when every test has run. A
// test that never waits runs within one step, like a plain function. A test still running after
// its timeout (GDPURE_TEST_TIMEOUT seconds, default 60) is stopped and fails.
type goTestState struct {
	started bool
	tests   []testCase
	i       int
	failed  int64
	cur     *T
	start   time.Time
	timeout time.Duration
	waiting waitKind
	next    func() (waitKind, bool)
	stop    func()
	result  *Result

	mu           sync.Mutex // guards the fields below, written by the engine's logger (any thread)
	active       bool       // a test is running
	scriptErrors []string   // script errors while it runs
}

var goTests goTestState

// StepGoTests advances the Go tests at the end of a process frame (physics false) or a physics
// frame; it returns whether they are all done.
func (*runner) StepGoTests(reportPath, filter string, physics bool) bool {
	g := &goTests
	if !g.started {
		if physics {
			return false
		}
		g.started = true
		g.timeout = time.Minute
		if s, err := strconv.ParseFloat(os.Getenv("GDPURE_TEST_TIMEOUT"), 64); err == nil && s > 0 {
			g.timeout = time.Duration(s * float64(time.Second))
		}
		re, ok := compileFilter(filter)
		if !ok {
			g.failed++
			return true
		}
		suite.mu.Lock()
		for _, tc := range suite.tests {
			if re.MatchString(tc.name) {
				g.tests = append(g.tests, tc)
			}
		}
		suite.mu.Unlock()
	}
	for g.i < len(g.tests) {
		switch {
		case g.next == nil:
			if physics {
				return false // tests start at the end of a process frame
			}
			tc := g.tests[g.i]
			g.cur = &T{name: tc.name}
			g.start = time.Now()
			g.result = nil
			g.mu.Lock()
			g.active, g.scriptErrors = true, nil
			g.mu.Unlock()
			g.next, g.stop = iter.Pull(func(yield func(waitKind) bool) {
				g.cur.yield = yield
				r := runOne(tc, g.cur, g.start)
				g.result = &r
			})
		case time.Since(g.start) > g.timeout:
			g.cur.timedOut = g.timeout
			g.stop() // the test's wait unwinds; runOne reports the timeout
			g.finish(reportPath)
			continue
		case (g.waiting == waitPhysics) != physics:
			return false // the test waits for the other kind of frame
		}
		if kind, waiting := g.next(); waiting {
			g.waiting = kind
			return false // the test waits for the next frame
		}
		g.stop()
		g.finish(reportPath)
		if physics {
			return false
		}
	}
	return true
}

// finish reports the test that just ended and moves on to the next.
func (g *goTestState) finish(reportPath string) {
	g.next = nil
	r := *g.result
	g.mu.Lock()
	if len(g.scriptErrors) > 0 {
		r.Status = "fail"
		r.Output += strings.Join(g.scriptErrors, "\n") + "\n"
	}
	g.active, g.scriptErrors = false, nil
	g.mu.Unlock()
	if r.Status == "fail" {
		g.failed++
	}
	writeResults(reportPath, []Result{r}) // one at a time: a crash keeps what came before
	g.i++
}

// NoteScriptError records a script error reported by the engine while a Go test runs (the
// driver's logger calls it); the test fails with it.
func (*runner) NoteScriptError(message string) {
	g := &goTests
	g.mu.Lock()
	if g.active {
		g.scriptErrors = append(g.scriptErrors, message)
	}
	g.mu.Unlock()
}

// GoTestFailures returns the number of failed Go tests (after stepGoTests returned true).
func (*runner) GoTestFailures() int64 { return goTests.failed }

func compileFilter(filter string) (*regexp.Regexp, bool) {
	re, err := regexp.Compile(filter)
	if err != nil {
		engine.PrintError("godottest: bad filter: " + err.Error())
		return nil, false
	}
	return re, true
}

func runOne(tc testCase, t *T, start time.Time) (r Result) {
	defer func() {
		t.recovered(recover())
		t.runCleanups()
		r = Result{Name: tc.name, Status: "pass", Output: t.out.String(), Seconds: time.Since(start).Seconds()}
		switch {
		case t.failed:
			r.Status = "fail"
		case t.skipped:
			r.Status = "skip"
		}
	}()
	tc.fn(t)
	return
}

// RunGoBenchmarks runs every registered benchmark whose name matches the filter, each for about
// benchtime seconds, and appends the results to the report file.
func (*runner) RunGoBenchmarks(reportPath, filter string, benchtime float64) int64 {
	re, ok := compileFilter(filter)
	if !ok {
		return 1
	}
	suite.mu.Lock()
	benches := append([]benchCase(nil), suite.benches...)
	suite.mu.Unlock()
	for _, bc := range benches {
		if !re.MatchString(bc.name) {
			continue
		}
		writeResults(reportPath, []Result{runBench(bc, time.Duration(benchtime*float64(time.Second)))})
	}
	return 0
}

// runBenchOnce runs the benchmark function once with b.N; false if it failed (Fatal or a panic).
func runBenchOnce(bc benchCase, b *B) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, fatal := r.(benchFailed); !fatal {
				b.failure = fmt.Sprintf("panic: %v\n%s", r, debug.Stack())
			}
			ok = false
		}
	}()
	b.StartTimer()
	bc.fn(b)
	b.StopTimer()
	return true
}

func runBench(bc benchCase, benchtime time.Duration) Result {
	n := 1
	var b *B
	for {
		b = &B{N: n}
		runtime.GC()
		if !runBenchOnce(bc, b) {
			return Result{Name: bc.name, Status: "fail", Output: b.failure}
		}
		if b.elapsed >= benchtime || n >= 1e9 {
			break
		}
		// Predict the N that fills benchtime, growing at most 100x per round.
		next := int(float64(n) * float64(benchtime) / float64(max(b.elapsed, time.Microsecond)) * 1.2)
		n = min(max(next, n+1), n*100)
	}
	m := map[string]float64{
		"N":         float64(b.N),
		"ns/op":     float64(b.elapsed.Nanoseconds()) / float64(b.N),
		"allocs/op": float64(b.allocs) / float64(b.N),
	}
	for k, v := range b.extra {
		m[k] = v
	}
	return Result{Name: bc.name, Status: "bench", Metrics: m, Seconds: b.elapsed.Seconds()}
}
