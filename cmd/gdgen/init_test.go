package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/gdpure/gdpure/internal/buildlock"
)

// TestTutorial runs the README's "Your first Go node" commands as written, in a fresh HOME (with
// the Go caches of this machine): gdgen init scaffolds a project, make headless builds it and runs
// it in the engine, and the Go class and the GDScript of the scaffold print what the README shows.
func TestTutorial(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a plugin and runs the engine")
	}
	if os.Getenv("GODOT") == "" {
		t.Skip("GODOT is not set (make test sets it)")
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "<!-- tutorial:")
	if !ok {
		t.Fatal("README.md has no tutorial block")
	}
	_, rest, _ = strings.Cut(rest, "```sh\n")
	script, _, _ := strings.Cut(rest, "```")
	home := t.TempDir()
	env := append(os.Environ(), "HOME="+home)
	for _, v := range []string{"GOCACHE", "GOMODCACHE", "GOPATH", "GOFLAGS", "GOTOOLCHAIN"} {
		out, err := exec.Command("go", "env", v).Output()
		if err != nil {
			t.Fatal(err)
		}
		env = append(env, v+"="+strings.TrimSpace(string(out)))
	}
	cmd := exec.Command("bash", "-euo", "pipefail", "-c", script)
	cmd.Dir = "../.."
	cmd.Env = env
	// The in-engine suite and the demo's test compile the engine API with the tags the tutorial's
	// Makefile uses, in test processes running beside this one: one compiles, the others reuse it.
	release := buildlock.Hold([]string{"gdpure_bound"}, os.Environ())
	out, err := cmd.CombinedOutput()
	release()
	if err != nil {
		t.Fatalf("the tutorial's commands failed: %v\n%s\n--- script ---\n%s", err, out, script)
	}
	for _, want := range []string{
		"Hello from Go: Spinner is ready, spinning at 3 turns/s",
		"GDScript heard: the Go spinner turned 2 time(s)",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("the output lacks %q:\n%s", want, out)
		}
	}
	if _, err := os.Stat(filepath.Join(home, "mygame", "bin", "libmygame.linux."+map[string]string{"amd64": "x86_64", "arm64": "arm64"}[runtime.GOARCH]+".so")); err != nil {
		t.Errorf("no library built: %v", err)
	}
}

// gdgen init never overwrites a project, and points the plugin at this checkout.
func TestInitScaffold(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "My Game!")
	if err := runInit([]string{dir}); err != nil {
		t.Fatal(err)
	}
	mod, err := os.ReadFile(filepath.Join(dir, "go", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	root := filepath.Dir(filepath.Dir(wd))
	for _, want := range []string{"module example.com/my_game\n", "replace github.com/gdpure/gdpure => " + root + "\n",
		"require github.com/ebitengine/purego "} {
		if !strings.Contains(string(mod), want) {
			t.Errorf("go.mod lacks %q:\n%s", want, mod)
		}
	}
	for _, f := range []string{"my_game.gdextension", "project.godot", "main.tscn", "Makefile", "go/main.go", "go/zgdpure_bind.go"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
	}
	if err := runInit([]string{dir}); err == nil || !strings.Contains(err.Error(), "exists") {
		t.Errorf("a second init over the project: %v, want a refusal", err)
	}
}
