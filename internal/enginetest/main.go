// Command enginetest is gdpure's own in-engine test extension: built as a shared library and run
// inside headless Godot by `go test` (see engine_test.go and package godottest).
package main

import (
	_ "github.com/gdpure/gdpure/gdextension/entry"
)

func main() {}
