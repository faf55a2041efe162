package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"

	"github.com/stretchr/testify/assert"

	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/variant"
	"github.com/gdpure/gdpure/variant/utility"
)

// Generated values of every Variant type that holds data (the math value types, packed arrays of
// each element type, Arrays and Dictionaries of mixed values, text) go from Go into a Variant and
// back, and through the engine's own encoder and decoder (var_to_bytes, bytes_to_var), which
// read and write the engine's layout of each type: what comes back must be what went in, bit for
// bit, and the engine must find the decoded Variant equal to Go's.
func init() {
	godottest.Test("Fuzz/EveryVariantType", func(t *godottest.T) {
		r := rand.New(rand.NewPCG(16, 2027))
		valueTypes := []any{variant.Vector2{}, variant.Vector2i{}, variant.Rect2{}, variant.Rect2i{}, variant.Vector3{},
			variant.Vector3i{}, variant.Transform2D{}, variant.Vector4{}, variant.Vector4i{}, variant.Plane{},
			variant.Quaternion{}, variant.AABB{}, variant.Basis{}, variant.Transform3D{}, variant.Projection{},
			variant.Color{}, variant.RID{}}
		sliceTypes := []any{[]byte(nil), []int32(nil), []int64(nil), []float32(nil), []float64(nil), []string(nil),
			[]variant.Vector2(nil), []variant.Vector3(nil), []variant.Color(nil), []variant.Vector4(nil)}
		bad, tried := 0, map[variant.Type]int{}
		fail := func(format string, args ...any) {
			if bad++; bad <= 10 {
				assert.Fail(t, "a value did not come back", fmt.Sprintf(format, args...))
			}
		}
		n := fuzzIterations() / 4
		if gdi.GCStress {
			// Every value crosses the engine some fifty times (a collection each under GC stress):
			// three rounds of every type check the memory of each type's conversions, in 10 s
			// rather than 40; the normal run of the same suite takes 500 rounds.
			n = 3
		}
		for i := 0; i < n; i++ {
			for _, z := range valueTypes {
				x := reflect.New(reflect.TypeOf(z)).Elem()
				fillRandom(x, r)
				roundTripValue(x.Interface(), tried, fail)
			}
			for _, z := range sliceTypes {
				x := reflect.MakeSlice(reflect.TypeOf(z), r.IntN(12), 12)
				for j := 0; j < x.Len(); j++ {
					fillRandom(x.Index(j), r)
				}
				roundTripSlice(x.Interface(), tried, fail)
			}
			mixed := make([]any, r.IntN(8))
			dict := variant.NewDictionary()
			for j := range mixed {
				mixed[j] = randomScalar(r)
				if err := dict.Set(randomScalar(r), randomScalar(r)); err != nil {
					fail("Dictionary.Set: %v", err)
				}
			}
			roundTripContainer(mixed, tried, fail)
			roundTripContainer(dict, tried, fail)
			dict.Destroy()
		}
		t.Logf("%d rounds of %d Variant types (%d values) through Go and the engine's encoder", n, len(tried), sum(tried))
		assert.Equal(t, len(valueTypes)+len(sliceTypes)+2, len(tried), "every type was tried")
	})
}

// fillRandom sets x (a settable value) to random contents: finite floats of every magnitude
// (bit patterns, NaN excluded, since it equals nothing), integers of every bit pattern, text.
func fillRandom(x reflect.Value, r *rand.Rand) {
	switch x.Kind() {
	case reflect.Float32:
		f := math.Float32frombits(r.Uint32())
		for f != f {
			f = math.Float32frombits(r.Uint32())
		}
		x.SetFloat(float64(f))
	case reflect.Float64:
		f := math.Float64frombits(r.Uint64())
		for f != f {
			f = math.Float64frombits(r.Uint64())
		}
		x.SetFloat(f)
	case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Int:
		x.SetInt(int64(r.Uint64()))
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uint:
		x.SetUint(r.Uint64())
	case reflect.String:
		x.SetString(randomText(r))
	case reflect.Struct:
		for i := 0; i < x.NumField(); i++ {
			fillRandom(x.Field(i), r)
		}
	case reflect.Array:
		for i := 0; i < x.Len(); i++ {
			fillRandom(x.Index(i), r)
		}
	default:
		panic("fillRandom: " + x.Type().String())
	}
}

func randomText(r *rand.Rand) string {
	runes := make([]rune, r.IntN(10))
	for i := range runes {
		switch r.IntN(3) {
		case 0:
			runes[i] = rune(' ' + r.IntN(95))
		case 1:
			runes[i] = rune(0xA0 + r.IntN(0xD7FF-0xA0))
		default:
			runes[i] = rune(0x10000 + r.IntN(0x10FFFF-0x10000))
		}
	}
	return string(runes)
}

func randomScalar(r *rand.Rand) any {
	switch r.IntN(4) {
	case 0:
		return int64(r.Uint64())
	case 1:
		f := math.Float64frombits(r.Uint64())
		if f != f {
			f = 0.5
		}
		return f
	case 2:
		return r.IntN(2) == 1
	default:
		return randomText(r)
	}
}

// throughEngine encodes v with the engine's var_to_bytes and decodes the bytes with its
// bytes_to_var: a new Variant the engine made from its own reading of v.
func throughEngine(v variant.Variant) (variant.Variant, error) {
	b, err := utility.VarToBytes(v)
	if err != nil {
		return variant.Variant{}, err
	}
	defer b.Destroy()
	return utility.BytesToVar(b), nil
}

// engineEqual reports whether the engine finds a == b.
func engineEqual(a, b variant.Variant) bool {
	eq, err := variant.Evaluate(variant.OpEqual, a, b)
	if err != nil {
		return false
	}
	defer eq.Destroy()
	same, _ := eq.Bool()
	return same
}

func roundTripValue(x any, tried map[variant.Type]int, fail func(string, ...any)) {
	v, err := variant.From(x)
	if err != nil {
		fail("%T %+v: %v", x, x, err)
		return
	}
	defer v.Destroy()
	tried[v.Type()]++
	back := reflect.New(reflect.TypeOf(x))
	if err := v.Value(back.Interface()); err != nil || !reflect.DeepEqual(back.Elem().Interface(), x) {
		fail("%T %+v came back from its Variant as %+v (%v)", x, x, back.Elem().Interface(), err)
		return
	}
	e, err := throughEngine(v)
	if err != nil {
		fail("%T %+v: var_to_bytes: %v", x, x, err)
		return
	}
	defer e.Destroy()
	back = reflect.New(reflect.TypeOf(x))
	if err := e.Value(back.Interface()); err != nil || !reflect.DeepEqual(back.Elem().Interface(), x) {
		fail("%T %+v came back through the engine's encoder as %+v (%v)", x, x, back.Elem().Interface(), err)
		return
	}
	if !engineEqual(v, e) {
		fail("%T %+v: the engine finds Go's Variant and its own decoding of it different", x, x)
	}
}

func roundTripSlice(x any, tried map[variant.Type]int, fail func(string, ...any)) {
	v, err := variant.From(x)
	if err != nil {
		fail("%T %v: %v", x, x, err)
		return
	}
	defer v.Destroy()
	tried[v.Type()]++
	check := func(w variant.Variant, where string) bool {
		back := reflect.New(reflect.TypeOf(x))
		err := w.Slice(back.Interface())
		got := back.Elem()
		if err != nil || got.Len() != reflect.ValueOf(x).Len() || got.Len() > 0 && !reflect.DeepEqual(got.Interface(), x) {
			fail("%T %v came back %s as %v (%v)", x, x, where, got.Interface(), err)
			return false
		}
		return true
	}
	if !check(v, "from its Variant") {
		return
	}
	e, err := throughEngine(v)
	if err != nil {
		fail("%T: var_to_bytes: %v", x, err)
		return
	}
	defer e.Destroy()
	if e.Type() != v.Type() {
		fail("%T became a %v through the engine's encoder, not a %v", x, e.Type(), v.Type())
		return
	}
	if check(e, "through the engine's encoder") && !engineEqual(v, e) {
		fail("%T %v: the engine finds Go's Variant and its own decoding of it different", x, x)
	}
}

// roundTripContainer takes an Array ([]any) or a Dictionary of mixed scalars
// through the engine's encoder; the engine compares them element by element.
func roundTripContainer(x any, tried map[variant.Type]int, fail func(string, ...any)) {
	v, err := variant.From(x)
	if err != nil {
		fail("%T %v: %v", x, x, err)
		return
	}
	defer v.Destroy()
	tried[v.Type()]++
	e, err := throughEngine(v)
	if err != nil {
		fail("%T: var_to_bytes: %v", x, err)
		return
	}
	defer e.Destroy()
	if e.Type() != v.Type() || !engineEqual(v, e) {
		fail("%T %v came back through the engine's encoder as %v", x, x, e)
	}
}

func sum(m map[variant.Type]int) int {
	n := 0
	for _, c := range m {
		n += c
	}
	return n
}
