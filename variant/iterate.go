package variant

import (
	"fmt"
	"iter"
	"runtime"

	"github.com/gdpure/gdpure/internal/gdi"
)

// Iterate returns the elements of the value the Variant holds, as GDScript's for loop yields them:
// 0..n-1 for an int n (and the ranges of a float or a vector, as GDScript counts them), the
// characters of a String, the elements of an Array or packed array, the keys of a Dictionary, and
// for an object what its _iter_init, _iter_next and _iter_get give (a script's, a Go class's or an
// engine class's). Each element is a Variant of its own. A value that cannot be iterated (a bool,
// a Color, a null object) is an error.
//
// The engine's iterator state lives in C memory for the loop and is destroyed when the loop ends
// (also on break); the Variant is kept alive meanwhile.
func (v Variant) Iterate() (iter.Seq[Variant], error) {
	switch t := v.Type(); t {
	case TypeInt, TypeFloat, TypeVector2, TypeVector2i, TypeVector3, TypeVector3i, TypeString, TypeStringName,
		TypeArray, TypeDictionary, TypePackedByteArray, TypePackedInt32Array, TypePackedInt64Array,
		TypePackedFloat32Array, TypePackedFloat64Array, TypePackedStringArray, TypePackedVector2Array,
		TypePackedVector3Array, TypePackedColorArray, TypePackedVector4Array:
	case TypeObject:
		if obj, err := v.object(); err != nil || obj == 0 {
			return nil, fmt.Errorf("variant: a null or freed object cannot be iterated")
		}
	default:
		return nil, fmt.Errorf("variant: a %s cannot be iterated", TypeName(t))
	}
	return func(yield func(Variant) bool) {
		// The iterator Variant, then the engine's valid flag.
		state := newHandle(variantTypeForDestroy, gdi.VariantSize+8)
		defer state.destroy()
		defer runtime.KeepAlive(v.h)
		it, valid := state.addr, state.addr+gdi.VariantSize
		self := gdi.ConstVariantPtr(v.cptr())
		more := gdi.VariantIterInit(self, gdi.UninitializedVariantPtr(it), valid) != 0
		for more && *(*gdi.Bool)(gdi.CPtr(valid)) != 0 {
			x := newVariant(func(dst gdi.UninitializedVariantPtr) {
				gdi.VariantIterGet(self, gdi.VariantPtr(it), dst, valid)
			})
			if *(*gdi.Bool)(gdi.CPtr(valid)) == 0 {
				x.Destroy()
				return
			}
			if !yield(x) {
				return
			}
			more = gdi.VariantIterNext(self, gdi.VariantPtr(it), valid) != 0
		}
	}, nil
}
