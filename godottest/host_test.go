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
	require.NoError(t, writeProject(dir, extra))
	cfg, err := os.ReadFile(filepath.Join(dir, ".godot", "extension_list.cfg"))
	require.NoError(t, err)
	assert.Equal(t, "res://gdpuretest.gdextension\n", string(cfg))
	_, err = os.Stat(filepath.Join(dir, "tests", "test_a.gd"))
	assert.NoError(t, err)
}
