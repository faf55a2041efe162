package godot_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every class type is one handle pointer wide: fromHandle and As convert between them in place.
func TestClassTypesAreOneHandle(t *testing.T) {
	for _, c := range classSizes {
		assert.Equal(t, unsafe.Sizeof(uintptr(0)), c.size, "class %s", c.name)
	}
	assert.Greater(t, len(classSizes), 900, "every engine class")
}

// The native structures have the C layout: gcc compiles the same declarations (from the engine's
// format strings) and prints each size and member offset; the Go structs must agree.
func TestNativeStructureLayout(t *testing.T) {
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("no gcc")
	}
	var src strings.Builder
	src.WriteString("#include <stdio.h>\n#include <stdint.h>\n#include <stddef.h>\n")
	// The engine's math types in single precision, as package variant lays them out.
	src.WriteString("typedef struct { float x, y; } Vector2;\ntypedef struct { float x, y, z; } Vector3;\n")
	src.WriteString("typedef struct { Vector2 position, size; } Rect2;\ntypedef struct { Vector2 x, y, origin; } Transform2D;\n")
	for _, s := range nativeStructureDecls {
		src.WriteString(s.c + "\n")
	}
	src.WriteString("int main(void) {\n")
	for _, s := range nativeStructureDecls {
		fmt.Fprintf(&src, "\tprintf(\"%s %%zu\", sizeof(struct %s));\n", s.name, s.name)
		for _, m := range fieldNames(s.c) {
			fmt.Fprintf(&src, "\tprintf(\" %%zu\", offsetof(struct %s, %s));\n", s.name, m)
		}
		src.WriteString("\tprintf(\"\\n\");\n")
	}
	src.WriteString("\treturn 0;\n}\n")
	dir := t.TempDir()
	c := filepath.Join(dir, "layout.c")
	require.NoError(t, os.WriteFile(c, []byte(src.String()), 0o644))
	out, err := exec.Command("gcc", "-o", filepath.Join(dir, "layout"), c).CombinedOutput()
	require.NoError(t, err, "%s\n%s", out, src.String())
	out, err = exec.Command(filepath.Join(dir, "layout")).Output()
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	require.Len(t, lines, len(nativeStructureDecls))
	for i, s := range nativeStructureDecls {
		want := []string{s.name, fmt.Sprint(s.size)}
		for _, o := range s.offsets {
			want = append(want, fmt.Sprint(o))
		}
		assert.Equal(t, strings.Join(want, " "), lines[i], "size and offsets of %s (Go, then C)", s.name)
	}
}

// fieldNames returns the member names of a C struct declaration "struct X { T a; T b[4]; };".
func fieldNames(decl string) []string {
	body := decl[strings.Index(decl, "{")+1 : strings.LastIndex(decl, "}")]
	var names []string
	for _, m := range strings.Split(body, ";") {
		m = strings.TrimSpace(m)
		if m == "" {
			continue
		}
		f := strings.Fields(m)
		name := f[len(f)-1]
		if i := strings.Index(name, "["); i >= 0 {
			name = name[:i]
		}
		names = append(names, strings.TrimLeft(name, "*"))
	}
	return names
}
