package main

import (
	"github.com/gdpure/gdpure/gdextension"
	_ "github.com/gdpure/gdpure/gdextension/entry"
	"github.com/gdpure/gdpure/internal/gdi"
)

func init() {
	gdextension.OnInit(gdextension.LevelScene, func() {
		gdextension.PrintWarning("hello from Go at scene level; functions resolved: " + itoa(gdi.ResolvedFunctionCount()))
	})
}

func itoa(n int) string {
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

func main() {}
