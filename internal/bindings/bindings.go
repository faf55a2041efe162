// Package bindings connects the code `gdgen bind` generates (through package classdb/bind, which
// it calls) with package classdb, which registers the classes: the typed dispatch functions, the
// parameter names and the doc comments of each Go class, and the codecs of the types the generated
// code does not specialise. Nothing here is for plugins.
package bindings

import (
	"reflect"
	"sync"
	"unsafe"

	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/variant"
)

// Args is one call into a Go method, as the engine made it: its argument pointer array (ptrcall:
// pointers to native values; varcall: pointers to Variants), the number of arguments given, the
// default arguments (Variants, for the parameters from FirstDefault on) and the result slot.
// Everything it points at is engine (or classdb registration) memory, valid for the call.
type Args struct {
	Args         uintptr
	Argc         int32
	FirstDefault int32
	Varcall      bool
	Defaults     uintptr // a C array of Variant pointers, or 0
	Ret          uintptr
}

// Arg returns the address of argument i: the engine's, or a default's.
func (a *Args) Arg(i int) uintptr {
	if i < int(a.Argc) {
		return *(*uintptr)(gdi.CPtr(a.Args + uintptr(i)*8))
	}
	return *(*uintptr)(gdi.CPtr(a.Defaults + uintptr(i-int(a.FirstDefault))*8))
}

// Func is a generated typed dispatcher: it decodes the arguments, calls the Go method on the
// value at self (a *T), and writes the result.
type Func func(self unsafe.Pointer, a Args) error

// Method is the generated binding of one Go method: every exported method the class's Go type
// declares or promotes from an embedded struct of its package that is not a class (Promoted).
type Method struct {
	GoName   string
	Params   []string // the Go parameter names
	Doc      string
	Func     Func          // nil when the generator could not specialise the method
	Value    reflect.Value // the method expression (*T).Name: func(*T, params...) results
	Promoted bool          // promoted from an embedded struct (a mixin), not declared by T
}

// Class is the generated binding of one Go class type.
type Class struct {
	Type    reflect.Type
	Doc     string
	Methods map[string]*Method
	Fields  map[string]string // Go field name: doc (properties and signals)
	Consts  map[string]string // Go constant name: doc
	// Shadows are the methods the class declares that have the name of one of its engine class's
	// Go type (gdpure_bound builds only).
	Shadows []string
}

// Bound is the gdpure_bound part of a class's binding: the methods it gets from mixins
// (Promoted) and Shadows.
type Bound struct {
	Promoted []*Method
	Shadows  []string
}

var table struct {
	mu      sync.Mutex
	classes map[reflect.Type]*Class
	bound   map[reflect.Type]*Bound // not merged yet: the class's binding was not added yet
}

// Add records the generated binding of a class (from an init function of the plugin's package).
func Add(c *Class) {
	table.mu.Lock()
	defer table.mu.Unlock()
	if table.classes == nil {
		table.classes = map[reflect.Type]*Class{}
	}
	table.classes[c.Type] = c
	if b := table.bound[c.Type]; b != nil {
		merge(c, b)
		delete(table.bound, c.Type)
	}
}

// AddBound records the gdpure_bound part of a class's binding (from the init function of the
// generated file that only such builds compile), whichever of the two init functions runs first.
func AddBound(t reflect.Type, b *Bound) {
	table.mu.Lock()
	defer table.mu.Unlock()
	if c := table.classes[t]; c != nil {
		merge(c, b)
		return
	}
	if table.bound == nil {
		table.bound = map[reflect.Type]*Bound{}
	}
	table.bound[t] = b
}

func merge(c *Class, b *Bound) {
	for _, m := range b.Promoted {
		c.Methods[m.GoName] = m
	}
	c.Shadows = b.Shadows
}

// Of returns the generated binding of the Go class type t, or nil.
func Of(t reflect.Type) *Class {
	table.mu.Lock()
	defer table.mu.Unlock()
	return table.classes[t]
}

// Codec moves a Go type the generated code does not specialise, in place (g points to a Go value
// of the type, e to the engine's value); package classdb provides it.
type Codec struct {
	VariantType variant.Type
	FromPtr     func(g unsafe.Pointer, e uintptr) error
	FromVar     func(g unsafe.Pointer, v gdi.ConstVariantPtr) error
	ToPtr       func(g unsafe.Pointer, e uintptr)
	ToVar       func(g unsafe.Pointer, dst gdi.UninitializedVariantPtr)
}

// CodecFor returns the codec of a Go type (installed by package classdb).
var CodecFor func(t reflect.Type) (*Codec, error)
