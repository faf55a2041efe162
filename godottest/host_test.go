package godottest

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadReport(t *testing.T) {
	p := filepath.Join(t.TempDir(), "r.jsonl")
	require.NoError(t, os.WriteFile(p, []byte(`{"name":"A","status":"pass"}
{"name":"B","status":"fail","output":"x"}

{"name":"C","status":"bench","metrics":{"ns/op":12.5}}
`), 0o644))
	rs, err := readReport(p)
	require.NoError(t, err)
	require.Len(t, rs, 3)
	assert.Equal(t, "B", rs[1].Name)
	assert.Equal(t, 1, countFailed(rs))
	assert.Equal(t, 12.5, rs[2].Metrics["ns/op"])

	rs, err = readReport(filepath.Join(t.TempDir(), "missing"))
	assert.NoError(t, err, "no report (crash before any test) is not a parse error")
	assert.Empty(t, rs)

	require.NoError(t, os.WriteFile(p, []byte("{broken\n"), 0o644))
	_, err = readReport(p)
	assert.Error(t, err)
}

func TestInEngineTFailNow(t *testing.T) {
	r := runOne(testCase{"x", func(t *T) { t.Fatalf("stop %d", 1); t.Errorf("not reached") }}, &T{name: "x"}, time.Now())
	assert.Equal(t, "fail", r.Status)
	assert.Contains(t, r.Output, "stop 1")
	assert.NotContains(t, r.Output, "not reached")
	r = runOne(testCase{"y", func(t *T) { t.Skip("later") }}, &T{name: "y"}, time.Now())
	assert.Equal(t, "skip", r.Status)
	r = runOne(testCase{"z", func(t *T) { panic("boom") }}, &T{name: "z"}, time.Now())
	assert.Equal(t, "fail", r.Status)
	assert.Contains(t, r.Output, "panic: boom")
}

func TestWriteProject(t *testing.T) {
	dir := t.TempDir()
	extra := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(extra, "tests"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(extra, "tests", "test_a.gd"), []byte("extends RefCounted\n"), 0o644))
	require.NoError(t, writeProject(dir, extra, false))
	cfg, err := os.ReadFile(filepath.Join(dir, ".godot", "extension_list.cfg"))
	require.NoError(t, err)
	assert.Equal(t, "res://gdpuretest.gdextension\n", string(cfg))
	_, err = os.Stat(filepath.Join(dir, "tests", "test_a.gd"))
	assert.NoError(t, err)
}

func TestCleanupsRunAfterFailure(t *testing.T) {
	var ran []string
	r := runOne(testCase{"c", func(t *T) {
		t.Cleanup(func() { ran = append(ran, "first") })
		t.Cleanup(func() { ran = append(ran, "second"); panic("in cleanup") })
		t.Fatal("stop")
	}}, &T{name: "c"}, time.Now())
	assert.Equal(t, []string{"second", "first"}, ran, "every cleanup runs, last registered first")
	assert.Equal(t, "fail", r.Status)
	assert.Contains(t, r.Output, "panic: in cleanup")
}

func TestOutputProblemsNameTheTest(t *testing.T) {
	out := "x\nSCRIPT ERROR: Invalid call. Nonexistent function 'f' in base 'Nil'.\n   at: g (res://tests/test_a.gd:3)\nSCRIPT ERROR: other\n"
	results := []Result{
		{Name: "gdscript/test_a/test_g", Status: "fail", Output: "SCRIPT ERROR: Invalid call. Nonexistent function 'f' in base 'Nil'.\n   at: g (res://tests/test_a.gd:3)\n"},
		{Name: "gdscript/test_a/test_h", Status: "pass"},
	}
	p := outputProblems(out, nil, results)
	require.Len(t, p, 2)
	assert.Equal(t, "output: SCRIPT ERROR: Invalid call. Nonexistent function 'f' in base 'Nil'. (in gdscript/test_a/test_g)", p[0])
	assert.Equal(t, "output: SCRIPT ERROR: other (outside any test)", p[1])
	assert.Empty(t, outputProblems(out, []string{"SCRIPT ERROR"}, results), "allowed output")
}

func TestWriteProjectEditor(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, writeProject(dir, "", true))
	p, err := os.ReadFile(filepath.Join(dir, "project.godot"))
	require.NoError(t, err)
	assert.Contains(t, string(p), "[autoload]\nGDPureTestDriver=\"*res://gdpure_driver.gd\"")
	_, err = os.Stat(filepath.Join(dir, "gdpure_driver.gd"))
	assert.NoError(t, err)
	require.NoError(t, writeProject(dir, "", false))
	p, err = os.ReadFile(filepath.Join(dir, "project.godot"))
	require.NoError(t, err)
	assert.NotContains(t, string(p), "autoload", "the game run adds the driver from the runner script")
}
