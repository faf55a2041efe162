package godottest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/gdpure/gdpure/internal/buildlock"
)

// The extension is linked once per build configuration, not once per engine run. A linked
// library of a suite is tens of megabytes, and its link takes most of a build with a warm Go
// cache (15 s for the project's own suite on 2 cores); `go build` never caches a link's output.
// The tests of one test binary (an engine run per call path, the editor's runs, the runs that
// expect a crash) mostly build the same extension, so the library of each configuration is kept
// in memory for the rest of the process and written out for every run that wants it.
//
// GODOTTEST_BUILD_CACHE, when set, names a directory that keeps the libraries across processes
// too (make test sets it to a fresh directory for its two stages, which build the same libraries
// and differ only in the environment the engine runs with). Only a run over an unchanged source
// tree may share that directory: the key is the build's inputs as this package sees them (package
// directory, tags, architecture, Go flags and toolchain), not the source files.
var builtLibraries libraryCache

// libraryCache holds the linked libraries of this process by build key. Builds of different
// configurations run at the same time (TestEngine builds both call paths' at once); a run that
// wants a configuration being built waits for it.
type libraryCache struct {
	sync.Mutex
	builds map[string]*libraryBuild
}

// libraryBuild is one configuration's library: done is closed when data or err is set.
type libraryBuild struct {
	done chan struct{}
	data []byte
	err  error
}

// buildKey names one build configuration of the extension.
func buildKey(pkgDir string, tags, env []string) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00", pkgDir, strings.Join(tags, ","))
	for _, kv := range env {
		for _, name := range []string{"GOFLAGS=", "GOARCH=", "GOOS=", "CC=", "CGO_", "GOTOOLCHAIN=", "GOEXPERIMENT=", "GOAMD64=", "GOARM64="} {
			if strings.HasPrefix(kv, name) {
				fmt.Fprintf(h, "%s\x00", kv)
			}
		}
	}
	if v, err := exec.Command("go", "env", "GOVERSION").Output(); err == nil {
		h.Write(v)
	}
	return hex.EncodeToString(h.Sum(nil))[:24]
}

// buildLibrary writes the extension of package pkg built with tags to lib, linking it
// only when no earlier build of the same configuration is kept. It returns how long the build
// took (0 when the library was reused) and whether it was reused.
func buildLibrary(lib string, tags, env []string, pkg string) (time.Duration, bool, error) {
	pkgDir, err := filepath.Abs(pkg)
	if err != nil || !isDir(pkgDir) {
		pkgDir = pkg // an import path
	}
	key := buildKey(pkgDir, tags, env)
	builtLibraries.Lock()
	if b, ok := builtLibraries.builds[key]; ok {
		builtLibraries.Unlock()
		<-b.done
		if b.err != nil {
			return 0, false, b.err
		}
		return 0, true, writeLibrary(lib, b.data)
	}
	b := &libraryBuild{done: make(chan struct{})}
	if builtLibraries.builds == nil {
		builtLibraries.builds = map[string]*libraryBuild{}
	}
	builtLibraries.builds[key] = b
	builtLibraries.Unlock()
	defer close(b.done)

	start := time.Now()
	var reused bool
	b.data, reused, b.err = linkLibrary(lib, key, tags, env, pkg)
	if b.err != nil {
		return 0, false, b.err
	}
	if reused {
		return 0, true, writeLibrary(lib, b.data)
	}
	return time.Since(start), false, nil
}

// linkLibrary reads the library of configuration key from GODOTTEST_BUILD_CACHE, or builds it
// into lib (and keeps it there) and returns its bytes.
func linkLibrary(lib, key string, tags, env []string, pkg string) (data []byte, reused bool, err error) {
	shared := os.Getenv("GODOTTEST_BUILD_CACHE")
	if shared != "" {
		if data, err := os.ReadFile(filepath.Join(shared, key+".so")); err == nil {
			return data, true, nil
		}
	}
	args := []string{"build", "-buildmode=c-shared", "-o", lib}
	if len(tags) > 0 {
		args = append(args, "-tags", strings.Join(tags, ","))
	}
	args = append(args, pkg)
	// Another test process may be compiling the engine API with the same tags (the demo's test):
	// wait for it, then Go's build cache has those packages.
	release := buildlock.Hold(tags, env)
	defer release()
	if shared != "" {
		if data, err := os.ReadFile(filepath.Join(shared, key+".so")); err == nil {
			return data, true, nil
		}
	}
	build := exec.Command("go", args...)
	// GOGC is for the engine's run (GOGC=1 in guard mode); the compiler and linker running under
	// it would take several times as long.
	build.Env = withoutVar(env, "GOGC")
	if out, err := build.CombinedOutput(); err != nil {
		return nil, false, fmt.Errorf("building the test extension (go %s): %v\n%s", strings.Join(args, " "), err, out)
	}
	data, err = os.ReadFile(lib)
	if err != nil {
		return nil, false, err
	}
	if shared != "" {
		// Written under a temporary name and renamed: a process of another package's tests may
		// read the directory at the same time.
		tmp := filepath.Join(shared, fmt.Sprintf("%s.%d.tmp", key, os.Getpid()))
		if err := os.WriteFile(tmp, data, 0o644); err == nil {
			_ = os.Rename(tmp, filepath.Join(shared, key+".so"))
		}
	}
	return data, false, nil
}

func writeLibrary(lib string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(lib), 0o755); err != nil {
		return err
	}
	return os.WriteFile(lib, data, 0o755)
}

func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

// withoutVar returns env without the variable name.
func withoutVar(env []string, name string) []string {
	var out []string
	for _, kv := range env {
		if !strings.HasPrefix(kv, name+"=") {
			out = append(out, kv)
		}
	}
	return out
}
