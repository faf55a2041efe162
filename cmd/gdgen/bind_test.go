package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// gdgen bind writes dispatch for the methods classdb registers as engine methods, and none for
// those it calls as virtuals (through a Go parent too) or as its hooks.
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

type Child struct{ Base }

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
	for _, not := range []string{"Process", "Init", "Draw", "Ready", "Notification"} {
		if strings.Contains(out, `Name: "`+not+`"`) {
			t.Errorf("a binding for %s, which classdb calls as a virtual or hook:\n%s", not, out)
		}
	}
}
