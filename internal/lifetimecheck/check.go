// Package lifetimecheck is a static check of the two rules that keep memory the engine reads
// valid while it reads it (see the package documentation of gdextension and variant):
//
//   - Keep-alive: a function that takes the C address of a Go value's engine data (ptrOf, argHandle,
//     mutPtr, x.ptr(), x.cptr(), x.mut(), x.addr, variantplumb.Ptr(x) and the other …Ptr functions
//     of internal/variantplumb) and hands it to the engine must keep the Go value alive until the
//     engine is done: the value (or the handle it holds) must be used after the last call that
//     consumes the address: a runtime.KeepAlive, a deferred one, or any later use. Without
//     that, the garbage collector may run the value's cleanup while the engine still reads it.
//   - No Go memory: the address of Go memory (&x, a slice's or a string's data) must never be an
//     argument of an engine call. A goroutine stack moves when it grows, which can happen during
//     any engine call that calls back into Go; the engine would then read or write freed memory.
//     A line that passes static storage (a string literal's bytes, a global without pointers) says
//     so with the comment "gdpure:static-memory".
//
// Engine calls are calls of a function of package internal/gdi (gdi.F(...), or ccall inside it) and
// calls of a method named Call (the engine's function pointer types, and Variant.Call).
//
// The check is syntactic, over go/ast: it follows an address through local variables and into
// C memory (an argument array), and treats every engine call after the address was taken as a
// consumer. It is a machine for the rules, not a proof; the in-engine tests under GC stress are the
// other half.
package lifetimecheck

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

// A Finding is one breach of a rule.
type Finding struct {
	Pos  token.Position
	Rule string // "keep-alive" or "go-memory"
	Msg  string
}

func (f Finding) String() string { return fmt.Sprintf("%s: %s: %s", f.Pos, f.Rule, f.Msg) }

// Packages lists the directories (relative to the module root) whose non-test files are checked.
var Packages = []string{"gdextension", "internal/engine", "variant", "variant/utility", "godot", "classdb", "godottest", "internal/gdi"}

// readFile reads a source file, or the file an overlay puts in its place: the check sees the source
// the go command builds (go test -overlay, or GOFLAGS=-overlay=…, as internal/mutants uses).
func readFile(path string) ([]byte, error) {
	if r, ok := overlay()[path]; ok {
		return os.ReadFile(r)
	}
	return os.ReadFile(path)
}

// overlay returns the Replace map of the overlay named in GOFLAGS, if any.
func overlay() map[string]string {
	for _, f := range strings.Fields(os.Getenv("GOFLAGS")) {
		if p, ok := strings.CutPrefix(f, "-overlay="); ok {
			var o struct{ Replace map[string]string }
			if data, err := os.ReadFile(p); err == nil && json.Unmarshal(data, &o) == nil {
				return o.Replace
			}
		}
	}
	return nil
}

// CheckModule checks the packages of the module rooted at root.
func CheckModule(root string) ([]Finding, error) {
	var out []Finding
	for _, dir := range Packages {
		fs, err := CheckDir(filepath.Join(root, dir))
		if err != nil {
			return nil, err
		}
		out = append(out, fs...)
	}
	return out, nil
}

// CheckDir checks the non-test Go files of one directory.
func CheckDir(dir string) ([]Finding, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []Finding
	fset := token.NewFileSet()
	for _, e := range entries {
		n := e.Name()
		if !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		src, err := readFile(filepath.Join(dir, n))
		if err != nil {
			return nil, err
		}
		fs, err := CheckSource(fset, filepath.Join(dir, n), src, filepath.Base(dir) == "gdi")
		if err != nil {
			return nil, err
		}
		out = append(out, fs...)
	}
	return out, nil
}

// CheckSource checks one file. inGDI says the file belongs to package gdi itself, where engine
// calls are unqualified calls of ccall.
func CheckSource(fset *token.FileSet, name string, src []byte, inGDI bool) ([]Finding, error) {
	f, err := parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	staticLines := map[int]bool{}
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if strings.Contains(c.Text, "gdpure:static-memory") {
				staticLines[fset.Position(c.Pos()).Line] = true
			}
		}
	}
	c := &checker{fset: fset, inGDI: inGDI, static: staticLines}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
			c.function(fd.Body)
		}
	}
	// Function literals are functions too (closures passed to newVariant, callDynamic, …).
	ast.Inspect(f, func(n ast.Node) bool {
		if fl, ok := n.(*ast.FuncLit); ok {
			c.function(fl.Body)
		}
		return true
	})
	sort.Slice(c.out, func(i, j int) bool { return c.out[i].Pos.Offset < c.out[j].Pos.Offset })
	return dedupe(c.out), nil
}

func dedupe(fs []Finding) []Finding {
	var out []Finding
	seen := map[string]bool{}
	for _, f := range fs {
		if k := f.String(); !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	return out
}

type checker struct {
	fset   *token.FileSet
	inGDI  bool
	static map[int]bool
	out    []Finding
}

func (c *checker) report(n ast.Node, rule, format string, args ...any) {
	c.out = append(c.out, Finding{Pos: c.fset.Position(n.Pos()), Rule: rule, Msg: fmt.Sprintf(format, args...)})
}

// text renders an expression compactly (for comparing roots).
func text(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return text(e.X) + "." + e.Sel.Name
	case *ast.StarExpr:
		return "*" + text(e.X)
	case *ast.ParenExpr:
		return text(e.X)
	case *ast.UnaryExpr:
		return e.Op.String() + text(e.X)
	case *ast.IndexExpr:
		return text(e.X) + "[" + text(e.Index) + "]"
	case *ast.BasicLit:
		return e.Value
	case *ast.CallExpr:
		return text(e.Fun) + "()"
	}
	return fmt.Sprintf("%T", e)
}

// isEngineCall reports whether call is an engine call.
func (c *checker) isEngineCall(call *ast.CallExpr) bool {
	switch fn := call.Fun.(type) {
	case *ast.SelectorExpr:
		if id, ok := fn.X.(*ast.Ident); ok && id.Name == "gdi" {
			// gdi.F(...) is a call of an interface function unless F names a type (a conversion)
			// or is CPtr (an address conversion).
			return !strings.HasSuffix(fn.Sel.Name, "Ptr") && fn.Sel.Name != "Int" && fn.Sel.Name != "Bool" &&
				!isGDIType(fn.Sel.Name)
		}
		return fn.Sel.Name == "Call"
	case *ast.Ident:
		return c.inGDI && fn.Name == "ccall"
	}
	return false
}

// isGDIType reports names of package gdi that are types used in conversions (the check does not
// load type information; these are the conversion-like names in use).
func isGDIType(name string) bool {
	switch name {
	case "VariantType", "CallError", "CallErrorType", "InitializationLevel", "MethodFlags",
		"ClassMethodArgumentMetadata", "PropertyInfo", "ClassMethodInfo":
		return true
	}
	return false
}

// addressRoot returns the Go value whose engine data e is the C address of, or "".
func addressRoot(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.CallExpr:
		switch fn := e.Fun.(type) {
		case *ast.Ident:
			if (fn.Name == "ptrOf" || fn.Name == "argHandle") && len(e.Args) > 0 {
				return text(e.Args[0])
			}
			if fn.Name == "mutPtr" && len(e.Args) > 0 {
				return strings.TrimPrefix(text(e.Args[0]), "&")
			}
		case *ast.SelectorExpr:
			if (fn.Sel.Name == "ptr" || fn.Sel.Name == "Ptr" || fn.Sel.Name == "cptr" || fn.Sel.Name == "mut") && len(e.Args) == 0 {
				return text(fn.X)
			}
			// variantplumb.Ptr(x), variantplumb.VariantPtr(x), …: the address of x's engine data.
			if id, ok := fn.X.(*ast.Ident); ok && id.Name == "variantplumb" && strings.HasSuffix(fn.Sel.Name, "Ptr") && len(e.Args) == 1 {
				return text(e.Args[0])
			}
		}
	case *ast.SelectorExpr:
		if e.Sel.Name == "addr" {
			return text(e.X)
		}
	}
	return ""
}

// sameValue reports whether keeping a alive keeps b alive or the other way round (v and v.h, vs
// and vs[i]).
func sameValue(a, b string) bool {
	return a == b || strings.HasPrefix(a, b+".") || strings.HasPrefix(b, a+".") ||
		strings.HasPrefix(a, b+"[") || strings.HasPrefix(b, a+"[")
}

type addrUse struct {
	expr ast.Expr
	root string
}

// function checks one function body.
func (c *checker) function(body *ast.BlockStmt) {
	var calls []*ast.CallExpr
	var addrs []addrUse
	var goMem []ast.Expr
	derived := map[string]string{} // local variable -> root of the address it holds
	goDerived := map[string]bool{} // local variable holding a Go memory address
	var deferredKeep []string
	stored := map[string]bool{} // roots whose address was written into memory

	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // checked on its own
		case *ast.DeferStmt:
			// A deferred call that mentions a value keeps it alive to the end of the function
			// (defer runtime.KeepAlive(v), defer v.Destroy()).
			ast.Inspect(n.Call, func(m ast.Node) bool {
				switch m := m.(type) {
				case *ast.Ident, *ast.SelectorExpr:
					deferredKeep = append(deferredKeep, text(m.(ast.Expr)))
				}
				return true
			})
		case *ast.CallExpr:
			calls = append(calls, n)
			if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "setArg" && len(n.Args) == 3 {
				if r := rootIn(n.Args[2], derived); r != "" {
					stored[r] = true
				}
			}
		case *ast.AssignStmt:
			// An address stored through a pointer (into an argument array in C memory) is read by
			// every engine call after it.
			if len(n.Lhs) == 1 && len(n.Rhs) == 1 {
				if _, ok := n.Lhs[0].(*ast.StarExpr); ok {
					if r := rootIn(n.Rhs[0], derived); r != "" {
						stored[r] = true
					}
				}
			}
			for i, rhs := range n.Rhs {
				if i >= len(n.Lhs) {
					break
				}
				if r := rootIn(rhs, derived); r != "" {
					derived[text(n.Lhs[i])] = r
				}
				if goAddressIn(rhs, goDerived) != nil {
					goDerived[text(n.Lhs[i])] = true
				}
			}
		}
		if e, ok := n.(ast.Expr); ok {
			if r := addressRoot(e); r != "" {
				addrs = append(addrs, addrUse{e, r})
			}
			if isGoAddress(e) {
				goMem = append(goMem, e)
			}
		}
		return true
	})

	// Rule: no Go memory in engine call arguments.
	for _, call := range calls {
		if !c.isEngineCall(call) || c.static[c.fset.Position(call.Pos()).Line] {
			continue
		}
		for _, a := range call.Args {
			if e := goAddressIn(a, goDerived); e != nil {
				c.report(e, "go-memory", "the address of Go memory (%s) is an argument of an engine call", text(e))
			}
		}
	}

	// Rule: keep the value alive past the last call that consumes its address.
	for _, a := range addrs {
		if containsKeep(deferredKeep, a.root) {
			continue
		}
		var last *ast.CallExpr
		for _, call := range calls {
			if isKeepAlive(call) || call == a.expr {
				continue
			}
			encloses := call.Pos() <= a.expr.Pos() && a.expr.End() <= call.End() && !isConversion(call)
			after := call.Pos() >= a.expr.End()
			consumes := encloses || after && (stored[a.root] && c.isEngineCall(call) || mentionsDerived(call, derived, a.root))
			if consumes && (last == nil || call.End() > last.End()) {
				last = call
			}
		}
		if last == nil {
			continue // the address only flows out (returned): the caller keeps the value alive
		}
		// Alive if used after the last consumer, or handed to it as a value of its own (the callee
		// then keeps it alive: fromTyped(t, h.ptr(), h)).
		if !usedAfter(body, a.root, last.End()) && !passedAlong(last, a) {
			c.report(a.expr, "keep-alive", "%s is not kept alive after the engine call that uses its address (add runtime.KeepAlive(%s) after the call)", a.root, a.root)
		}
	}
}

func containsKeep(keeps []string, root string) bool {
	for _, k := range keeps {
		if sameValue(k, root) {
			return true
		}
	}
	return false
}

func isKeepAlive(call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	id, ok := sel.X.(*ast.Ident)
	return ok && id.Name == "runtime" && sel.Sel.Name == "KeepAlive"
}

// isConversion reports calls that only convert an address (uintptr(…), gdi.TypePtr(…), …): they do
// not consume it.
func isConversion(call *ast.CallExpr) bool {
	switch fn := call.Fun.(type) {
	case *ast.Ident:
		return fn.Name == "uintptr" || fn.Name == "unsafe.Pointer"
	case *ast.SelectorExpr:
		if id, ok := fn.X.(*ast.Ident); ok {
			return id.Name == "gdi" && (strings.HasSuffix(fn.Sel.Name, "Ptr") || isGDIType(fn.Sel.Name)) ||
				id.Name == "unsafe" && fn.Sel.Name == "Pointer"
		}
	}
	return false
}

// rootIn returns the root of the address e holds: an address expression, or a variable holding
// one, possibly inside conversions (uintptr(…), gdi.TypePtr(…)). A call of anything else makes a
// new value, not the address.
func rootIn(e ast.Expr, derived map[string]string) string {
	if r := addressRoot(e); r != "" {
		return r
	}
	switch e := e.(type) {
	case *ast.Ident:
		return derived[e.Name]
	case *ast.ParenExpr:
		return rootIn(e.X, derived)
	case *ast.CallExpr:
		if isConversion(e) && len(e.Args) == 1 {
			return rootIn(e.Args[0], derived)
		}
	}
	return ""
}

func mentionsDerived(call *ast.CallExpr, derived map[string]string, root string) bool {
	found := false
	for _, a := range call.Args {
		ast.Inspect(a, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && derived[id.Name] == root {
				found = true
			}
			return !found
		})
	}
	return found
}

// usedAfter reports whether the value root (or the value holding it, or its handle) is mentioned
// in body after position pos.
func usedAfter(body *ast.BlockStmt, root string, pos token.Pos) bool {
	used := false
	ast.Inspect(body, func(n ast.Node) bool {
		if used {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return true
		}
		e, ok := n.(ast.Expr)
		if !ok || e.Pos() < pos {
			return true
		}
		switch e.(type) {
		case *ast.Ident, *ast.SelectorExpr:
			if sameValue(text(e), root) {
				used = true
				return false
			}
		}
		return true
	})
	return used
}

// passedAlong reports whether the consumer call also receives the value itself as an argument.
func passedAlong(call *ast.CallExpr, a addrUse) bool {
	for _, arg := range call.Args {
		if arg.Pos() <= a.expr.Pos() && a.expr.End() <= arg.End() {
			continue
		}
		switch arg.(type) {
		case *ast.Ident, *ast.SelectorExpr:
			if sameValue(text(arg), a.root) {
				return true
			}
		}
	}
	return false
}

// isGoAddress reports expressions that yield the address of Go memory.
func isGoAddress(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.UnaryExpr:
		return e.Op == token.AND
	case *ast.CallExpr:
		if sel, ok := e.Fun.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == "unsafe" {
				return sel.Sel.Name == "StringData" || sel.Sel.Name == "SliceData"
			}
		}
	}
	return false
}

// goAddressIn returns a Go-memory address that e evaluates to (or a variable holding one), looking
// through conversions, parentheses and arithmetic but not into other calls, which take the address
// and give back something else (argValue copies Go memory into C memory, for one).
func goAddressIn(e ast.Expr, goDerived map[string]bool) ast.Expr {
	switch x := e.(type) {
	case *ast.Ident:
		if goDerived[x.Name] {
			return x
		}
	case *ast.ParenExpr:
		return goAddressIn(x.X, goDerived)
	case *ast.BinaryExpr:
		if r := goAddressIn(x.X, goDerived); r != nil {
			return r
		}
		return goAddressIn(x.Y, goDerived)
	case *ast.CallExpr:
		if isGoAddress(x) {
			return x
		}
		if isConversion(x) && len(x.Args) == 1 {
			return goAddressIn(x.Args[0], goDerived)
		}
	case *ast.UnaryExpr:
		if isGoAddress(x) {
			return x
		}
	}
	return nil
}
