package godottest

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"
)

//go:embed runner.gd
var runnerScript string

//go:embed driver.gd
var driverScript string

// Config says what to build and how to run it.
type Config struct {
	// Package is the main package of the test extension, as a directory or import path
	// (default ".", the package of the calling test).
	Package string
	// Tags are build tags for the extension (e.g. "gdpure_purego").
	Tags []string
	// ProjectDir is a directory whose files are copied into the Godot project (GDScript tests go
	// in its tests/ folder). Default: "project" if it exists.
	ProjectDir string
	// Env is extra environment for the engine process ("KEY=value").
	Env []string
	// Filter selects in-engine tests by name (a regular expression; default all). The environment
	// variable GODOTTEST_RUN, when set, replaces it (to run a few tests of a suite from the command
	// line: GODOTTEST_RUN='Ownership/' go test ./...).
	Filter string
	// Timeout bounds the engine run (default: GODOTTEST_TIMEOUT, a Go duration such as "90s",
	// else 5 minutes).
	Timeout time.Duration
	// CExtensions are C source files of extra extensions to load beside the Go one (reference
	// implementations for benchmarks): each is built with gcc into the project and loaded through
	// its own .gdextension, with the entry symbol NAME_init for the file NAME.c.
	CExtensions []string
	// AllowOutput lists regular expressions of output lines that would otherwise fail the run
	// (for tests that provoke script errors on purpose). A script error that matches one does not
	// fail the test it happens in either.
	AllowOutput []string
	// Editor runs the tests inside the editor (godot --headless --editor) instead of a game's
	// SceneTree: the driver is an autoload, Engine.is_editor_hint() is true, and only tool classes
	// and @tool scripts run their code.
	Editor bool
	// TestTimeout bounds each in-engine test that waits (frames, signals, timers; default 1
	// minute): a test still waiting then is stopped and fails.
	TestTimeout time.Duration
	// GOARCH is the architecture the extension is built for (default: GODOTTEST_GOARCH, else the
	// host's). Another architecture is cross-built with cgo's C compiler for it
	// (GODOTTEST_CC, else aarch64-linux-gnu-gcc or x86_64-linux-gnu-gcc) and needs an engine of that
	// architecture in GODOT (make test-arm64 runs Debian's arm64 Godot under qemu-user).
	GOARCH string
}

// TargetArch returns the architecture the extension of cfg is built for: cfg.GOARCH, else
// GODOTTEST_GOARCH, else the host's.
func TargetArch(cfg Config) string {
	switch {
	case cfg.GOARCH != "":
		return cfg.GOARCH
	case os.Getenv("GODOTTEST_GOARCH") != "":
		return os.Getenv("GODOTTEST_GOARCH")
	}
	return runtime.GOARCH
}

// buildEnv is the environment of the extension's build for architecture arch.
func buildEnv(arch string) []string {
	env := os.Environ()
	if arch == runtime.GOARCH {
		return env
	}
	return append(env, "GOARCH="+arch, "CGO_ENABLED=1", "CC="+cCompiler(arch))
}

// cCompiler is the C compiler for architecture arch: gcc for the host's, else GODOTTEST_CC, else
// Debian's cross compiler.
func cCompiler(arch string) string {
	if arch == runtime.GOARCH {
		return "gcc"
	}
	if cc := os.Getenv("GODOTTEST_CC"); cc != "" {
		return cc
	}
	return map[string]string{"arm64": "aarch64-linux-gnu-gcc", "amd64": "x86_64-linux-gnu-gcc"}[arch]
}

// gdextensionLibraries is the [libraries] section of a .gdextension file naming lib (a res://
// path) for every Linux architecture: the engine picks the entry of its own.
func gdextensionLibraries(lib string) string {
	return fmt.Sprintf("[libraries]\nlinux.x86_64 = %q\nlinux.arm64 = %q\n", lib, lib)
}

// ErrNoGodot is returned by FindGodot when no engine is available.
var ErrNoGodot = errors.New("no Godot 4.6+ found: run `make godot` (provisions one into .cache/godot) or set GODOT=/path/to/godot")

// FindGodot returns the engine to use: $GODOT, else a `godot` on PATH, else the copy `make godot`
// provisions into .cache/godot of the enclosing module.
func FindGodot() (string, error) {
	if g := os.Getenv("GODOT"); g != "" {
		if _, err := exec.LookPath(g); err != nil {
			return "", fmt.Errorf("GODOT=%s: %v", g, err)
		}
		return g, nil
	}
	if g, err := exec.LookPath("godot"); err == nil {
		return g, nil
	}
	if root, err := moduleRoot(); err == nil {
		g := filepath.Join(root, ".cache", "godot", "godot")
		if _, err := os.Stat(g); err == nil {
			return g, nil
		}
	}
	return "", ErrNoGodot
}

func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", err
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", errors.New("not in a module")
	}
	return filepath.Dir(mod), nil
}

// Run builds the test extension, runs its in-engine tests in headless Godot and reports each as a
// subtest of t.
func Run(t *testing.T, cfg Config) {
	t.Helper()
	results, out := run(t, cfg, "")
	for _, r := range results {
		t.Run(r.Name, func(t *testing.T) {
			switch r.Status {
			case "fail":
				t.Error("\n" + r.Output)
			case "skip":
				t.Skip(r.Output)
			default:
				if testing.Verbose() && r.Output != "" {
					t.Log("\n" + r.Output)
				}
			}
			if testing.Verbose() && r.Seconds >= 0.5 {
				t.Logf("%s: %.1f s in the engine", r.Name, r.Seconds)
			}
		})
	}
	if !t.Failed() && testing.Verbose() {
		t.Logf("engine ledger: %s", ledgerLine(out))
	}
}

// RunBenchmarks builds the test extension, runs its in-engine benchmarks and reports each as a
// sub-benchmark of b, with the engine-measured ns/op and allocs/op.
func RunBenchmarks(b *testing.B, cfg Config) {
	benchtime := 1.0
	results, _ := run(b, cfg, fmt.Sprint(benchtime))
	for _, r := range results {
		b.Run(r.Name, func(b *testing.B) {
			if r.Status == "fail" {
				b.Fatalf("in-engine benchmark failed: %s", r.Output)
			}
			b.ReportMetric(r.Metrics["ns/op"], "ns/op")
			b.ReportMetric(r.Metrics["allocs/op"], "allocs/op")
			for k, v := range r.Metrics {
				if k != "ns/op" && k != "allocs/op" && k != "N" {
					b.ReportMetric(v, k)
				}
			}
		})
	}
}

var ledgerRe = regexp.MustCompile(`gdpure ledger at exit: .*`)

func ledgerLine(out string) string { return ledgerRe.FindString(out) }

// failurePatterns are output lines that fail a run.
var failurePatterns = []*regexp.Regexp{
	regexp.MustCompile(`SCRIPT ERROR:`),
	regexp.MustCompile(`ObjectDB instances leaked`),
	regexp.MustCompile(`resources still in use`),
	regexp.MustCompile(`C buffers still live at exit`),
	regexp.MustCompile(`Program crashed with signal`),
	regexp.MustCompile(`^panic: |fatal error: `),
}

// Outcome is what one engine run produced, unjudged: for tests that expect the engine to fail
// (a crash on purpose, say) and check its output themselves.
type Outcome struct {
	Results  []Result
	Output   string
	ExitErr  error // nil on exit code 0
	TimedOut bool
	Command  string
}

// Launch builds the test extension and runs it in headless Godot once, without judging the run.
func Launch(tb testing.TB, cfg Config) Outcome {
	tb.Helper()
	o, _ := launch(tb, cfg, "")
	return o
}

func launch(tb testing.TB, cfg Config, bench string) (Outcome, error) {
	tb.Helper()
	if testing.Short() {
		tb.Skip("in-engine tests do not run under -short")
	}
	godot, err := FindGodot()
	if err != nil {
		tb.Fatal(err)
	}
	if cfg.Package == "" {
		cfg.Package = "."
	}
	if cfg.ProjectDir == "" {
		if st, err := os.Stat("project"); err == nil && st.IsDir() {
			cfg.ProjectDir = "project"
		}
	}
	if run := os.Getenv("GODOTTEST_RUN"); run != "" {
		cfg.Filter = run
	}
	proj := tb.TempDir()
	if os.Getenv("GODOTTEST_KEEP") != "" { // keep the project, to run the engine by hand (a debugger)
		var err error
		if proj, err = os.MkdirTemp("", "godottest-"); err != nil {
			tb.Fatal(err)
		}
		tb.Logf("godottest: the project is kept in %s", proj)
	}
	lib := filepath.Join(proj, "bin", "libgdpuretest.so")
	buildNote := "used GODOTTEST_LIBRARY"
	if prebuilt := os.Getenv("GODOTTEST_LIBRARY"); prebuilt != "" {
		// A library built beforehand (make mutants builds each planted bug's once and runs it in
		// several modes): used as it is, whatever cfg.Package and cfg.Tags say.
		if err := copyFile(prebuilt, lib); err != nil {
			tb.Fatalf("GODOTTEST_LIBRARY: %v", err)
		}
	} else {
		took, reused, err := buildLibrary(lib, cfg.Tags, buildEnv(TargetArch(cfg)), cfg.Package)
		if err != nil {
			tb.Fatal(err)
		}
		buildNote = fmt.Sprintf("built the extension in %.1f s", took.Seconds())
		if reused {
			buildNote = "reused the extension built earlier"
		}
	}
	if err := writeProject(proj, cfg.ProjectDir, cfg.Editor); err != nil {
		tb.Fatal(err)
	}
	if err := buildCExtensions(proj, cfg.CExtensions, TargetArch(cfg)); err != nil {
		tb.Fatal(err)
	}
	report := filepath.Join(proj, "report.jsonl")
	ctx, cancel := context.WithTimeout(context.Background(), engineTimeout(tb, cfg.Timeout))
	defer cancel()
	gargs := []string{"--headless", "--path", proj, "--script", "res://gdpure_runner.gd"}
	if cfg.Editor {
		gargs = []string{"--headless", "--editor", "--path", proj}
	}
	cmd := exec.CommandContext(ctx, godot, gargs...)
	cmd.Env = append(os.Environ(), "GDPURE_TEST_REPORT="+report, "GDPURE_TEST_FILTER="+cfg.Filter, "GDPURE_TEST_BENCH="+bench,
		"GDPURE_TEST_ALLOW="+strings.Join(cfg.AllowOutput, "\n"))
	// The project's user data (user://, the engine's log files) in a folder of this run: runs of
	// the same project may go at once.
	home := tb.TempDir()
	cmd.Env = append(cmd.Env, "XDG_DATA_HOME="+filepath.Join(home, "data"))
	if cfg.Editor { // the editor's settings, caches and list of recent projects: not the user's
		cmd.Env = append(cmd.Env, "XDG_CONFIG_HOME="+filepath.Join(home, "config"), "XDG_CACHE_HOME="+filepath.Join(home, "cache"))
	}
	if cfg.TestTimeout > 0 {
		cmd.Env = append(cmd.Env, fmt.Sprintf("GDPURE_TEST_TIMEOUT=%g", cfg.TestTimeout.Seconds()))
	}
	cmd.Env = append(cmd.Env, cfg.Env...)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	start := time.Now()
	runErr := cmd.Run()
	if testing.Verbose() {
		tb.Logf("godottest: %s; the engine ran %.1f s", buildNote, time.Since(start).Seconds())
	}
	results, perr := readReport(report)
	return Outcome{Results: results, Output: out.String(), ExitErr: runErr, TimedOut: ctx.Err() != nil,
		Command: strings.Join(cmd.Args, " ")}, perr
}

func run(tb testing.TB, cfg Config, bench string) ([]Result, string) {
	tb.Helper()
	cfg.Timeout = engineTimeout(tb, cfg.Timeout)
	o, perr := launch(tb, cfg, bench)
	output := o.Output
	var problems []string
	if o.TimedOut {
		problems = append(problems, fmt.Sprintf("timed out after %v", cfg.Timeout))
	} else if o.ExitErr != nil {
		// The runner exits with the number of failed tests; those fail as subtests, with their
		// own output. Any other exit is a problem of the run.
		var exit *exec.ExitError
		if !errors.As(o.ExitErr, &exit) || exit.ExitCode() != min(countFailed(o.Results), 99) || countFailed(o.Results) == 0 {
			problems = append(problems, fmt.Sprintf("engine exited with %v", o.ExitErr))
		}
	}
	if perr != nil {
		problems = append(problems, "report: "+perr.Error())
	}
	if !strings.Contains(output, "GDPURE-RUNNER-DONE") {
		problems = append(problems, "the runner did not finish (crash?)")
	}
	if bench == "" && ledgerLine(output) == "" && strings.Contains(output, "GDPURE-RUNNER-DONE") {
		problems = append(problems, "no ledger line at exit (the extension was not deinitialized cleanly)")
	}
	problems = append(problems, outputProblems(output, cfg.AllowOutput, o.Results)...)
	if len(problems) > 0 {
		tb.Errorf("in-engine run failed:\n  %s\n--- Godot output (%s) ---\n%s--- end of Godot output ---",
			strings.Join(problems, "\n  "), o.Command, output)
	}
	return o.Results, output
}

// outputProblems lists the lines of output that fail a run. A script error names the test it was
// reported to (the driver attributes each to the test that runs when it happens).
func outputProblems(output string, allow []string, results []Result) []string {
	allowed := compileAll(allow)
	var problems []string
	for _, line := range strings.Split(output, "\n") {
		for _, re := range failurePatterns {
			if !re.MatchString(line) || matchesAny(allowed, line) {
				continue
			}
			p := "output: " + strings.TrimSpace(line)
			if strings.Contains(line, "SCRIPT ERROR:") {
				p += " (" + scriptErrorTest(strings.TrimSpace(line), results) + ")"
			}
			problems = append(problems, p)
		}
	}
	return problems
}

// scriptErrorTest says which failed test a script error line was reported to.
func scriptErrorTest(line string, results []Result) string {
	var names []string
	for _, r := range results {
		if r.Status == "fail" && strings.Contains(r.Output, line) {
			names = append(names, r.Name)
		}
	}
	if len(names) == 0 {
		return "outside any test"
	}
	return "in " + strings.Join(names, ", ")
}

// countFailed counts the failed tests that the runner's exit code counts (not those run after
// shutdown, which report only through their results).
func countFailed(rs []Result) int {
	n := 0
	for _, r := range rs {
		if r.Status == "fail" && r.Phase != "shutdown" {
			n++
		}
	}
	return n
}

func compileAll(pats []string) []*regexp.Regexp {
	var res []*regexp.Regexp
	for _, p := range pats {
		res = append(res, regexp.MustCompile(p))
	}
	return res
}

func matchesAny(res []*regexp.Regexp, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

func readReport(path string) ([]Result, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rs []Result
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var r Result
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return rs, fmt.Errorf("bad line %q: %v", sc.Text(), err)
		}
		rs = append(rs, r)
	}
	return rs, sc.Err()
}

// copyFile copies the file src to dst, making dst's folder.
func copyFile(src, dst string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	return os.WriteFile(dst, data, 0o644)
}

// writeProject lays out the Godot project around the built library.
// buildCExtensions builds each C source for architecture arch into PROJ/bin/NAME.so, writes
// NAME.gdextension and lists it in the project's extension list.
func buildCExtensions(proj string, sources []string, arch string) error {
	for _, src := range sources {
		name := strings.TrimSuffix(filepath.Base(src), ".c")
		lib := filepath.Join(proj, "bin", name+".so")
		cc := exec.Command(cCompiler(arch), "-O2", "-shared", "-fPIC", "-o", lib, src)
		if out, err := cc.CombinedOutput(); err != nil {
			return fmt.Errorf("building the C extension %s: %v\n%s", src, err, out)
		}
		ext := fmt.Sprintf("[configuration]\nentry_symbol = \"%s_init\"\ncompatibility_minimum = \"4.6\"\n\n", name) +
			gdextensionLibraries("res://bin/"+name+".so")
		if err := os.WriteFile(filepath.Join(proj, name+".gdextension"), []byte(ext), 0o644); err != nil {
			return err
		}
		list, err := os.OpenFile(filepath.Join(proj, ".godot", "extension_list.cfg"), os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		fmt.Fprintf(list, "res://%s.gdextension\n", name)
		if err := list.Close(); err != nil {
			return err
		}
	}
	return nil
}

func writeProject(proj, extra string, editor bool) error {
	project := "config_version=5\n\n[application]\nconfig/name=\"gdpure test\"\n"
	if editor { // the editor has no --script main loop: the driver runs as an autoload
		project += "\n[autoload]\nGDPureTestDriver=\"*res://gdpure_driver.gd\"\n"
	}
	files := map[string]string{
		"project.godot": project,
		"gdpuretest.gdextension": "[configuration]\nentry_symbol = \"gdpure_entry\"\ncompatibility_minimum = \"4.6\"\n\n" +
			gdextensionLibraries("res://bin/libgdpuretest.so"),
		".godot/extension_list.cfg": "res://gdpuretest.gdextension\n",
		"gdpure_runner.gd":          runnerScript,
		"gdpure_driver.gd":          driverScript,
	}
	if extra != "" {
		err := filepath.WalkDir(extra, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(extra, path)
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			files[filepath.ToSlash(rel)] = string(data)
			return nil
		})
		if err != nil {
			return err
		}
	}
	for name, content := range files {
		p := filepath.Join(proj, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// engineTimeout is the bound of an engine run: set, else GODOTTEST_TIMEOUT, else 5 minutes.
func engineTimeout(tb testing.TB, set time.Duration) time.Duration {
	if set > 0 {
		return set
	}
	if env := os.Getenv("GODOTTEST_TIMEOUT"); env != "" {
		d, err := time.ParseDuration(env)
		if err != nil || d <= 0 {
			tb.Fatalf("GODOTTEST_TIMEOUT=%q is not a positive duration such as 90s", env)
		}
		return d
	}
	return 5 * time.Minute
}
