package variant

import (
	"fmt"
	"iter"
	"reflect"
	"runtime"

	"github.com/gdpure/gdpure/internal/classhook"
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
)

// TypedDictionary is the engine's typed Dictionary (Godot 4.4+, GDScript's Dictionary[K, V]): keys
// of type K, values of type V (Variant for either side leaves it untyped). Like Dictionary it is a
// reference type whose engine data is owned as described in owned.go; the zero value reads as
// empty, and a method that adds to it first makes a new, typed dictionary. As a parameter,
// property or result of a Go class it carries the engine's typed-dictionary hint, and a dictionary
// that crosses from the engine with a key or value of another type is refused naming it, as for
// Array[T].
type TypedDictionary[K, V any] struct{ h ref }

// NewTypedDictionary makes an empty engine Dictionary typed as Dictionary[K, V].
func NewTypedDictionary[K, V any]() TypedDictionary[K, V] {
	d := NewDictionary()
	f := engine.AcquireFrame()
	defer f.Release()
	kt, kc := typedSide(f, reflect.TypeFor[K]())
	vt, vc := typedSide(f, reflect.TypeFor[V]())
	gdi.DictionarySetTyped(gdi.TypePtr(d.ptr()), kt, kc, gdi.ConstVariantPtr(zeroBytes), vt, vc, gdi.ConstVariantPtr(zeroBytes))
	runtime.KeepAlive(d.h)
	return TypedDictionary[K, V](d)
}

// typedSide returns the engine's type and class name of one side of a typed container (Nil for
// Variant, which leaves it untyped).
func typedSide(f *engine.Frame, t reflect.Type) (gdi.VariantType, gdi.ConstStringNamePtr) {
	vt, ok := variantTypeOf(t)
	if !ok {
		return gdi.VariantTypeNil, gdi.ConstStringNamePtr(zeroBytes)
	}
	if vt == TypeObject {
		class, _ := classhook.ClassOf(t)
		return gdi.VariantType(vt), gdi.ConstStringNamePtr(f.StringName(class))
	}
	return gdi.VariantType(vt), gdi.ConstStringNamePtr(zeroBytes)
}

// Untyped returns the same dictionary as a Dictionary (shared, not copied).
func (d TypedDictionary[K, V]) Untyped() Dictionary { return Dictionary(d) }

func (d TypedDictionary[K, V]) ptr() uintptr { return ptrOf(d.h, TypeDictionary) }

// cptr returns the C address of the engine value (see String.cptr).
func (d TypedDictionary[K, V]) cptr() gdi.ConstTypePtr { return gdi.ConstTypePtr(d.ptr()) }

// Len returns the number of entries.
func (d TypedDictionary[K, V]) Len() int { return d.Untyped().Len() }

// Set stores value under key. On a zero TypedDictionary it first makes a new, typed one; copies of
// the zero value made before do not see it.
func (d *TypedDictionary[K, V]) Set(key K, value V) error {
	if d.h.handle == nil {
		*d = NewTypedDictionary[K, V]()
	}
	u := d.Untyped()
	return dictSet(&u, key, value)
}

// Get returns the value under key and whether the key is present; a present value that is not a
// V is an error.
func (d TypedDictionary[K, V]) Get(key K) (V, bool, error) {
	x, ok, err := dictGet[K, V](d.Untyped(), key)
	if err != nil && ok {
		var zero V
		return zero, true, fmt.Errorf("%s: the value of %v: %w", d.typeName(), key, err)
	}
	return x, ok, err
}

// Delete removes key and reports whether it was present.
func (d TypedDictionary[K, V]) Delete(key K) (bool, error) { return d.Untyped().Delete(key) }

// All iterates over the entries in insertion order. An entry whose key is not a K or whose value
// is not a V panics naming it (CheckElements reports it as an error first), never a silent stop.
func (d TypedDictionary[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range d.Untyped().All() {
			key, err := As[K](k)
			if err != nil {
				panic(fmt.Sprintf("variant: %s: key %s: %v", d.typeName(), k, err))
			}
			val, err := As[V](v)
			if err != nil {
				panic(fmt.Sprintf("variant: %s: the value of %s: %v", d.typeName(), k, err))
			}
			k.Destroy()
			v.Destroy()
			if !yield(key, val) {
				return
			}
		}
	}
}

// CheckElements returns an error naming the first key that is not a K or value that is not a V.
func (d TypedDictionary[K, V]) CheckElements() error {
	if d.h.handle == nil {
		return nil
	}
	for k, v := range d.Untyped().All() {
		_, kerr := As[K](k)
		_, verr := As[V](v)
		text := k.String()
		k.Destroy()
		v.Destroy()
		if kerr != nil {
			return fmt.Errorf("%s: key %s: %w", d.typeName(), text, kerr)
		}
		if verr != nil {
			return fmt.Errorf("%s: the value of %s: %w", d.typeName(), text, verr)
		}
	}
	return nil
}

// Destroy releases this Go value's reference now; it must not be used afterwards.
func (d TypedDictionary[K, V]) Destroy() { d.h.destroy() }

// typeName names the type for errors: "Dictionary[String, int]".
func (d TypedDictionary[K, V]) typeName() string {
	k, v := typedDictionarySideNames(reflect.TypeFor[TypedDictionary[K, V]]())
	return "Dictionary[" + k + ", " + v + "]"
}

// typedDictionaryValue is satisfied by every TypedDictionary[K, V], so From and the plumbing can
// take any of them.
type typedDictionaryValue interface {
	handle() ref
	newEmpty() ref
	sideTypes() (reflect.Type, reflect.Type)
}

func (d TypedDictionary[K, V]) handle() ref   { return d.h }
func (d TypedDictionary[K, V]) newEmpty() ref { return NewTypedDictionary[K, V]().h }
func (d TypedDictionary[K, V]) sideTypes() (reflect.Type, reflect.Type) {
	return reflect.TypeFor[K](), reflect.TypeFor[V]()
}

func (d *TypedDictionary[K, V]) setTypedDictionaryHandle(h ref) { d.h = h }

// typedDictionaryTarget is satisfied by every *TypedDictionary[K, V].
type typedDictionaryTarget interface{ setTypedDictionaryHandle(ref) }

// isTypedDictionaryType reports whether t is some TypedDictionary[K, V].
func isTypedDictionaryType(t reflect.Type) bool {
	return reflect.PointerTo(t).Implements(reflect.TypeFor[typedDictionaryTarget]())
}

// typedDictionarySideNames returns the engine's names of the key and value types of the
// TypedDictionary type t ("String", "int", a class name, "Variant" for an untyped side), for
// package classdb's typed-dictionary hint.
func typedDictionarySideNames(t reflect.Type) (string, string) {
	k, v := reflect.New(t).Elem().Interface().(typedDictionaryValue).sideTypes()
	return sideName(k), sideName(v)
}

func sideName(t reflect.Type) string {
	vt, ok := variantTypeOf(t)
	switch {
	case !ok:
		return "Variant"
	case vt == TypeObject:
		class, _ := classhook.ClassOf(t)
		return class
	}
	return TypeName(vt)
}
