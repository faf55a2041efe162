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

// camel turns snake_case or SCREAMING_CASE into CamelCase ("variant_get_type" -> "VariantGetType").
func camel(s string) string {
	var b strings.Builder
	for _, part := range strings.Split(s, "_") {
		if part == "" {
			continue
		}
		part = strings.ToLower(part)
		r := []rune(part)
		r[0] = unicode.ToUpper(r[0])
		b.WriteString(string(r))
	}
	return b.String()
}

// lowerCamel is camel with a lower-case first letter, for parameter names.
func lowerCamel(s string) string {
	c := camel(s)
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
