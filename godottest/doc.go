// Package godottest runs tests inside a real headless Godot and reports them to go test.
//
// A test extension is a Go main package (built with -buildmode=c-shared) that imports
// gdextension/entry, registers in-engine tests with Test and benchmarks with Bench, and has an
// ordinary _test.go file on the host side:
//
//	func TestEngine(t *testing.T) { godottest.Run(t, godottest.Config{}) }
//
// Run builds the package as a shared library, prepares a Godot project around it (project.godot, a
// .gdextension file, .godot/extension_list.cfg, the runner script and the files of
// Config.ProjectDir), starts headless Godot, and turns each in-engine test — Go tests registered
// with Test, and GDScript tests (methods named test_* of scripts res://tests/test_*.gd) — into a Go
// subtest, so go test's own summary counts them.
//
// The run fails on a crash, a non-zero exit, a "SCRIPT ERROR:", the engine's leak messages at exit
// ("ObjectDB instances leaked", "resources still in use"), C buffers of gdpure still live at exit,
// or a timeout, and shows Godot's output when it fails. Without an engine Run fails with the message
// that says how to get one (make godot, or GODOT=); under go test -short it skips.
//
// Inside the engine a test gets a *T, which satisfies testify's TestingT (assert and require work).
package godottest
