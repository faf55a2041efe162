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
type Dictionary struct{ h ref }

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
	if d.h.handle == nil {
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

// callWithKey calls a Dictionary method taking one Variant (at key, in C memory) and returning a
// bool.
func (d Dictionary) callWithKey(f *engine.Frame, method *builtinRef, key gdi.ConstVariantPtr) bool {
	args := f.Alloc(8)
	*(*uintptr)(gdi.CPtr(args)) = uintptr(key)
	ret := f.Alloc(8)
	method.get().Call(gdi.TypePtr(d.ptr()), args, gdi.TypePtr(ret), 1)
	runtime.KeepAlive(d.h)
	return *(*uint8)(gdi.CPtr(ret)) != 0
}

// Set stores value under key (both anything From accepts). On a zero Dictionary it first makes a
// new dictionary; copies of the zero value made before do not see it. On an error (a key or value
// that cannot become a Variant) the dictionary is unchanged.
//
// Not inlined (nor Get, Delete): a caller then sees this method's own escape information, in which
// key and value do not escape, instead of a call to a generic function's shape instance, which the
// compiler treats as letting them escape, and which would box an int key on the heap.
//
//go:noinline
func (d *Dictionary) Set(key, value any) error { return dictSet(d, key, value) }

// Get returns the value under key, and whether the key is present.
//
//go:noinline
func (d Dictionary) Get(key any) (Variant, bool, error) { return dictGet[any, Variant](d, key) }

// dictSet stores value under key, both converted in call-frame memory (no owned Variant for the
// types setDirect handles). The value is converted before the key goes in, so a failed conversion
// leaves the dictionary as it was.
func dictSet[K, V any](d *Dictionary, key K, value V) error {
	if kw, ok := variantWords(key); ok {
		if vw, ok := variantWords(value); ok {
			// Both need no destructor: the key goes on the C stack, the value is written as words.
			slot := gdi.DictionaryOperatorIndexWords(gdi.TypePtr(mutPtr(&d.h, TypeDictionary)), kw)
			destroyVariant(slot)
			*(*[2]uint64)(gdi.CPtr(uintptr(slot))) = [2]uint64{vw[0], vw[1]}
			runtime.KeepAlive(d.h)
			return nil
		}
	}
	f := engine.AcquireFrame()
	defer f.Release()
	val := f.Alloc(gdi.VariantSize)
	if err := writeVariant(gdi.UninitializedVariantPtr(val), value); err != nil {
		return err
	}
	defer destroyVariant(gdi.VariantPtr(val))
	return withVariant(key, func(_ *engine.Frame, k gdi.ConstVariantPtr) {
		slot := gdi.DictionaryOperatorIndex(gdi.TypePtr(mutPtr(&d.h, TypeDictionary)), k)
		destroyVariant(slot)
		copyVariantTo(gdi.UninitializedVariantPtr(slot), gdi.ConstVariantPtr(val))
		runtime.KeepAlive(d.h)
	})
}

// dictGet returns the value under key as a V, and whether the key is present. An error with ok
// true is the value's conversion; with ok false, the key's.
func dictGet[K, V any](d Dictionary, key K) (val V, ok bool, err error) {
	if kw, words := variantWords(key); words {
		if d.h.handle == nil {
			return val, false, nil
		}
		defer runtime.KeepAlive(d.h)
		if uint8(dictionaryHas.get().CallWithVariantWords(gdi.TypePtr(d.ptr()), kw)) == 0 {
			return val, false, nil
		}
		slot := gdi.DictionaryOperatorIndexConstWords(gdi.ConstTypePtr(d.ptr()), kw)
		val, err = readVariant[V](gdi.ConstVariantPtr(slot))
		return val, true, err
	}
	kerr := withVariant(key, func(f *engine.Frame, k gdi.ConstVariantPtr) {
		if d.h.handle == nil || !d.callWithKey(f, &dictionaryHas, k) {
			return
		}
		slot := gdi.DictionaryOperatorIndexConst(gdi.ConstTypePtr(d.ptr()), k)
		ok = true
		val, err = readVariant[V](gdi.ConstVariantPtr(slot))
		runtime.KeepAlive(d.h)
	})
	if kerr != nil {
		return val, false, kerr
	}
	return val, ok, err
}

// Delete removes key and reports whether it was present.
//
//go:noinline
func (d Dictionary) Delete(key any) (bool, error) {
	if kw, ok := variantWords(key); ok {
		if d.h.handle == nil {
			return false, nil
		}
		found := uint8(dictionaryErase.get().CallWithVariantWords(gdi.TypePtr(d.ptr()), kw)) != 0
		runtime.KeepAlive(d.h)
		return found, nil
	}
	var found bool
	err := withVariant(key, func(f *engine.Frame, k gdi.ConstVariantPtr) {
		found = d.h.handle != nil && d.callWithKey(f, &dictionaryErase, k)
	})
	return found, err
}

// Keys returns the keys, in the dictionary's (insertion) order.
func (d Dictionary) Keys() Array[Variant] {
	if d.h.handle == nil {
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
	if d.h.handle == nil {
		gdi.VariantGetPtrConstructor(gdi.VariantType(TypeDictionary), 0).Call(dst, 0)
		return
	}
	copyConstruct(TypeDictionary, dst, d.ptr())
	runtime.KeepAlive(d.h)
}
