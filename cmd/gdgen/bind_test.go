package main

import (
	"go/ast"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// gdgen bind writes dispatch for the methods classdb registers as engine methods, and none for
// those it calls as virtuals (through a Go parent too) or as its hooks, which it lists by name
// with their method expressions only (the method set a gdpure_bound build registers from), as it
// does the methods promoted from a mixin of the package.
func TestBindLeavesOutVirtualsAndHooks(t *testing.T) {
	dir := t.TempDir()
	src := `package main

import (
	"github.com/gdpure/gdpure/classdb"
	gd "github.com/gdpure/gdpure/godot"
)

type Base struct{ gd.Node2D }

func (b *Base) Process(delta float64) {}
func (b *Base) Init()                 {}
func (b *Base) Jump(height int) int   { return height }

type Child struct {
	Base
	Helper
	Other
	Tally int
}

// Helper is a mixin: not a class, its exported methods are Child's.
type Helper struct{ inner }

func (Helper) Assist() int  { return 1 }
func (Helper) Fire(n int)   {} // hidden by Child's own Fire
func (Helper) Reset()       {} // ambiguous: Other has it at the same depth
func (Helper) Jump(int) int { return 0 } // the Go parent's: classdb counts it as Base's
func (Helper) Tally() int   { return 0 } // hidden by the field Tally

type Other struct{}

func (Other) Reset() {}

type inner struct{}

func (*inner) Deep()              {}
func (*inner) SetPosition(x int)  {} // hidden by Base's engine class's method (Node2D.SetPosition)

// Loner embeds an engine class and a mixin whose String is the engine type's too, at the same
// depth (ambiguous), and declares its own Name (which hides the engine type's Name).
type Loner struct {
	gd.Node
	Stats
}

type Stats struct{}

func (Stats) String() string { return "" }
func (Stats) Score() int     { return 1 }

func (*Loner) Name() string { return "" }

func (c *Child) Draw()                 {}
func (c *Child) Ready()                {}
func (c *Child) Notification(what int) {}
func (c *Child) Fire(times int)        {}

func init() {
	classdb.Register[Base]()
	classdb.Register[Child]()
	classdb.Register[Loner]()
}

func main() {}
`
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	fs, err := bindPackage(dir, ".")
	if err != nil {
		t.Fatal(err)
	}
	out, bound := fs[0].body.String(), fs[1].body.String()
	if !strings.HasPrefix(bound, "//go:build gdpure_bound\n") || strings.Contains(out, "Promoted") {
		t.Errorf("the mixins' methods are not in a file of their own, for gdpure_bound builds only:\n%s", bound)
	}
	for _, want := range []string{`Name: "Jump"`, `Name: "Fire"`} {
		if !strings.Contains(out, want) {
			t.Errorf("no binding %s:\n%s", want, out)
		}
	}
	for _, m := range []string{"Base).Process", "Base).Init", "Child).Draw", "Child).Ready", "Child).Notification"} {
		name := m[strings.Index(m, ".")+1:]
		if want := `{Name: "` + name + `", Value: (*` + m + `},`; !strings.Contains(out, want) {
			t.Errorf("not %s, with no dispatch for a method classdb calls as a virtual or hook:\n%s", want, out)
		}
	}
	for _, want := range []string{`{Name: "Assist", Promoted: true, Value: (*Child).Assist}`, `{Name: "Deep", Promoted: true, Value: (*Child).Deep}`,
		`{Name: "Score", Promoted: true, Value: (*Loner).Score}`, `gdpbind.Bound[Loner]([]gdpbind.Method{`, `}, []string{"Name", "Node"})`} {
		if !strings.Contains(bound, want) {
			t.Errorf("no %s:\n%s", want, bound)
		}
	}
	for _, not := range []string{"Fire", "Reset", "Jump", "Tally", "SetPosition", "String"} {
		if strings.Contains(bound, `{Name: "`+not+`"`) {
			t.Errorf("%s listed as a mixin's method, which the class's own method or field, its base, or an ambiguity hides:\n%s", not, bound)
		}
	}
}

// handwrittenMethods lists every exported method package godot declares by hand on a class type
// (the generated ones gdgen reads from its own output).
func TestHandwrittenMethods(t *testing.T) {
	paths, err := filepath.Glob("../../godot/*.go")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, p := range paths {
		if strings.HasPrefix(filepath.Base(p), "z") || strings.HasSuffix(p, "_test.go") {
			continue
		}
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range goMethodDecl.FindAllStringSubmatch(string(src), -1) {
			if ast.IsExported(m[2]) {
				got[m[1]] = append(got[m[1]], m[2])
			}
		}
	}
	for class, names := range got {
		sort.Strings(names)
		if want := handwrittenMethods[class]; strings.Join(want, " ") != strings.Join(names, " ") {
			t.Errorf("package godot declares by hand %s's methods %v; handwrittenMethods says %v", class, names, want)
		}
	}
	for class := range handwrittenMethods {
		if got[class] == nil {
			t.Errorf("handwrittenMethods lists %s, which has no handwritten methods", class)
		}
	}
}
