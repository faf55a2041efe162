package classdb

import (
	"fmt"
	"reflect"
	"unsafe"

	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/variantplumb"
	"github.com/gdpure/gdpure/variant"
)

// Go slices cross as the engine's packed arrays: []int, []int64 (and the smaller signed ints) as
// PackedInt64Array, []int32 as PackedInt32Array, []byte as PackedByteArray, []float64 and []float32
// as PackedFloat64Array and PackedFloat32Array, []string as PackedStringArray, and slices of
// Vector2, Vector3, Vector4 and Color as their packed arrays. Each crossing copies the elements; an
// element out of the Go type's range is an error.

// packedFor returns the Go type of the packed array a slice of elem crosses as.
func packedFor(elem reflect.Type) (reflect.Type, bool) {
	switch elem {
	case reflect.TypeFor[variant.Vector2]():
		return reflect.TypeFor[variant.Packed[variant.Vector2]](), true
	case reflect.TypeFor[variant.Vector3]():
		return reflect.TypeFor[variant.Packed[variant.Vector3]](), true
	case reflect.TypeFor[variant.Vector4]():
		return reflect.TypeFor[variant.Packed[variant.Vector4]](), true
	case reflect.TypeFor[variant.Color]():
		return reflect.TypeFor[variant.Packed[variant.Color]](), true
	}
	switch elem.Kind() {
	case reflect.Int, reflect.Int64, reflect.Int16, reflect.Int8, reflect.Uint16:
		return reflect.TypeFor[variant.Packed[int64]](), true
	case reflect.Int32:
		return reflect.TypeFor[variant.Packed[int32]](), true
	case reflect.Uint8:
		return reflect.TypeFor[variant.Packed[uint8]](), true
	case reflect.Float64:
		return reflect.TypeFor[variant.Packed[float64]](), true
	case reflect.Float32:
		return reflect.TypeFor[variant.Packed[float32]](), true
	case reflect.String:
		return reflect.TypeFor[variant.PackedStrings](), true
	}
	return nil, false
}

// toPacked makes a new packed array (its owner: the caller) holding the elements of the slice s.
func toPacked(s reflect.Value, pt reflect.Type) (any, func()) {
	n := s.Len()
	if pt == reflect.TypeFor[variant.PackedStrings]() {
		ss := make([]string, n)
		for i := range ss {
			ss[i] = s.Index(i).String()
		}
		p := variant.NewPackedStrings(ss...)
		return p, p.Destroy
	}
	to := reflect.New(reflect.SliceOf(packedElem(pt))).Elem()
	to.Set(reflect.MakeSlice(to.Type(), n, n))
	for i := 0; i < n; i++ {
		to.Index(i).Set(s.Index(i).Convert(to.Type().Elem()))
	}
	switch xs := to.Interface().(type) {
	case []int64:
		return newPacked(xs)
	case []int32:
		return newPacked(xs)
	case []uint8:
		return newPacked(xs)
	case []float64:
		return newPacked(xs)
	case []float32:
		return newPacked(xs)
	case []variant.Vector2:
		return newPacked(xs)
	case []variant.Vector3:
		return newPacked(xs)
	case []variant.Vector4:
		return newPacked(xs)
	case []variant.Color:
		return newPacked(xs)
	}
	panic("gdpure: toPacked of " + pt.String())
}

// newPacked makes a packed array of the elements xs and returns it with its Destroy.
func newPacked[T variant.PackedElem](xs []T) (any, func()) {
	p := variant.PackedOf(xs...)
	return p, p.Destroy
}

// packedElem returns the element type of a Packed[T] type (the result of its ToSlice).
func packedElem(pt reflect.Type) reflect.Type {
	m, _ := pt.MethodByName("ToSlice")
	return m.Type.Out(0).Elem()
}

// fromPacked copies the elements of the packed array p into a new Go slice of type st, checking
// that each fits.
func fromPacked(p any, st reflect.Type) (reflect.Value, error) {
	src := reflect.ValueOf(p).MethodByName("ToSlice").Call(nil)[0]
	n := src.Len()
	out := reflect.MakeSlice(st, n, n)
	et := st.Elem()
	for i := 0; i < n; i++ {
		x, d := src.Index(i), out.Index(i)
		switch {
		case x.CanInt() && d.CanInt():
			if d.OverflowInt(x.Int()) {
				return reflect.Value{}, fmt.Errorf("element %d: %d does not fit a Go %s", i, x.Int(), et)
			}
			d.SetInt(x.Int())
		case x.CanInt() && d.CanUint():
			if x.Int() < 0 || d.OverflowUint(uint64(x.Int())) {
				return reflect.Value{}, fmt.Errorf("element %d: %d does not fit a Go %s", i, x.Int(), et)
			}
			d.SetUint(uint64(x.Int()))
		default:
			d.Set(x.Convert(et))
		}
	}
	return out, nil
}

// sliceCodec moves a Go slice as a packed array (see packedFor).
func sliceCodec(t, pt reflect.Type) *codec {
	vt := variantTypeOf(pt)
	read := func(g unsafe.Pointer, packed any) error {
		s, err := fromPacked(packed, t)
		if err != nil {
			return err
		}
		reflect.NewAt(t, g).Elem().Set(s)
		return nil
	}
	return &codec{goType: t, vtype: vt,
		fromPtr: func(g unsafe.Pointer, e uintptr) error {
			p := variantplumb.CopyAtType(pt, e)
			defer reflect.ValueOf(p).MethodByName("Destroy").Call(nil)
			return read(g, p)
		},
		toPtr: func(g unsafe.Pointer, e uintptr) {
			p, done := toPacked(reflect.NewAt(t, g).Elem(), pt)
			defer done()
			variantplumb.AssignAt(e, p)
		},
		fromVar: func(g unsafe.Pointer, v gdi.ConstVariantPtr) error {
			tmp := variantplumb.CopyVariant(v)
			defer tmp.Destroy()
			if tmp.Type() == variant.TypeArray {
				// An Array whose elements are of the packed array's element type, as the engine's
				// packed-array properties and parameters accept one (["a", "b"] for a []string).
				arr, err := variant.As[variant.Array[variant.Variant]](tmp)
				if err != nil {
					return err
				}
				defer arr.Destroy()
				s, err := sliceFromArray(arr, t)
				if err != nil {
					return err
				}
				reflect.NewAt(t, g).Elem().Set(s)
				return nil
			}
			p, err := variantplumb.AsType(tmp, pt)
			if err != nil {
				return err
			}
			defer reflect.ValueOf(p).MethodByName("Destroy").Call(nil)
			return read(g, p)
		},
		toVar: func(g unsafe.Pointer, dst gdi.UninitializedVariantPtr) {
			p, done := toPacked(reflect.NewAt(t, g).Elem(), pt)
			defer done()
			x, err := variant.From(p)
			if err != nil {
				panic(err)
			}
			variantplumb.WriteVariant(x, dst)
			x.Destroy()
		},
	}
}

// sliceFromArray copies the elements of an Array into a new Go slice of type st. Each element must
// be of the Variant type the slice's packed array holds (a String or StringName for a []string, an
// int for an integer slice, an int or float for a float slice, the math type for the others) and
// fit the Go element type: anything else is an error naming the element, never a converted value.
func sliceFromArray(arr variant.Array[variant.Variant], st reflect.Type) (reflect.Value, error) {
	n := arr.Len()
	out := reflect.MakeSlice(st, n, n)
	et := st.Elem()
	for i := 0; i < n; i++ {
		x, err := arr.At(i)
		if err != nil {
			return reflect.Value{}, err
		}
		err = elementFromVariant(x, out.Index(i), et)
		x.Destroy()
		if err != nil {
			return reflect.Value{}, fmt.Errorf("element %d: %w", i, err)
		}
	}
	return out, nil
}

func elementFromVariant(x variant.Variant, d reflect.Value, et reflect.Type) error {
	t := x.Type()
	switch {
	case et.Kind() == reflect.String:
		if t != variant.TypeString && t != variant.TypeStringName {
			return fmt.Errorf("a %s is not a String", variant.TypeName(t))
		}
		d.SetString(x.String())
	case d.CanInt() || d.CanUint():
		n, err := x.Int()
		if err != nil {
			return fmt.Errorf("a %s is not an int", variant.TypeName(t))
		}
		if d.CanInt() && d.OverflowInt(n) || d.CanUint() && (n < 0 || d.OverflowUint(uint64(n))) {
			return fmt.Errorf("%d does not fit a Go %s", n, et)
		}
		if d.CanInt() {
			d.SetInt(n)
		} else {
			d.SetUint(uint64(n))
		}
	case d.CanFloat():
		if t == variant.TypeInt {
			n, _ := x.Int()
			d.SetFloat(float64(n))
			return nil
		}
		f, err := x.Float()
		if err != nil {
			return fmt.Errorf("a %s is not a float", variant.TypeName(t))
		}
		d.SetFloat(f)
	default:
		if err := x.Value(d.Addr().Interface()); err != nil {
			return err
		}
	}
	return nil
}
