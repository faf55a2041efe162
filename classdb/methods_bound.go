//go:build gdpure_bound

package classdb

import (
	"fmt"
	"reflect"
	"sort"
)

// How a class's methods are found under the build tag gdpure_bound: from the class's generated
// bindings (gdgen bind, a go:generate step), which list every exported method the class declares
// or promotes from a struct of its package, each with its method expression. Nothing in the
// program then reflects over a method set (reflect.Type.Method), so Go's linker keeps only the
// engine methods the plugin calls instead of every exported method of every engine class: the
// library is less than half the size (README, "What a build costs").
//
// The price: the bindings must be current. A method removed or changed since the last go generate
// makes the generated code fail to compile; a method added is caught here by counting, since the
// number of *T's exported methods is known without reflecting on them (reflect.Type.NumMethod).

// checkBindings refuses a class without bindings, or whose bindings miss some of its methods.
func (c *classInfo) checkBindings(pt reflect.Type) error {
	const fix = "run go generate in its package (with the line //go:generate go run github.com/gdpure/gdpure/cmd/gdgen bind), or build without -tags gdpure_bound"
	if c.gen == nil {
		return fmt.Errorf("it has no generated bindings, which a build with -tags gdpure_bound takes its methods from: %s "+
			"(gdgen bind binds the types its package registers as classdb.Register[T](), in files without build constraints)", fix)
	}
	for name, m := range c.gen.Methods {
		if !m.Value.IsValid() {
			return fmt.Errorf("its generated bindings (of an older gdgen) do not give the method %s itself: %s", name, fix)
		}
	}
	// *T's exported methods are its own and its mixins' (all listed), its Go parents' (listed in
	// theirs) and the engine class's type's: as many as the names the bindings list over the
	// chain, plus the engine type's methods, less those of the engine type's a method or a field
	// of the class hides (Shadows: a String of its own, the embedded field Node hiding
	// godot.Node's method Node). A method the bindings do not list makes more.
	listed, shadows := map[string]bool{}, map[string]bool{}
	k := c
	for ; ; k = k.parentGo {
		for name := range k.gen.Methods {
			listed[name] = true
		}
		for _, name := range k.gen.Shadows {
			shadows[name] = true
		}
		if k.parentGo == nil {
			break
		}
	}
	known := len(listed) + reflect.PointerTo(k.baseType).NumMethod() - len(shadows)
	if n := pt.NumMethod(); n > known {
		return fmt.Errorf("it has %d exported methods, more than its generated bindings and its bases account for (%d): a method added since the last go generate, "+
			"or promoted from an embedded type of another package, which bindings cannot list: %s", n, known, fix)
	}
	return nil
}

// exportedMethods lists the exported methods of the class's own and its mixins, sorted by name;
// the engine class's and the Go parent's are not in the list (they are not the class's methods).
func (c *classInfo) exportedMethods(pt reflect.Type) []goMethod {
	out := make([]goMethod, 0, len(c.gen.Methods))
	for name, m := range c.gen.Methods {
		out = append(out, goMethod{Name: name, Func: m.Value})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// hasMethod reports whether *T has the exported method name of its own or of a mixin.
func (c *classInfo) hasMethod(name string) bool { return c.gen.Methods[name] != nil }

// methodOrigin tells where the method name of the class's Go type comes from (see the reflecting
// version in methods_reflect.go): a name the bindings list is the class's own or a mixin's; one
// of a Go parent's comes from it; any other is the engine class's.
func (c *classInfo) methodOrigin(name string) origin {
	if m := c.gen.Methods[name]; m != nil {
		if m.Promoted {
			return fromMixin
		}
		return ownMethod
	}
	if c.parentGo != nil && c.parentGo.methodOrigin(name) != fromEngine {
		return fromGoParent
	}
	return fromEngine
}

// declared reports whether the method name is declared by the class type t (or *t) itself.
func declared(t reflect.Type, name string) bool {
	c := classesByType[t]
	if b := building; b != nil && b.goType == t {
		c = b
	}
	if c == nil || c.gen == nil {
		return false
	}
	m := c.gen.Methods[name]
	return m != nil && !m.Promoted
}
