// Package godottest runs tests inside a real headless Godot and reports them to go test.
//
// A test extension is a Go main package (built with -buildmode=c-shared) that imports
// gdextension/entry, registers in-engine tests with Test and benchmarks with Bench, and has an
// ordinary _test.go file on the host side:
//
//	func TestEngine(t *testing.T) { godottest.Run(t, godottest.Config{}) }
//
// Run builds the package as a shared library, prepares a Godot project around it (project.godot, a
// .gdextension file, .godot/extension_list.cfg, the runner scripts and the files of
// Config.ProjectDir), starts headless Godot, and turns each in-engine test — Go tests registered
// with Test, and GDScript tests (methods named test_* of scripts res://tests/test_*.gd) — into a Go
// subtest, so go test's own summary counts them.
//
// The run fails on a crash, a non-zero exit, a "SCRIPT ERROR:", the engine's leak messages at exit
// ("ObjectDB instances leaked", "resources still in use"), C buffers of gdpure still live at exit,
// or a timeout, and shows Godot's output when it fails. GODOTTEST_LIBRARY, when set, names a
// library built beforehand that is used instead of building the package (make mutants builds each
// planted bug once and runs it in several modes); GODOTTEST_TIMEOUT (a duration such as 90s)
// bounds the engine run when Config.Timeout does not (default 5 minutes). The extension of each
// build configuration (package, tags, architecture) is linked once per test process and reused by
// every run that asks for it; GODOTTEST_BUILD_CACHE, when set, names a directory that keeps them
// across processes too, for runs over a source tree that does not change in between (make test's
// two stages). Without an engine Run
// fails with the message that says how to get one (make godot, or GODOT=); under go test -short it
// skips.
//
// # Tests in the scene tree
//
// The tests run in a live SceneTree, on the engine's main thread, one after the other: first the Go
// tests, then the GDScript tests. A driver node (GDPureTestDriver, a child of the root window that
// processes last in every frame, also when the tree is paused) runs them from its _process and
// _physics_process. A test may add nodes to the tree and wait while the engine runs frames: a wait
// hands the main thread back to the engine and returns at the end of a later frame, after every
// other node's processing, so a node added before a wait of n frames has had _process (or
// _physics_process) called exactly n times. The test's own code never runs concurrently with the
// engine. A test that is still waiting after Config.TestTimeout (default 1 minute) is stopped and
// fails with "timed out"; the run goes on with the next test.
//
// # Go tests
//
// Inside the engine a Go test gets a *T, which satisfies testify's TestingT (assert and require
// work) and has, besides the methods of testing.T it mirrors (Errorf, Fatal, Skip, Log, …):
//
//   - Tree and Root: the SceneTree (the engine's main loop) and its root Window, typed;
//   - AddNode(node): add a node to the root, freed when the test ends if still alive;
//   - Cleanup(fn): run fn when the test ends (passed, failed or stopped), last registered first;
//   - WaitFrames(n), WaitPhysicsFrames(n): let the engine run n process or physics frames;
//   - WaitUntil(maxFrames, cond): wait frame by frame until cond holds;
//   - WaitSignal(obj, signal, timeout): wait until obj emits the signal and get its arguments as
//     Variants; a timeout (real time) or the object freed first fails the test and ends it;
//   - WaitTime(d): wait d of engine time (a SceneTree timer).
//
// A script error the engine reports while a Go test runs (from GDScript the test calls) fails that
// test. TestAfterShutdown registers tests that run after the main loop has ended (no tree, no
// waits).
//
// # GDScript tests
//
// Each method test_* of a script res://tests/test_*.gd is a test, named
// gdscript/test_FILE/test_METHOD. The runner makes a new instance of the script for each test
// (a Node instance is freed afterwards) and calls the method with a checker t:
//
//	t.fail(msg)                      # record a failure and go on
//	t.log(msg)                       # a line of output (shown on failure or with go test -v)
//	t.skip(msg)                      # mark the test skipped (then return)
//	t.assert_true(cond, msg = "")    t.assert_false(cond, msg = "")
//	t.assert_eq(got, want, msg = "") # same Variant type and equal
//	t.assert_ne(got, other, msg = "")
//	t.tree, t.root                   # the SceneTree and its root Window
//	t.add_node(node) -> Node         # add to the root; freed when the test ends
//
// A test method may be a coroutine: the runner awaits it, frame by frame, up to the timeout. The
// checker's waits are coroutines too:
//
//	await t.frames(n)                            # n process frames
//	await t.physics_frames(n)                    # n physics frames
//	await t.timer(sec)                           # sec seconds of engine time
//	var args = await t.wait_signal(obj, "name", timeout_sec = 5.0)
//	                                             # the signal's arguments as an Array; on timeout
//	                                             # the test fails and it returns null
//
// A script error (SCRIPT ERROR: in the output) while a GDScript test runs fails that test, with the
// error and where it happened; the run goes on. Output lines matched by Config.AllowOutput are
// exempt. The run-wide check on the engine's output stays as a backstop, and names the test each
// script error was reported to.
//
// The order is fixed: Go tests in the order they were registered, then the GDScript scripts by
// file name, the methods of each as declared.
//
// # The editor
//
// Config.Editor runs the same tests inside the editor (godot --headless --editor): the driver is
// then an autoload, Engine.is_editor_hint() is true, and only tool classes (classdb.Tool) and
// @tool scripts run their code; a GDScript test script must be @tool to run there. The editor runs
// with its own settings and caches (XDG_CONFIG_HOME and friends in a temporary directory), so the
// user's editor settings and list of recent projects stay untouched and parallel runs do not share
// files. The editor's first scan of the fresh project is quick (no assets to import): an editor run
// takes about 3 to 6 s of engine time, against 1 s for a game run.
package godottest
