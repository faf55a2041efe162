package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/internal/buildlock"
)

// TestDemoIsDeterministic builds the demo, runs it twice as make demo does (the bot playing at a
// fixed 60 fps) in a copy of the project, and checks that both runs exit 0 without engine errors,
// print a summary in which the bot died and restarted, and print the same output byte for byte
// apart from the engine's banner.
func TestDemoIsDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the demo and runs it in Godot")
	}
	godot, err := godottest.FindGodot()
	if err != nil {
		t.Fatal(err)
	}
	project := copyProject(t)
	// The suite's extension and the tutorial's project compile the engine API with these tags too,
	// in test processes running beside this one: one compiles, the others reuse it.
	release := buildlock.Hold([]string{"gdpure_bound"}, os.Environ())
	build := exec.Command("go", "build", "-tags", "gdpure_bound", "-buildmode=c-shared", "-o", filepath.Join(project, "bin", "libdemo.linux."+map[string]string{"amd64": "x86_64", "arm64": "arm64"}[runtime.GOARCH]+".so"), ".")
	out, err := build.CombinedOutput()
	release()
	if err != nil {
		t.Fatalf("building the demo: %v\n%s", err, out)
	}
	first := runDemo(t, godot, project)
	second := runDemo(t, godot, project)
	if first != second {
		t.Errorf("two runs differ:\n--- first\n%s\n--- second\n%s", first, second)
	}
	m := regexp.MustCompile(`\[demo\] summary: frames=(\d+) spawns=(\d+) .* deaths=(\d+) restarts=(\d+) .*hud_updates=(\d+)`).FindStringSubmatch(first)
	if m == nil {
		t.Fatalf("no summary in the output:\n%s", first)
	}
	n := func(i int) int { v, _ := strconv.Atoi(m[i]); return v }
	if n(1) != 3600 || n(2) == 0 || n(3) == 0 || n(4) == 0 || n(5) == 0 {
		t.Errorf("the bot should play 3600 frames, meet enemies, die, restart and update the HUD:\n%s", first)
	}
}

// copyProject copies the Godot project (demo_project without go/, bin/ and .godot/) into a
// temporary folder, and lists the extension for the engine as the editor would.
func copyProject(t *testing.T) string {
	dir := t.TempDir()
	entries, err := os.ReadDir("..")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join("..", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Join(dir, ".godot"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".godot", "extension_list.cfg"), []byte("res://demo.gdextension\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// runDemo runs the demo's bot in headless Godot and returns its output without the banner; the
// run must exit 0 and print no errors.
func runDemo(t *testing.T, godot, project string) string {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, godot, "--headless", "--path", project, "--fixed-fps", "60", "--quit-after", "5000", "--", "--bot")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("godot: %v\n%s%s", err, stdout.String(), stderr.String())
	}
	out := stdout.String()
	if stderr.Len() > 0 || strings.Contains(out, "ERROR") {
		t.Fatalf("the demo printed errors:\n%s%s", out, stderr.String())
	}
	if strings.HasPrefix(out, "Godot Engine") {
		_, out, _ = strings.Cut(out, "\n")
	}
	return out
}
