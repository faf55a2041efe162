package godot_test

import (
	"reflect"
	"testing"

	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/internal/classhook"
)

// Every virtual a Go class can implement has its named interface, whose one method is the
// virtual's Go method: what a user's compile-time check (var _ godot.NodeVirtualProcess = …) and
// the registration-time match both rely on.
func TestVirtualsHaveNamedInterfaces(t *testing.T) {
	n := 0
	for _, c := range classSizes {
		for _, v := range classhook.VirtualsOf(c.name) {
			n++
			it := v.Interface
			if want := v.Class + "Virtual" + v.GoName; it.Name() != want && it.Name() != goClassOf(v.Class)+"Virtual"+v.GoName {
				t.Errorf("%s.%s: interface %s, want %s", v.Class, v.Name, it.Name(), want)
			}
			if it.NumMethod() != 1 || it.Method(0).Name != v.GoName {
				t.Errorf("%s.%s: interface %s has methods %v, want just %s", v.Class, v.Name, it, it.NumMethod(), v.GoName)
			}
		}
	}
	if n != virtualCount {
		t.Errorf("%d virtuals found through the class hooks, want every one of the %d", n, virtualCount)
	}
	var _ godot.NodeVirtualProcess = processor{}
	if !reflect.TypeFor[processor]().Implements(reflect.TypeFor[godot.NodeVirtualProcess]()) {
		t.Error("a type with Process(float64) does not implement NodeVirtualProcess")
	}
}

type processor struct{}

func (processor) Process(float64) {}

// goClassOf is the Go type name of an engine class (singleton classes end in Singleton).
func goClassOf(class string) string { return class + "Singleton" }
