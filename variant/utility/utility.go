// Package utility exposes the engine's utility functions — math (sin, lerp, snapped, …), random
// numbers, printing and error reporting (print, push_error, push_warning, …), conversions (str,
// var_to_str, bytes_to_var, …) — as Go functions, generated from extension_api.json (zutility.go).
//
// Every argument and result travels in call-frame C memory (engine.Frame) for the duration of
// the call; nothing the engine sees is Go memory. Functions that take Variants (any) return an
// error when a Go value cannot become one.
package utility

import (
	"math"
	"reflect"
	"sync"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/variantplumb"
	"github.com/gdpure/gdpure/variant"
)

// slotSize fits any scalar argument (int64, double, bool, an 8-byte String or a 16-byte packed
// array header); Variants take gdi.VariantSize.
const slotSize = 16

var utilities struct {
	once sync.Once
	fns  [utilityCount]gdi.PtrUtilityFunction
}

// utility returns the engine's function pointer for generated utility i, resolving all of them on
// first use.
func utility(i int) gdi.PtrUtilityFunction {
	utilities.once.Do(func() {
		for j := range utilities.fns {
			utilities.fns[j] = gdi.VariantGetPtrUtilityFunction(
				gdi.ConstStringNamePtr(engine.StaticStringName(utilityNames[j])), gdi.Int(utilityHashes[j]))
			if utilities.fns[j] == 0 {
				panic("gdpure: the engine has no utility function " + utilityNames[j] + " with the pinned hash")
			}
		}
	})
	return utilities.fns[i]
}

func setArg(argv uintptr, i int, p uintptr) { *(*uintptr)(gdi.CPtr(argv + uintptr(i)*8)) = p }

func putFloat(p uintptr, x float64) { *(*uint64)(gdi.CPtr(p)) = math.Float64bits(x) }
func putInt(p uintptr, x int64)     { *(*int64)(gdi.CPtr(p)) = x }

//lint:ignore U1000 for generated utility functions with a bool argument
func putBool(p uintptr, x bool) {
	if x {
		*(*uint8)(gdi.CPtr(p)) = 1
	}
}

func putString(p uintptr, s string) {
	variantplumb.NewStringAt(gdi.UninitializedStringPtr(p), s)
}

func destroyString(p uintptr) { variantplumb.DestroyString(gdi.StringPtr(p)) }

func putPacked(p uintptr, x variant.Packed[uint8]) {
	variantplumb.WritePackedTo(x, gdi.UninitializedTypePtr(p))
}

// putVariant writes x as a Variant into new frame memory; the caller destroys it after the call.
func putVariant(f *engine.Frame, x any) (uintptr, error) {
	v, err := variant.From(x)
	if err != nil {
		return 0, err
	}
	defer v.Destroy()
	p := f.Alloc(gdi.VariantSize)
	variantplumb.WriteVariant(v, gdi.UninitializedVariantPtr(p))
	return p, nil
}

func destroyVariant(p uintptr) { gdi.VariantDestroy(gdi.VariantPtr(p)) }

func getFloat(p uintptr) float64 { return math.Float64frombits(*(*uint64)(gdi.CPtr(p))) }
func getInt(p uintptr) int64     { return *(*int64)(gdi.CPtr(p)) }
func getBool(p uintptr) bool     { return *(*uint8)(gdi.CPtr(p)) != 0 }
func getRID(p uintptr) variant.RID {
	return variant.RID{ID: *(*uint64)(gdi.CPtr(p))}
}

func getString(p uintptr) string {
	s := variantplumb.StringAt(gdi.ConstStringPtr(p))
	variantplumb.DestroyString(gdi.StringPtr(p))
	return s
}

func getVariant(p uintptr) variant.Variant {
	v := variantplumb.CopyVariant(gdi.ConstVariantPtr(p))
	gdi.VariantDestroy(gdi.VariantPtr(p))
	return v
}

func getPacked[T variant.PackedElem](p uintptr) variant.Packed[T] {
	var out variant.Packed[T]
	variantplumb.PackedAt(gdi.ConstTypePtr(p), &out)
	var zero variant.Packed[T]
	variantplumb.DestroyAt(typeOfPacked(zero), gdi.TypePtr(p))
	return out
}

func typeOfPacked(x any) variant.Type {
	v, _ := variantplumb.PackedTypeOf(reflect.TypeOf(x))
	return v
}

// allocArgs returns frame memory for an array of argc argument pointers.
func allocArgs(f *engine.Frame, argc int) uintptr {
	if argc < 1 {
		argc = 1
	}
	return f.Alloc(uintptr(argc) * 8)
}
