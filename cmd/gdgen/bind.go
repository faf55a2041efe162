package main

// gdgen bind: typed dispatch functions, parameter names and doc comments for the Go classes of one
// package, read from its source (go/parser only: no type checking, so it runs in a fraction of a
// second). The generated file calls package classdb/bind; see its doc for what it buys.

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/printer"
	"go/token"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

const (
	bindFileName = "zgdpure_bind.go"
	// boundFileName is the part of the bindings only a build with -tags gdpure_bound compiles:
	// the methods classes get from mixins, named through the class (an expression a name
	// conflict would keep from compiling, which must never break a default build).
	boundFileName = "zgdpure_bound.go"
	bindCommand   = "// go run github.com/gdpure/gdpure/cmd/gdgen bind"
	classdbPath   = "github.com/gdpure/gdpure/classdb"
	variantPath   = "github.com/gdpure/gdpure/variant"
	bindPath      = "github.com/gdpure/gdpure/classdb/bind"
	godotPath     = "github.com/gdpure/gdpure/godot"
)

// bindPackage returns the generated files of the package in dir (rel: its path relative to the
// output root): the bindings, and their gdpure_bound part.
func bindPackage(dir, rel string) ([]*genFile, error) {
	pkg, err := build.ImportDir(dir, 0)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range pkg.GoFiles {
		if name == bindFileName || name == boundFileName {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	b := &binder{fset: fset, pkg: pkg.Name, types: map[string]*ast.TypeSpec{}, typeDocs: map[string]*ast.CommentGroup{},
		methods: map[string][]*ast.FuncDecl{}, imports: map[string]string{}, codecs: map[string]int{}}
	b.collect(files)
	out := &genFile{path: filepath.Join(rel, bindFileName), header: bindCommand}
	if err := b.generate(out); err != nil {
		return nil, err
	}
	bound := &genFile{path: filepath.Join(rel, boundFileName), header: bindCommand}
	b.generateBound(bound)
	return []*genFile{out, bound}, nil
}

// generateBound writes the gdpure_bound part of the bindings: for each class, the methods it gets
// from mixins of the package and the methods of its own that hide its engine class's.
func (b *binder) generateBound(out *genFile) {
	out.p("//go:build gdpure_bound")
	out.p("")
	out.p("package %s", b.pkg)
	out.p("")
	out.p("import gdpbind %q", bindPath)
	out.p("")
	out.p("// The methods this package's Go classes get from the structs they embed (mixins), and those of")
	out.p("// their own that hide their engine class's: for builds with -tags gdpure_bound, where package")
	out.p("// classdb takes a class's methods from its bindings (see package %s).", bindPath)
	out.p("func init() {")
	for _, class := range b.classes {
		if b.types[class] == nil {
			continue
		}
		var ms []string
		for _, name := range b.promoted(class) {
			ms = append(ms, fmt.Sprintf("{Name: %q, Promoted: true, Value: (*%s).%s}", name, class, name))
		}
		methods, shadows := "nil", "nil"
		if len(ms) > 0 {
			methods = "[]gdpbind.Method{\n" + strings.Join(ms, ",\n") + ",\n}"
		}
		if sh := b.shadows(class); len(sh) > 0 {
			shadows = "[]string{" + quoteAll(sh) + "}"
		}
		out.p("gdpbind.Bound[%s](%s, %s)", class, methods, shadows)
	}
	out.p("}")
}

type binder struct {
	fset     *token.FileSet
	pkg      string
	classes  []string // registered type names, in order of first registration
	types    map[string]*ast.TypeSpec
	typeDocs map[string]*ast.CommentGroup
	methods  map[string][]*ast.FuncDecl
	// fileImports maps each file to its import names (local name -> path).
	fileImports map[*ast.File]map[string]string
	typeFiles   map[string]*ast.File // the file declaring each type
	imports     map[string]string    // the generated file's imports: local name -> path
	conflict    map[string]bool
	codecs      map[string]int // type expression -> codec variable number
	codecTypes  []string
}

func (b *binder) collect(files []*ast.File) {
	b.fileImports = map[*ast.File]map[string]string{}
	b.conflict = map[string]bool{}
	b.typeFiles = map[string]*ast.File{}
	seen := map[string]bool{}
	for _, f := range files {
		imps := map[string]string{}
		for _, is := range f.Imports {
			path, _ := strconv.Unquote(is.Path.Value)
			name := path[strings.LastIndex(path, "/")+1:]
			if is.Name != nil {
				name = is.Name.Name
			}
			imps[name] = path
		}
		b.fileImports[f] = imps
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.GenDecl:
				for _, s := range d.Specs {
					if ts, ok := s.(*ast.TypeSpec); ok && ts.TypeParams == nil {
						b.types[ts.Name.Name] = ts
						b.typeFiles[ts.Name.Name] = f
						doc := ts.Doc
						if doc == nil && len(d.Specs) == 1 {
							doc = d.Doc
						}
						b.typeDocs[ts.Name.Name] = doc
					}
				}
			case *ast.FuncDecl:
				if d.Recv != nil && len(d.Recv.List) == 1 && d.Name.IsExported() {
					if recv := receiverName(d.Recv.List[0].Type); recv != "" {
						b.methods[recv] = append(b.methods[recv], d)
					}
				}
			}
		}
		// classdb.Register[T](...) calls name the classes.
		classdb := ""
		for name, path := range imps {
			if path == classdbPath {
				classdb = name
			}
		}
		if classdb == "" {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			ix, ok := call.Fun.(*ast.IndexExpr)
			if !ok {
				return true
			}
			sel, ok := ix.X.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "Register" {
				return true
			}
			if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != classdb {
				return true
			}
			if t, ok := ix.Index.(*ast.Ident); ok && !seen[t.Name] {
				seen[t.Name] = true
				b.classes = append(b.classes, t.Name)
			}
			return true
		})
	}
	// Imports used by the classes' method signatures go into the generated file under the same
	// local names; a local name bound to different paths in different files cannot.
	for _, f := range files {
		for name, path := range b.fileImports[f] {
			if prev, ok := b.imports[name]; ok && prev != path {
				b.conflict[name] = true
			}
			b.imports[name] = path
		}
	}
}

// calledByClassdb returns the names of the methods package classdb calls as the engine's virtuals
// or as its own hooks for the Go class named class: it registers none of them as an engine
// method, so bind writes no dispatch for them.
func (b *binder) calledByClassdb(class string) map[string]bool {
	names := map[string]bool{}
	for n := range classdbHooks {
		names[n] = true
	}
	for c := b.engineBase(class, 0); c != ""; c = engineParents[c] {
		for _, v := range engineVirtuals[c] {
			names[v] = true
		}
	}
	return names
}

// engineBase returns the Go name of the engine class the Go class named class extends: the godot
// class it embeds, or its Go parent's (a Go class of this package it embeds); "" when neither.
func (b *binder) engineBase(class string, depth int) string {
	ts := b.types[class]
	st, ok := ts.Type.(*ast.StructType)
	if !ok || depth > 16 {
		return ""
	}
	for _, f := range st.Fields.List {
		if len(f.Names) != 0 {
			continue
		}
		switch t := f.Type.(type) {
		case *ast.SelectorExpr:
			if pkg, ok := t.X.(*ast.Ident); ok && b.fileImports[b.typeFiles[class]][pkg.Name] == godotPath {
				return t.Sel.Name
			}
		case *ast.Ident:
			if b.types[t.Name] != nil {
				if base := b.engineBase(t.Name, depth+1); base != "" {
					return base
				}
			}
		}
	}
	return ""
}

// promoted returns the exported methods the Go class named class gets from the structs of this
// package it embeds that are not classes (mixins), and from theirs in turn, sorted: those that are
// in the class's method set and that package classdb counts as the class's own. A name the class
// declares, a field hides, two mixins at the same depth give (ambiguous in Go), or the class's
// base has (its engine class, or its Go parent class with all of that one's methods) is left
// out, as classdb's reflection leaves it out. Methods promoted from another package's type are
// not known here (go/parser only); with the build tag gdpure_bound package classdb refuses a class
// whose method set has more methods than its bindings account for.
func (b *binder) promoted(class string) []string {
	registered := map[string]bool{}
	for _, c := range b.classes {
		registered[c] = true
	}
	base := b.baseNames(class, 0)
	hidden := map[string]bool{}
	for _, m := range b.methods[class] {
		hidden[m.Name.Name] = true
	}
	var out []string
	level := []string{class}
	for depth := 0; depth < 8 && len(level) > 0; depth++ {
		var next []string
		count := map[string]int{}
		for _, t := range level {
			st, ok := b.types[t].Type.(*ast.StructType)
			if !ok {
				continue
			}
			for _, f := range st.Fields.List {
				for _, n := range f.Names {
					hidden[n.Name] = true // a field at this depth hides a method one deeper
				}
				if len(f.Names) != 0 {
					continue
				}
				id := embeddedIdent(f.Type)
				if id == nil {
					continue
				}
				hidden[id.Name] = true // the embedded field's own name
				if b.types[id.Name] == nil || registered[id.Name] {
					continue // another package's type, or a Go parent class (bound on its own)
				}
				for _, m := range b.methods[id.Name] {
					count[m.Name.Name]++
				}
				next = append(next, id.Name)
			}
		}
		for name, c := range count {
			if !hidden[name] && c == 1 && !base[name] {
				out = append(out, name)
			}
		}
		for name := range count {
			hidden[name] = true
		}
		level = next
	}
	sort.Strings(out)
	return out
}

// embeddedIdent returns the type name of an embedded field of this package (T or *T), or nil.
func embeddedIdent(e ast.Expr) *ast.Ident {
	if s, ok := e.(*ast.StarExpr); ok {
		e = s.X
	}
	id, _ := e.(*ast.Ident)
	return id
}

// baseNames returns the names of the methods the base of the Go class named class has: the Go
// methods of the engine class it embeds, or everything its Go parent class (of this package) has.
func (b *binder) baseNames(class string, depth int) map[string]bool {
	names := map[string]bool{}
	st, ok := b.types[class].Type.(*ast.StructType)
	if !ok || depth > 16 {
		return names
	}
	for _, f := range st.Fields.List {
		if len(f.Names) != 0 {
			continue
		}
		if sel, ok := f.Type.(*ast.SelectorExpr); ok {
			if pkg, ok := sel.X.(*ast.Ident); ok && b.fileImports[b.typeFiles[class]][pkg.Name] == godotPath {
				for _, n := range strings.Fields(engineMethods[sel.Sel.Name]) {
					names[n] = true
				}
				return names
			}
			continue
		}
		if id := embeddedIdent(f.Type); id != nil && b.types[id.Name] != nil {
			registered := false
			for _, c := range b.classes {
				registered = registered || c == id.Name
			}
			if !registered {
				continue // a mixin
			}
			for n := range b.baseNames(id.Name, depth+1) {
				names[n] = true
			}
			for _, m := range b.methods[id.Name] {
				names[m.Name.Name] = true
			}
			for _, n := range b.promoted(id.Name) {
				names[n] = true
			}
			return names
		}
	}
	return names
}

// shadows returns the methods of the engine class's Go type that a method or a field of the Go
// class named class hides (a String of its own; the embedded field Node, which hides godot.Node's
// method Node): classdb's count of a class's methods under gdpure_bound takes them off.
func (b *binder) shadows(class string) []string {
	engine := map[string]bool{}
	for _, n := range strings.Fields(engineMethods[b.engineBase(class, 0)]) {
		engine[n] = true
	}
	hides := map[string]bool{}
	for _, m := range b.methods[class] {
		hides[m.Name.Name] = true
	}
	if st, ok := b.types[class].Type.(*ast.StructType); ok {
		for _, f := range st.Fields.List {
			for _, n := range f.Names {
				hides[n.Name] = true
			}
			if len(f.Names) == 0 {
				e := f.Type
				if s, ok := e.(*ast.StarExpr); ok {
					e = s.X
				}
				switch e := e.(type) {
				case *ast.Ident:
					hides[e.Name] = true
				case *ast.SelectorExpr:
					hides[e.Sel.Name] = true
				}
			}
		}
	}
	var out []string
	for name := range hides {
		if engine[name] {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

func receiverName(e ast.Expr) string {
	if s, ok := e.(*ast.StarExpr); ok {
		e = s.X
	}
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

var basicKinds = map[string]string{
	"bool": "Bool", "int": "Int", "int8": "Int", "int16": "Int", "int32": "Int", "int64": "Int",
	"uint": "Int", "uint8": "Int", "uint16": "Int", "uint32": "Int", "uint64": "Int", "uintptr": "Int",
	"byte": "Int", "float32": "Float", "float64": "Float", "string": "String",
}

// used records the package names a type expression refers to; ok is false when one of them cannot
// be imported into the generated file.
func (b *binder) used(e ast.Expr, uses map[string]bool) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		if sel, isSel := n.(*ast.SelectorExpr); isSel {
			if id, isID := sel.X.(*ast.Ident); isID {
				if _, known := b.imports[id.Name]; !known || b.conflict[id.Name] {
					ok = false
				}
				uses[id.Name] = true
			}
			return false
		}
		if _, isFunc := n.(*ast.FuncType); isFunc {
			ok = false // func-typed parameters cannot cross; classdb refuses the method
		}
		return true
	})
	return ok
}

// kind returns the generic helpers that move the type written as e (source text src).
func (b *binder) kind(e ast.Expr, src string) (arg, ret string) {
	if id, ok := e.(*ast.Ident); ok {
		name := id.Name
		if ts, local := b.types[name]; local {
			// A named type of the package: its underlying basic type decides.
			if u, ok := ts.Type.(*ast.Ident); ok && ts.Assign == 0 {
				if k, basic := basicKinds[u.Name]; basic && u.Name != "uintptr" {
					return k + "[" + name + "]", "Return" + k
				}
			}
			return b.codec(src)
		}
		if k, ok := basicKinds[name]; ok {
			return k + "[" + name + "]", "Return" + k
		}
		return b.codec(src)
	}
	if sel, ok := e.(*ast.SelectorExpr); ok {
		if id, ok := sel.X.(*ast.Ident); ok && b.imports[id.Name] == variantPath {
			if isMathType[sel.Sel.Name] {
				return "Value[" + src + "]", "ReturnValue"
			}
			if sel.Sel.Name == "Variant" {
				return "Variant", "ReturnVariant"
			}
		}
	}
	return b.codec(src)
}

func (b *binder) codec(src string) (string, string) {
	n, ok := b.codecs[src]
	if !ok {
		n = len(b.codecTypes)
		b.codecs[src] = n
		b.codecTypes = append(b.codecTypes, src)
	}
	v := fmt.Sprintf("&gdpureCodec%d", n)
	return "Arg(" + v + ", ", "Return(" + v + ", "
}

func (b *binder) src(e ast.Expr) string {
	var buf bytes.Buffer
	printer.Fprint(&buf, b.fset, e)
	return buf.String()
}

func commentText(g *ast.CommentGroup) string {
	if g == nil {
		return ""
	}
	return strings.TrimSpace(g.Text())
}

func (b *binder) generate(out *genFile) error {
	uses := map[string]bool{}
	var body bytes.Buffer
	p := func(format string, args ...any) { fmt.Fprintf(&body, format+"\n", args...) }
	for _, class := range b.classes {
		ts := b.types[class]
		if ts == nil {
			continue // not a type of this package
		}
		st, _ := ts.Type.(*ast.StructType)
		p("gdpbind.Class[%s](%s,", class, strconv.Quote(commentText(b.typeDocs[class])))
		p("[]gdpbind.Method{")
		methods := b.methods[class]
		sort.SliceStable(methods, func(i, j int) bool { return methods[i].Name.Name < methods[j].Name.Name })
		called := b.calledByClassdb(class)
		for _, m := range methods {
			if called[m.Name.Name] {
				// A virtual or hook: classdb calls it itself, so no dispatch; listed for the
				// method set (build tag gdpure_bound).
				p("{Name: %q, Value: (*%s).%s},", m.Name.Name, class, m.Name.Name)
			} else {
				b.method(p, class, m, uses)
			}
		}
		p("},")
		var fields []string
		if st != nil {
			for _, f := range st.Fields.List {
				doc := commentText(f.Doc)
				if doc == "" {
					doc = commentText(f.Comment)
				}
				for _, n := range f.Names {
					if n.IsExported() && doc != "" {
						fields = append(fields, fmt.Sprintf("{Name: %q, Text: %s}", n.Name, strconv.Quote(doc)))
					}
				}
			}
		}
		if len(fields) == 0 {
			p("nil, nil)")
		} else {
			p("[]gdpbind.Doc{%s}, nil)", strings.Join(fields, ", "))
		}
	}
	out.p("package %s", b.pkg)
	out.p("")
	out.p("import (")
	out.p("\t\"unsafe\"")
	out.p("")
	out.p("\tgdpbind %q", bindPath)
	names := make([]string, 0, len(uses))
	for n := range uses {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		out.p("\t%s %q", n, b.imports[n])
	}
	out.p(")")
	out.p("")
	out.p("// The typed dispatch functions, parameter names and doc comments of this package's Go classes")
	out.p("// (see package github.com/gdpure/gdpure/classdb/bind).")
	out.p("func init() {")
	out.body.Write(body.Bytes())
	out.p("}")
	if len(b.codecTypes) > 0 {
		out.p("")
		out.p("// Conversions of the types the dispatch functions do not specialise.")
		out.p("var (")
		for i, t := range b.codecTypes {
			out.p("gdpureCodec%d gdpbind.Codec[%s]", i, t)
		}
		out.p(")")
	}
	if len(b.classes) == 0 {
		return fmt.Errorf("no classdb.Register[T] calls in package %s", b.pkg)
	}
	return nil
}

// method writes the binding of one method: its name, parameter names, doc and, when every type
// can be moved, its dispatch function.
func (b *binder) method(p func(string, ...any), class string, m *ast.FuncDecl, uses map[string]bool) {
	ft := m.Type
	var names, types []string
	var exprs []ast.Expr
	ok := true
	for _, f := range ft.Params.List {
		if _, variadic := f.Type.(*ast.Ellipsis); variadic {
			ok = false
		}
		n := len(f.Names)
		if n == 0 {
			n = 1
		}
		for i := 0; i < n; i++ {
			name := fmt.Sprintf("arg%d", len(names))
			if i < len(f.Names) && f.Names[i].Name != "_" {
				name = f.Names[i].Name
			}
			names = append(names, name)
			types = append(types, b.src(f.Type))
			exprs = append(exprs, f.Type)
		}
	}
	var results []ast.Expr
	if ft.Results != nil {
		for _, f := range ft.Results.List {
			n := max(len(f.Names), 1)
			for i := 0; i < n; i++ {
				results = append(results, f.Type)
			}
		}
	}
	isErr := func(e ast.Expr) bool { id, ok := e.(*ast.Ident); return ok && id.Name == "error" }
	var ret ast.Expr
	hasErr := false
	switch {
	case len(results) == 0:
	case len(results) == 1 && isErr(results[0]):
		hasErr = true
	case len(results) == 1:
		ret = results[0]
	case len(results) == 2 && isErr(results[1]) && !isErr(results[0]):
		ret, hasErr = results[0], true
	default:
		ok = false
	}
	local := map[string]bool{}
	for _, e := range exprs {
		ok = ok && b.used(e, local)
	}
	if ret != nil {
		ok = ok && b.used(ret, local)
	}
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = strconv.Quote(n)
	}
	p("{Name: %q, Params: []string{%s}, Doc: %s, Value: (*%s).%s,", m.Name.Name, strings.Join(quoted, ", "),
		strconv.Quote(commentText(m.Doc)), class, m.Name.Name)
	if !ok {
		p("},")
		return
	}
	for n := range local {
		uses[n] = true
	}
	p("Func: func(gdpSelf unsafe.Pointer, gdpCall gdpbind.Call) error {")
	var args []string
	for i, e := range exprs {
		arg, _ := b.kind(e, types[i])
		v := fmt.Sprintf("gdpA%d", i)
		args = append(args, v)
		switch {
		case strings.HasPrefix(arg, "Arg("):
			p("%s, err := gdpbind.%sgdpCall, %d)", v, arg, i)
		case strings.HasPrefix(arg, "Value["):
			p("%s, err := gdpbind.%s(gdpCall, %d, %s.Type%s)", v, arg, i, b.variantName(), e.(*ast.SelectorExpr).Sel.Name)
		default:
			p("%s, err := gdpbind.%s(gdpCall, %d)", v, arg, i)
		}
		p("if err != nil { return err }")
	}
	call := fmt.Sprintf("(*%s)(gdpSelf).%s(%s)", class, m.Name.Name, strings.Join(args, ", "))
	switch {
	case ret == nil && !hasErr:
		p("%s", call)
		p("return nil")
	case ret == nil:
		p("return %s", call)
	default:
		if hasErr {
			p("gdpR, err := %s", call)
			p("if err != nil { return err }")
		} else {
			p("gdpR := %s", call)
		}
		_, r := b.kind(ret, b.src(ret))
		switch {
		case strings.HasPrefix(r, "Return("):
			p("gdpbind.%sgdpCall, gdpR)", r)
		case r == "ReturnValue":
			p("gdpbind.ReturnValue(gdpCall, gdpR, %s.Type%s)", b.variantName(), ret.(*ast.SelectorExpr).Sel.Name)
		default:
			p("gdpbind.%s(gdpCall, gdpR)", r)
		}
		p("return nil")
	}
	p("}},")
}

// variantName is the local name of package variant in the generated file (imported when a math
// type is used, under the name the source uses).
func (b *binder) variantName() string {
	for n, path := range b.imports {
		if path == variantPath && !b.conflict[n] {
			return n
		}
	}
	return "variant"
}
