package main

import (
	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
)

// Calculator is the end-to-end class: registered from Go, called from GDScript.
type Calculator struct {
	godot.RefCounted
	total int64
}

func (c *Calculator) Add(a, b int64) int64     { c.total += a + b; return a + b }
func (c *Calculator) Total() int64             { return c.total }
func (c *Calculator) Greet(name string) string { return "hello, " + name + " from Go" }
func (c *Calculator) Half(x float64) float64   { return x / 2 }
func (c *Calculator) IsPositive(x int64) bool  { return x > 0 }
func (c *Calculator) Panics(msg string) int64  { panic(msg) }
func (c *Calculator) Deep(n int64) int64       { return deep(n) }
func (c *Calculator) Fib(n int64) int64        { return fib(n) }
func (c *Calculator) Concat(a string, n int64) string {
	s := ""
	for i := int64(0); i < n; i++ {
		s += a
	}
	return s
}

func fib(n int64) int64 {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// deep recurses with a large frame, forcing the goroutine stack to grow (and move) n levels down.
//
//go:noinline
func deep(n int64) int64 {
	var pad [256]byte
	pad[n%256] = byte(n)
	if n == 0 {
		return 42
	}
	return deep(n-1) + int64(pad[n%256]) - int64(byte(n))
}

func init() {
	classdb.Register[Calculator](classdb.Name("GoCalculator"))
}
