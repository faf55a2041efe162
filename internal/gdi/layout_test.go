package gdi

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

// layoutType is one entry of the generated layoutTypes table (zlayout_test.go): a type of
// gdextension_interface.json with the size and alignment of its Go form, and for a struct its
// members.
type layoutType struct {
	c      string // C (typedef) name, as in the JSON and the header
	kind   string // JSON kind: enum, handle, alias, struct, function
	goName string
	typ    reflect.Type // the Go type
	size   uintptr
	align  uintptr
	fields []layoutField
}

// layoutField is one member of a struct in layoutTypes.
type layoutField struct {
	c      string // C member name
	cType  string // C type, as in the JSON
	goName string
	offset uintptr
	size   uintptr
}

// TestLayoutTableComplete checks that the generated layout table covers every type of the pinned
// gdextension_interface.json and every member of every struct: the struct layout test writes its C
// program from the same table, so a short table would make it check less without failing.
func TestLayoutTableComplete(t *testing.T) {
	api := loadInterfaceJSON(t)
	if len(layoutTypes) != len(api.Types) {
		t.Errorf("layoutTypes has %d types, the JSON %d: run go run ./cmd/gdgen", len(layoutTypes), len(api.Types))
	}
	for i, jt := range api.Types {
		if i >= len(layoutTypes) {
			break
		}
		lt := layoutTypes[i]
		if lt.c != jt.Name || lt.kind != jt.Kind {
			t.Errorf("layoutTypes[%d] is %s (%s), the JSON has %s (%s)", i, lt.c, lt.kind, jt.Name, jt.Kind)
			continue
		}
		if jt.Kind != "struct" {
			continue
		}
		var want, got []string
		for _, m := range jt.Members {
			want = append(want, m.Name)
		}
		for _, f := range lt.fields {
			got = append(got, f.c)
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("layoutTypes entry %s has members\n\t%v\nthe JSON\n\t%v", lt.c, got, want)
		}
	}
}

// TestStructLayout compares the Go layout of every interface type with what a C compiler makes of
// the gdextension_interface.h the engine dumps: the size and alignment of every type, and the
// offset and size of every struct member.
func TestStructLayout(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short: it runs Godot and a C compiler")
	}
	godot := findGodot(t)
	cc := strings.Fields(os.Getenv("CC")) // CC may carry flags, as in "gcc -m64"
	if len(cc) == 0 {
		cc = []string{"gcc"}
	}
	if _, err := exec.LookPath(cc[0]); err != nil {
		t.Skipf("no C compiler %q on PATH (set CC to one): the layout test compiles a C program against gdextension_interface.h", cc[0])
	}
	dir := t.TempDir()

	out, err := runIn(dir, godot, "--headless", "--dump-gdextension-interface")
	header := filepath.Join(dir, "gdextension_interface.h")
	if _, statErr := os.Stat(header); err != nil || statErr != nil {
		t.Fatalf("%s --headless --dump-gdextension-interface wrote no gdextension_interface.h (%v, %v):\n%s", godot, err, statErr, out)
	}
	if v, err := runIn(dir, godot, "--headless", "--version"); err == nil {
		lines := strings.Split(strings.TrimSpace(string(v)), "\n")
		t.Logf("header from Godot %s (%s)", lines[len(lines)-1], godot)
	}

	src := filepath.Join(dir, "layout.c")
	if err := os.WriteFile(src, layoutCProgram(layoutTypes), 0o644); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "layout")
	if out, err := runIn(dir, cc[0], append(cc[1:], "-std=c11", "-Wall", "-I", dir, "-o", bin, src)...); err != nil {
		t.Fatalf("%s failed on the layout program: %v\n%s", cc[0], err, out)
	} else if len(bytes.TrimSpace(out)) > 0 {
		t.Logf("%s warnings:\n%s", cc[0], out)
	}
	out, err = runIn(dir, bin)
	if err != nil {
		t.Fatalf("layout program: %v\n%s", err, out)
	}
	c, err := parseLayoutOutput(out)
	if err != nil {
		t.Fatalf("layout program output: %v", err)
	}

	checked, members := 0, 0
	for _, lt := range layoutTypes {
		checked++
		goDesc := fmt.Sprintf("Go %s (%s)", lt.goName, lt.typ.Kind())
		compare(t, c, lt.c+" sizeof", lt.c+": sizeof", goDesc, "C "+lt.c, lt.size)
		compare(t, c, lt.c+" alignof", lt.c+": alignof", goDesc, "C "+lt.c, lt.align)
		for _, f := range lt.fields {
			members++
			what := lt.c + "." + f.c
			goDesc := fmt.Sprintf("Go %s.%s", lt.goName, f.goName)
			if sf, ok := lt.typ.FieldByName(f.goName); ok {
				goDesc += " " + sf.Type.String()
			}
			cDesc := "C " + f.cType
			compare(t, c, lt.c+" "+f.c, what+": offset", goDesc, cDesc, f.offset)
			compare(t, c, lt.c+" "+f.c+" sizeof", what+": sizeof", goDesc, cDesc, f.size)
		}
	}
	if want := 2*checked + 2*members; len(c) != want {
		t.Errorf("the C program printed %d distinct lines, want %d (two per type and two per member)", len(c), want)
	}
	t.Logf("compared %d types and %d struct members with the C header", checked, members)
}

// compare reports a mismatch between the Go value and the C value of key.
func compare(t *testing.T, c map[string]uint64, key, what, goDesc, cDesc string, goVal uintptr) {
	t.Helper()
	cVal, ok := c[key]
	if !ok {
		t.Errorf("%s: the C program printed no %q line", what, key)
		return
	}
	if uint64(goVal) != cVal {
		t.Errorf("%s differs:\n\t%-60s %d\n\t%-60s %d", what, goDesc, goVal, cDesc, cVal)
	}
}

// layoutCProgram writes a C program that prints, for every type of the table, "T sizeof N" and
// "T alignof N", and for every struct member "T m OFFSET" and "T m sizeof N".
func layoutCProgram(types []layoutType) []byte {
	var b bytes.Buffer
	b.WriteString(`#include <stddef.h>
#include <stdio.h>
#include "gdextension_interface.h"

#define TYPE(T) printf("%s sizeof %zu\n%s alignof %zu\n", #T, sizeof(T), #T, (size_t)_Alignof(T));
#define MEMBER(T, M) printf("%s %s %zu\n%s %s sizeof %zu\n", #T, #M, offsetof(T, M), #T, #M, sizeof(((T *)0)->M));

int main(void) {
`)
	for _, lt := range types {
		fmt.Fprintf(&b, "\tTYPE(%s)\n", lt.c)
		for _, f := range lt.fields {
			fmt.Fprintf(&b, "\tMEMBER(%s, %s)\n", lt.c, f.c)
		}
	}
	b.WriteString("\treturn 0;\n}\n")
	return b.Bytes()
}

// parseLayoutOutput reads the lines of the C program into a map from everything before the last
// field ("T sizeof", "T m", "T m sizeof") to the number.
func parseLayoutOutput(out []byte) (map[string]uint64, error) {
	m := map[string]uint64{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 3 || len(fields) > 4 {
			return nil, fmt.Errorf("unexpected line %q", sc.Text())
		}
		n, err := strconv.ParseUint(fields[len(fields)-1], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("line %q: %v", sc.Text(), err)
		}
		m[strings.Join(fields[:len(fields)-1], " ")] = n
	}
	return m, sc.Err()
}

// runIn runs a command in dir with a time limit and returns its combined output.
func runIn(dir, name string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	return cmd.CombinedOutput()
}

// findGodot returns the engine to test against: $GODOT if set, else the copy `make godot`
// provisions into .cache/godot of this checkout (or of the main checkout, when this one is a git
// worktree). It skips the test when there is none.
func findGodot(t *testing.T) string {
	t.Helper()
	if g := os.Getenv("GODOT"); g != "" {
		if _, err := os.Stat(g); err != nil {
			t.Fatalf("GODOT=%s: %v", g, err)
		}
		return g
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	candidates := []string{filepath.Join(root, ".cache", "godot", "godot")}
	if out, err := exec.Command("git", "-C", root, "rev-parse", "--path-format=absolute", "--git-common-dir").Output(); err == nil {
		mainRoot := filepath.Dir(strings.TrimSpace(string(out)))
		if mainRoot != root {
			candidates = append(candidates, filepath.Join(mainRoot, ".cache", "godot", "godot"))
		}
	}
	for _, c := range candidates {
		if fi, err := os.Stat(c); err == nil && !fi.IsDir() {
			return c
		}
	}
	t.Skipf("no Godot found (GODOT is unset; looked for %s): run `make godot` or set GODOT=/path/to/godot (4.6 or newer)",
		strings.Join(candidates, ", "))
	return ""
}
