// Package buildlock keeps the test processes of one `make test` from compiling the same thing at
// the same time. `go test ./...` runs several packages' tests at once, and three of them build a
// shared library of the engine API with the same tags (the in-engine suite's extension, the demo,
// the tutorial's project): run together, each compiles package godot (a minute of a core) because
// Go's build cache only serves what is finished. Under one lock per configuration the first builds
// and the others find its packages in the cache.
//
// The lock is a file in GODOTTEST_BUILD_CACHE, the directory make test makes for the libraries of
// one run; without that variable nothing is locked.
package buildlock

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
)

// Hold waits until no other process holds the lock of the build configuration named by tags and
// the build environment env (GOARCH, GOOS, CGO_*, GOFLAGS entries; others are ignored), takes it,
// and returns its release. It returns a no-op release when locking is not set up or not possible.
func Hold(tags, env []string) (release func()) {
	dir := os.Getenv("GODOTTEST_BUILD_CACHE")
	if dir == "" {
		return func() {}
	}
	h := sha256.New()
	h.Write([]byte(strings.Join(tags, ",")))
	for _, kv := range env {
		for _, name := range []string{"GOFLAGS=", "GOARCH=", "GOOS=", "CC=", "CGO_", "GOTOOLCHAIN=", "GOEXPERIMENT="} {
			if strings.HasPrefix(kv, name) {
				h.Write([]byte("\x00" + kv))
			}
		}
	}
	path := filepath.Join(dir, "build-"+hex.EncodeToString(h.Sum(nil))[:16]+".lock")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return func() {}
	}
	if !lock(f) {
		f.Close()
		return func() {}
	}
	return func() { f.Close() } // closing the file releases the lock
}
