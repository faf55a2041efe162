package main

import (
	"os"
	"path/filepath"
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
}

// Helper is a mixin: not a class, its exported methods are Child's.
type Helper struct{ inner }

func (Helper) Assist() int { return 1 }
func (Helper) Fire(n int)  {} // hidden by Child's own Fire

type inner struct{}

func (*inner) Deep() {}

func (c *Child) Draw()                 {}
func (c *Child) Ready()                {}
func (c *Child) Notification(what int) {}
func (c *Child) Fire(times int)        {}

func init() {
	classdb.Register[Base]()
	classdb.Register[Child]()
}

func main() {}
`
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := bindPackage(dir, ".")
	if err != nil {
		t.Fatal(err)
	}
	out := f.body.String()
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
	for _, want := range []string{`{Name: "Assist", Promoted: true, Value: (*Child).Assist},`, `{Name: "Deep", Promoted: true, Value: (*Child).Deep},`} {
		if !strings.Contains(out, want) {
			t.Errorf("no %s:\n%s", want, out)
		}
	}
	if strings.Count(out, `Name: "Fire"`) != 1 || strings.Contains(out, `{Name: "Jump", Promoted`) {
		t.Errorf("a mixin's method listed where the class's own (or its Go parent's) hides it:\n%s", out)
	}
}
