package variant

import (
	"math"
	"runtime"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/escape"
	"github.com/gdpure/gdpure/internal/gdi"
)

// Elements of containers (Array[T], Dictionary) move between Go values and Variants in the
// engine's memory directly, for the element types that need neither reflection nor an owned Go
// value: bool, int, int64, float64, string, Variant. The others go through From and As. The
// conversions are As's and From's (the same errors), only without the owned Variant between.

// setDirect writes x as a new Variant at the uninitialized Variant slot dst (C memory, valid for
// the call) and reports true, or reports false, writing nothing, for a type it does not handle.
// The caller destroys the Variant at dst when done.
func setDirect[T any](dst gdi.UninitializedVariantPtr, x T) bool {
	switch x := any(x).(type) {
	case nil:
		setNil(dst)
	case int64:
		setInt(dst, x)
	case int:
		setInt(dst, int64(x))
	case float64:
		setFloat(dst, x)
	case bool:
		setBool(dst, x)
	case string:
		setString(dst, x)
	case Variant:
		gdi.VariantNewCopy(dst, gdi.ConstVariantPtr(ptrOf(x.h, variantTypeForDestroy)))
		runtime.KeepAlive(x.h)
	default:
		return false
	}
	return true
}

// variantWords returns x as the words of a Variant that needs no destructor (Nil, bool, int or
// float, in the layout scalarLayout checked), with ok true, for a call that puts the Variant on the
// C stack itself (gdi.CallWithVariantWords); ok is false for any other value, where the call path
// has no such calls (gdi.WordPtrcalls) or where the layout check failed. The conversions are
// setDirect's.
func variantWords[T any](x T) (w gdi.VariantWords, ok bool) {
	if !gdi.WordPtrcalls || !scalarLayout {
		return w, false
	}
	switch x := any(x).(type) {
	case nil:
		return w, true
	case int64:
		return gdi.VariantWords{uint64(TypeInt), uint64(x)}, true
	case int:
		return gdi.VariantWords{uint64(TypeInt), uint64(int64(x))}, true
	case float64:
		return gdi.VariantWords{uint64(TypeFloat), math.Float64bits(x)}, true
	case bool:
		w[0] = uint64(TypeBool)
		if x {
			w[1] = 1
		}
		return w, true
	}
	return w, false
}

// getDirect reads the Variant at p (C memory, valid for the call) as a T, with ok true; ok false
// (and nothing read) for a type it does not handle.
func getDirect[T any](p gdi.ConstVariantPtr) (x T, ok bool, err error) {
	switch out := any(&x).(type) {
	case *int64:
		*out, err = toInt(p)
	case *int:
		var i int64
		i, err = toInt(p)
		*out = int(i)
	case *float64:
		*out, err = toFloat(p)
	case *bool:
		*out, err = toBool(p)
	case *string:
		*out, err = toString(p)
	case *Variant:
		*out = copyVariant(p)
	default:
		return x, false, nil
	}
	return x, true, err
}

// writeVariant writes x as a new Variant at the uninitialized Variant slot dst (C memory, valid
// for the call): directly when setDirect handles T, else through From. On an error dst is left
// untouched. The caller destroys the Variant at dst when done.
func writeVariant[T any](dst gdi.UninitializedVariantPtr, x T) error {
	if setDirect(dst, x) {
		return nil
	}
	// From keeps nothing of its argument after it returns (escape's memory rule), so a value the
	// caller passed as an interface (a Dictionary key, a value to set) may stay on its stack.
	boxed := any(x)
	v, err := From(escape.Hidden(&boxed))
	if err != nil {
		return err
	}
	gdi.VariantNewCopy(dst, v.cptr())
	runtime.KeepAlive(v.h)
	v.Destroy()
	return nil
}

// withVariant calls fn with a call frame and the address of a Variant holding x in its memory, and
// destroys the Variant after. A conversion error is returned before fn runs.
func withVariant[T any](x T, fn func(f *engine.Frame, v gdi.ConstVariantPtr)) error {
	f := engine.AcquireFrame()
	defer f.Release()
	slot := f.Alloc(gdi.VariantSize)
	if err := writeVariant(gdi.UninitializedVariantPtr(slot), x); err != nil {
		return err
	}
	fn(f, gdi.ConstVariantPtr(slot))
	destroyVariant(gdi.VariantPtr(slot))
	return nil
}

// readVariant reads the Variant at p as a T: As's conversion, without an owned copy when
// getDirect handles T.
func readVariant[T any](p gdi.ConstVariantPtr) (T, error) {
	if x, ok, err := getDirect[T](p); ok {
		return x, err
	}
	v := copyVariant(p)
	defer v.Destroy()
	return As[T](v)
}
