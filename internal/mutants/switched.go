package main

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Switched mutants: one build for many. A mutant whose edits all lie inside function bodies can be
// planted beside the code it changes instead of in its place: the function is copied under a new
// name with the mutant's edits, and the original gets a first statement that calls the copy when
// GDPURE_MUTANT names the mutant. Every such mutant of a run is planted in one overlay, so one
// library (and one compile of the packages above the mutated ones, package godot among them)
// serves all of them, each selected at run time. The rest (assembly, declarations) are built one
// by one as before.
//
// The switch costs a string comparison on entry of each mutated function and may stop the compiler
// inlining it; the mutated copy itself is the mutant's code compiled as a function of its own.

// mutantVar is what the planted switches read: GDPURE_MUTANT, in a file the overlay adds to
// package internal/faults (a leaf package every layer may import).
const (
	faultsImport = "github.com/gdpure/gdpure/internal/faults"
	faultsAlias  = "gdpuremutant"
	mutantEnv    = "GDPURE_MUTANT"
	faultsFile   = "package faults\n\nimport \"os\"\n\n// Mutant names the switched mutant this run plants (internal/mutants); empty for none.\nvar Mutant = os.Getenv(\"" + mutantEnv + "\")\n"
)

// switchedSource returns the source of file (relative to root) with the switchable mutants ms
// planted beside the code they change; an error names a mutant that cannot be switched.
func switchedSource(root, file string, ms []mutant) (string, error) {
	path := filepath.Join(root, file)
	srcBytes, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	src := string(srcBytes)
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, srcBytes, parser.ParseComments)
	if err != nil {
		return "", err
	}
	off := func(p token.Pos) int { return fset.Position(p).Offset }

	type insertion struct {
		at   int
		text string
	}
	var inserts []insertion
	var copies []string
	for _, m := range ms {
		// The functions this mutant touches, with its edits in each.
		type touched struct {
			fn    *ast.FuncDecl
			edits []edit
		}
		var fns []*touched
		for _, e := range append([]edit{{m.old, m.new}}, m.more...) {
			if strings.Count(src, e.old) != 1 {
				return "", fmt.Errorf("%s: the code to mutate occurs %d times in %s (want 1)", m.name, strings.Count(src, e.old), file)
			}
			at := strings.Index(src, e.old)
			var in *ast.FuncDecl
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && off(fd.Body.Lbrace) < at && at+len(e.old) <= off(fd.Body.Rbrace) {
					in = fd
				}
			}
			if in == nil {
				return "", fmt.Errorf("%s: an edit is not inside a function body", m.name)
			}
			var t *touched
			for _, x := range fns {
				if x.fn == in {
					t = x
				}
			}
			if t == nil {
				t = &touched{fn: in}
				fns = append(fns, t)
			}
			t.edits = append(t.edits, e)
		}
		for _, t := range fns {
			fd := t.fn
			name := "mutant_" + strings.ReplaceAll(m.name, "-", "_") + "_" + fd.Name.Name
			call, err := forwardingCall(src, off, fd, name)
			if err != nil {
				return "", fmt.Errorf("%s: %v", m.name, err)
			}
			body := "\n\tif " + faultsAlias + ".Mutant == " + fmt.Sprintf("%q", m.name) + " {\n\t\t"
			if fd.Type.Results != nil && fd.Type.Results.NumFields() > 0 {
				body += "return " + call
			} else {
				body += call + "\n\t\treturn"
			}
			body += "\n\t}\n"
			inserts = append(inserts, insertion{off(fd.Body.Lbrace) + 1, body})

			// The copy: the function's text with the edits, under its new name, with its //go:
			// directives.
			start, end := off(fd.Pos()), off(fd.End())
			text := src[start:end]
			for _, e := range t.edits {
				if strings.Count(text, e.old) != 1 {
					return "", fmt.Errorf("%s: the code to mutate is not once in %s", m.name, fd.Name.Name)
				}
				text = strings.Replace(text, e.old, e.new, 1)
			}
			nameAt := off(fd.Name.Pos()) - start
			text = text[:nameAt] + name + text[nameAt+len(fd.Name.Name):]
			var directives string
			if fd.Doc != nil {
				for _, c := range fd.Doc.List {
					if strings.HasPrefix(c.Text, "//go:") {
						directives += c.Text + "\n"
					}
				}
			}
			copies = append(copies, "\n// "+name+" is "+fd.Name.Name+" with mutant "+m.name+" planted.\n"+directives+text+"\n")
		}
	}
	// The import, after the package clause's line.
	pkgLineEnd := off(f.Name.End())
	if nl := strings.IndexByte(src[pkgLineEnd:], '\n'); nl >= 0 {
		pkgLineEnd += nl + 1
	} else {
		return "", fmt.Errorf("%s: no line after the package clause", file)
	}
	inserts = append(inserts, insertion{pkgLineEnd, "\nimport " + faultsAlias + " \"" + faultsImport + "\"\n"})
	sort.Slice(inserts, func(i, j int) bool { return inserts[i].at > inserts[j].at })
	for _, in := range inserts {
		src = src[:in.at] + in.text + src[in.at:]
	}
	return src + strings.Join(copies, ""), nil
}

// forwardingCall is the call of the copy name of fd with fd's own receiver and parameters.
func forwardingCall(src string, off func(token.Pos) int, fd *ast.FuncDecl, name string) (string, error) {
	callee := name
	if fd.Recv != nil {
		if len(fd.Recv.List) != 1 || len(fd.Recv.List[0].Names) != 1 || fd.Recv.List[0].Names[0].Name == "_" {
			return "", fmt.Errorf("%s has an unnamed receiver", fd.Name.Name)
		}
		callee = fd.Recv.List[0].Names[0].Name + "." + name
	}
	if tp := fd.Type.TypeParams; tp != nil && len(tp.List) > 0 {
		var ps []string
		for _, fl := range tp.List {
			for _, n := range fl.Names {
				ps = append(ps, n.Name)
			}
		}
		callee += "[" + strings.Join(ps, ", ") + "]"
	}
	var args []string
	for _, fl := range fd.Type.Params.List {
		if len(fl.Names) == 0 {
			return "", fmt.Errorf("%s has unnamed parameters", fd.Name.Name)
		}
		for _, n := range fl.Names {
			if n.Name == "_" {
				return "", fmt.Errorf("%s has a parameter named _", fd.Name.Name)
			}
			a := n.Name
			if _, ok := fl.Type.(*ast.Ellipsis); ok {
				a += "..."
			}
			args = append(args, a)
		}
	}
	return callee + "(" + strings.Join(args, ", ") + ")", nil
}

// plantSwitched writes the sources of the switchable mutants among ms, all planted together, and
// an overlay that puts them in place (with GDPURE_MUTANT's variable in package internal/faults). It
// returns the overlay and the mutants it planted; the others cannot be switched (the reason is
// printed) and need builds of their own.
func plantSwitched(root, tmp string, ms []mutant) (overlay string, planted map[string]bool, err error) {
	dir := filepath.Join(tmp, "switched")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", nil, err
	}
	// Which mutants switch: each one alone first, so one that cannot does not stop the others.
	byFile := map[string][]mutant{}
	var files []string
	for _, m := range ms {
		if strings.HasSuffix(m.file, ".go") {
			if _, err := switchedSource(root, m.file, []mutant{m}); err == nil {
				if byFile[m.file] == nil {
					files = append(files, m.file)
				}
				byFile[m.file] = append(byFile[m.file], m)
				continue
			}
		}
	}
	planted = map[string]bool{}
	replace := map[string]string{}
	for i, file := range files {
		src, err := switchedSource(root, file, byFile[file])
		if err != nil {
			return "", nil, err
		}
		out := filepath.Join(dir, fmt.Sprintf("%d_%s", i, filepath.Base(file)))
		if err := os.WriteFile(out, []byte(src), 0o644); err != nil {
			return "", nil, err
		}
		replace[filepath.Join(root, file)] = out
		for _, m := range byFile[file] {
			planted[m.name] = true
		}
	}
	if len(planted) == 0 {
		return "", planted, nil
	}
	ff := filepath.Join(dir, "mutant_faults.go")
	if err := os.WriteFile(ff, []byte(faultsFile), 0o644); err != nil {
		return "", nil, err
	}
	replace[filepath.Join(root, "internal", "faults", "zz_mutant.go")] = ff
	overlay = filepath.Join(dir, "overlay.json")
	data, _ := json.Marshal(map[string]map[string]string{"Replace": replace})
	return overlay, planted, os.WriteFile(overlay, data, 0o644)
}
