package variant

import (
	"iter"
	"runtime"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
)

// Dictionary is the engine's Dictionary (untyped keys and values). Like GDScript's it is a
// reference type: copies of the Go value, and the engine, share one dictionary. Its engine data is
// owned as described in owned.go. The zero Dictionary reads as empty; a method that adds to it
// first makes a new dictionary (NewDictionary makes one explicitly).
type Dictionary struct{ h *handle }

const dictionarySlotSize = 8

// NewDictionary makes an empty engine Dictionary.
func NewDictionary() Dictionary {
	h := newHandle(TypeDictionary, dictionarySlotSize)
	gdi.VariantGetPtrConstructor(gdi.VariantType(TypeDictionary), 0).Call(gdi.UninitializedTypePtr(h.addr), 0)
	return Dictionary{h}
}

func (d Dictionary) ptr() uintptr { return ptrOf(d.h, TypeDictionary) }

// Len returns the number of entries.
func (d Dictionary) Len() int {
	if d.h == nil {
		return 0
	}
	f := engine.AcquireFrame()
	defer f.Release()
	ret := f.Alloc(8)
	dictionarySizeRef.get().Call(gdi.TypePtr(d.ptr()), 0, gdi.TypePtr(ret), 0)
	runtime.KeepAlive(d.h)
	return int(*(*int64)(gdi.CPtr(ret)))
}

var (
	dictionarySizeRef = builtinRef{class: "Dictionary", name: "size"}
	dictionaryKeys    = builtinRef{class: "Dictionary", name: "keys"}
	dictionaryHas     = builtinRef{class: "Dictionary", name: "has"}
	dictionaryErase   = builtinRef{class: "Dictionary", name: "erase"}
)

// callWithKey calls a Dictionary method taking one Variant and returning a bool.
func (d Dictionary) callWithKey(method *builtinRef, key Variant) bool {
	f := engine.AcquireFrame()
	defer f.Release()
	args := f.Alloc(8)
	*(*uintptr)(gdi.CPtr(args)) = uintptr(key.cptr())
	ret := f.Alloc(8)
	method.get().Call(gdi.TypePtr(d.ptr()), args, gdi.TypePtr(ret), 1)
	runtime.KeepAlive(d.h)
	runtime.KeepAlive(key.h)
	return *(*uint8)(gdi.CPtr(ret)) != 0
}

// Set stores value under key (both anything From accepts). On a zero Dictionary it first makes a
// new dictionary; copies of the zero value made before do not see it.
func (d *Dictionary) Set(key, value any) error {
	k, err := From(key)
	if err != nil {
		return err
	}
	defer k.Destroy()
	v, err := From(value)
	if err != nil {
		return err
	}
	defer v.Destroy()
	slot := gdi.DictionaryOperatorIndex(gdi.TypePtr(mutPtr(&d.h, TypeDictionary)), k.cptr())
	gdi.VariantDestroy(slot)
	gdi.VariantNewCopy(gdi.UninitializedVariantPtr(slot), v.cptr())
	runtime.KeepAlive(d.h)
	return nil
}

// Get returns the value under key, and whether the key is present.
func (d Dictionary) Get(key any) (Variant, bool, error) {
	k, err := From(key)
	if err != nil {
		return Variant{}, false, err
	}
	defer k.Destroy()
	if d.h == nil || !d.callWithKey(&dictionaryHas, k) {
		return Variant{}, false, nil
	}
	slot := gdi.DictionaryOperatorIndexConst(gdi.ConstTypePtr(d.ptr()), k.cptr())
	v := copyVariant(gdi.ConstVariantPtr(slot))
	runtime.KeepAlive(d.h)
	return v, true, nil
}

// Delete removes key and reports whether it was present.
func (d Dictionary) Delete(key any) (bool, error) {
	k, err := From(key)
	if err != nil {
		return false, err
	}
	defer k.Destroy()
	if d.h == nil {
		return false, nil
	}
	return d.callWithKey(&dictionaryErase, k), nil
}

// Keys returns the keys, in the dictionary's (insertion) order.
func (d Dictionary) Keys() Array[Variant] {
	if d.h == nil {
		return NewArray[Variant]()
	}
	h := newHandle(TypeArray, arraySlotSize)
	dictionaryKeys.get().Call(gdi.TypePtr(d.ptr()), 0, gdi.TypePtr(h.addr), 0)
	runtime.KeepAlive(d.h)
	return Array[Variant]{h}
}

// All iterates over the entries in insertion order.
func (d Dictionary) All() iter.Seq2[Variant, Variant] {
	return func(yield func(Variant, Variant) bool) {
		keys := d.Keys()
		defer keys.Destroy()
		for _, k := range keys.All() {
			v, ok, err := d.Get(k)
			if err != nil || !ok {
				continue
			}
			if !yield(k, v) {
				return
			}
		}
	}
}

// Destroy releases this Go value's reference now; it must not be used afterwards.
func (d Dictionary) Destroy() { d.h.destroy() }

// cptr returns the C address of the engine value (see String.cptr).
func (d Dictionary) cptr() gdi.ConstTypePtr { return gdi.ConstTypePtr(d.ptr()) }

// DictionaryFromVariant returns a new reference to the Dictionary the Variant holds, or an error.
func DictionaryFromVariant(v Variant) (Dictionary, error) {
	if t := v.Type(); t != TypeDictionary {
		return Dictionary{}, &MismatchError{TypeDictionary, t}
	}
	h := newHandle(TypeDictionary, dictionarySlotSize)
	toType[TypeDictionary].Call(gdi.UninitializedTypePtr(h.addr), gdi.VariantPtr(v.cptr()))
	runtime.KeepAlive(v.h)
	return Dictionary{h}, nil
}

// writeTo writes a new reference to the dictionary into the uninitialized slot dst.
func (d Dictionary) writeTo(dst gdi.UninitializedTypePtr) {
	if d.h == nil {
		gdi.VariantGetPtrConstructor(gdi.VariantType(TypeDictionary), 0).Call(dst, 0)
		return
	}
	copyConstruct(TypeDictionary, dst, d.ptr())
	runtime.KeepAlive(d.h)
}
