package main

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// genFile is one generated file: its path relative to the module root and its body (without the
// two header lines, which write adds).
type genFile struct {
	path string
	body bytes.Buffer
	asm  bool // an assembly file: not passed through gofmt
	// header replaces the first line (the command that regenerates the file), when set.
	header string
}

func newGoFile(path string) *genFile { return &genFile{path: path} }

func newAsmFile(path string) *genFile { return &genFile{path: path, asm: true} }

func (f *genFile) p(format string, args ...any) {
	fmt.Fprintf(&f.body, format, args...)
	f.body.WriteByte('\n')
}

// content returns the full file text, formatted.
func (f *genFile) content() ([]byte, error) {
	var out bytes.Buffer
	if f.header != "" {
		out.WriteString(f.header + "\n")
	} else {
		out.WriteString(regenerateCommand + "\n")
	}
	out.WriteString(generatedMarker + "\n\n")
	out.Write(f.body.Bytes())
	if f.asm {
		return out.Bytes(), nil
	}
	src, err := format.Source(out.Bytes())
	if err != nil {
		return nil, fmt.Errorf("%s: %v\n%s", f.path, err, numbered(out.String()))
	}
	return src, nil
}

func (f *genFile) write(root string) error {
	src, err := f.content()
	if err != nil {
		return err
	}
	path := filepath.Join(root, f.path)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, src, 0o644)
}

func numbered(s string) string {
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		fmt.Fprintf(&b, "%5d %s\n", i+1, line)
	}
	return b.String()
}

// camel turns snake_case or SCREAMING_CASE into a Go name, its words capitalised and Go's
// initialisms in capitals ("get_instance_id" -> "GetInstanceID", "world_2d" -> "World2D",
// "file_get_md5" -> "FileGetMD5").
func camel(s string) string {
	var b strings.Builder
	for _, part := range strings.Split(s, "_") {
		if part != "" {
			b.WriteString(goWord(part))
		}
	}
	return b.String()
}

// plainCamel is camel without initialisms, for the names of internal/gdi, which follow the C
// interface's spelling.
func plainCamel(s string) string {
	var b strings.Builder
	for _, part := range strings.Split(s, "_") {
		if part == "" {
			continue
		}
		r := []rune(strings.ToLower(part))
		r[0] = unicode.ToUpper(r[0])
		b.WriteString(string(r))
	}
	return b.String()
}

// goWord is one word of a snake_case name as a Go name writes it.
func goWord(part string) string {
	p := strings.ToLower(part)
	if w, ok := initialisms[p]; ok {
		return w
	}
	if w, ok := initialisms[strings.TrimSuffix(p, "s")]; ok && len(p) > 2 && !strings.HasSuffix(p, "ss") {
		return w + "s"
	}
	r := []rune(p)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// lowerCamel is camel with its first word in lower case, for parameter names ("from_id" ->
// "fromID", "url" -> "url").
func lowerCamel(s string) string {
	var b strings.Builder
	first := true
	for _, part := range strings.Split(s, "_") {
		if part == "" {
			continue
		}
		if first {
			b.WriteString(strings.ToLower(part))
			first = false
		} else {
			b.WriteString(goWord(part))
		}
	}
	return b.String()
}

// getterName is the Go name of the engine method snake ("get_position" -> "Position"): a getter
// loses its Get, as Effective Go names getters, unless the shorter name is taken (the class has
// another method of that name, or a name every class has): then it keeps it ("get_class" ->
// "Class", but Object's "get" stays "Get" and a class with both "get_x" and "x" has GetX and X).
func getterName(snake string, taken func(string) bool) string {
	name := camel(snake)
	rest, ok := strings.CutPrefix(strings.TrimLeft(snake, "_"), "get_")
	if !ok || rest == "" || !unicode.IsLetter(rune(rest[0])) {
		return name
	}
	if short := camel(rest); !taken(short) {
		return short
	}
	return name
}

// plainLowerCamel is plainCamel with a lower-case first letter, a Go keyword getting a trailing
// underscore, for internal/gdi.
func plainLowerCamel(s string) string {
	c := plainCamel(s)
	if c == "" {
		return c
	}
	r := []rune(c)
	r[0] = unicode.ToLower(r[0])
	name := string(r)
	if goKeywords[name] {
		name += "_"
	}
	return name
}

var goKeywords = map[string]bool{
	"break": true, "case": true, "chan": true, "const": true, "continue": true, "default": true,
	"defer": true, "else": true, "fallthrough": true, "for": true, "func": true, "go": true, "goto": true,
	"if": true, "import": true, "interface": true, "map": true, "package": true, "range": true,
	"return": true, "select": true, "struct": true, "switch": true, "type": true, "var": true,
	// predeclared names that would shadow something the generated code uses
	"len": true, "string": true, "error": true, "uintptr": true, "bool": true,
}

// comment renders description lines as a Go comment block.
func comment(lines []string, indent string) string {
	var b strings.Builder
	for _, l := range lines {
		l = strings.TrimRight(l, " ")
		if l == "" {
			b.WriteString(indent + "//\n")
		} else {
			b.WriteString(indent + "// " + l + "\n")
		}
	}
	return b.String()
}
