package winsmoke

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSmoke builds the plugin DLL with mingw-w64 and the host with Go, and runs the host under
// wine (make test-cross sets GDPURE_CROSS=1 and provides the tools: WINE, and mingw-w64's gcc):
// once on the call path a plugin gets by default (asm: the Win64 trampolines), once on the
// purego path (-tags gdpure_purego).
func TestSmoke(t *testing.T) {
	if os.Getenv("GDPURE_CROSS") == "" {
		t.Skip("the Windows smoke test runs in make test-cross (GDPURE_CROSS=1)")
	}
	for _, path := range []string{"asm", "purego"} {
		t.Run(path, func(t *testing.T) { smoke(t, path) })
	}
}

func smoke(t *testing.T, path string) {
	wine := os.Getenv("WINE")
	if wine == "" {
		wine = "wine"
	}
	dir := t.TempDir()
	dll, host := filepath.Join(dir, "plugin.dll"), filepath.Join(dir, "host.exe")
	start := time.Now()
	build := func(env []string, args ...string) {
		cmd := exec.Command("go", args...)
		cmd.Env = append(os.Environ(), env...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	tags := "gdpure_" + path // gdpure_asm is no tag of the project's: the default path
	build([]string{"GOOS=windows", "GOARCH=amd64", "CGO_ENABLED=1", "CC=x86_64-w64-mingw32-gcc"},
		"build", "-tags", tags, "-buildmode=c-shared", "-o", dll, "./plugin")
	build([]string{"GOOS=windows", "GOARCH=amd64", "CGO_ENABLED=0"}, "build", "-o", host, "./host")
	t.Logf("built the plugin DLL and the host in %.1f s", time.Since(start).Seconds())

	exports, err := exec.Command("x86_64-w64-mingw32-objdump", "-p", dll).Output()
	if err != nil {
		t.Fatalf("objdump: %v", err)
	}
	if !strings.Contains(string(exports), "] gdpure_entry") {
		t.Fatalf("the DLL does not export gdpure_entry:\n%s", exports)
	}

	cmd := exec.Command(wine, host, dll)
	cmd.Env = append(os.Environ(), "WINEDEBUG=-all")
	out, err := cmd.CombinedOutput()
	t.Logf("host output:\n%s", out)
	if err != nil {
		t.Fatalf("the host failed under wine: %v", err)
	}
	want := []string{
		"host: entry looked up 176 interface functions",
		"warning: init core (engine 4.6.0, " + path + " path, main thread true)",
		"warning: init servers", "warning: init scene", "warning: init editor",
		"warning: startup", "warning: queued work ran (main thread true)", "warning: shutdown",
		"warning: deinit editor", "warning: deinit scene", "warning: deinit servers", "warning: deinit core",
		"host: ok",
	}
	// Engine calls on the Windows path allocate nothing (a few allocations of the runtime's own
	// may fall in the window; one per call would be 2,000).
	var calls, allocs int
	if i := strings.Index(string(out), "warning: 2000 engine calls made "); i < 0 {
		t.Fatalf("the plugin did not report its engine calls' allocations")
	} else if _, err := fmt.Sscanf(string(out[i:]), "warning: %d engine calls made %d Go allocations", &calls, &allocs); err != nil {
		t.Fatalf("reading the allocation report: %v", err)
	}
	if allocs > 20 {
		t.Errorf("%d engine calls made %d Go allocations: the Windows call path allocates", calls, allocs)
	}
	t.Logf("%d engine calls made %d Go allocations", calls, allocs)
	rest := string(out)
	for _, w := range want {
		i := strings.Index(rest, w)
		if i < 0 {
			t.Fatalf("missing, or out of order: %q", w)
		}
		rest = rest[i+len(w):]
	}
}
