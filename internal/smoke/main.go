package main

import (
	"github.com/gdpure/gdpure/classdb"
	_ "github.com/gdpure/gdpure/gdextension/entry"
)

type Calculator struct{ total int64 }

func (c *Calculator) Add(a, b int64) int64    { c.total += a + b; return a + b }
func (c *Calculator) Greet(name string) string { return "hello, " + name + " from Go" }
func (c *Calculator) Half(x float64) float64   { return x / 2 }
func (c *Calculator) Boom()                    { panic("boom") }

func init() {
	classdb.Register[Calculator]("Calculator", "RefCounted").
		Method("add", (*Calculator).Add).
		Method("greet", (*Calculator).Greet).
		Method("half", (*Calculator).Half).
		Method("boom", (*Calculator).Boom)
}

func main() {}
