package variant

import (
	"fmt"
	"math"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
)

var (
	nan32  = float32(math.NaN())
	inf32  = float32(math.Inf(1))
	ninf32 = float32(math.Inf(-1))
	negZ   = float32(math.Copysign(0, -1))
)

// nmBitsEqual compares two values of the same type field by field; float32
// fields must have identical bits (so -0 differs from +0), except that any
// NaN matches any NaN.
func nmBitsEqual(want, got any) (bool, string) {
	return nmBitsEqualValue(reflect.ValueOf(want), reflect.ValueOf(got), "")
}

func nmBitsEqualValue(w, g reflect.Value, path string) (bool, string) {
	if w.Type() != g.Type() {
		return false, fmt.Sprintf("%s: type %s != %s", path, w.Type(), g.Type())
	}
	switch w.Kind() {
	case reflect.Float32:
		a, b := float32(w.Float()), float32(g.Float())
		if a != a && b != b {
			return true, ""
		}
		if math.Float32bits(a) != math.Float32bits(b) {
			return false, fmt.Sprintf("%s: want %v (%#08x), got %v (%#08x)", path, a, math.Float32bits(a), b, math.Float32bits(b))
		}
		return true, ""
	case reflect.Struct:
		for i := 0; i < w.NumField(); i++ {
			if ok, msg := nmBitsEqualValue(w.Field(i), g.Field(i), path+"."+w.Type().Field(i).Name); !ok {
				return false, msg
			}
		}
		return true, ""
	case reflect.Array:
		for i := 0; i < w.Len(); i++ {
			if ok, msg := nmBitsEqualValue(w.Index(i), g.Index(i), fmt.Sprintf("%s[%d]", path, i)); !ok {
				return false, msg
			}
		}
		return true, ""
	default:
		if !reflect.DeepEqual(w.Interface(), g.Interface()) {
			return false, fmt.Sprintf("%s: want %v, got %v", path, w.Interface(), g.Interface())
		}
		return true, ""
	}
}

// assertBits asserts bit-exact equality (NaN matching NaN).
func assertBits(t *testing.T, want, got any, msgAndArgs ...any) bool {
	t.Helper()
	ok, msg := nmBitsEqual(want, got)
	if !ok {
		return assert.Fail(t, fmt.Sprintf("not bit-identical: %s\nwant: %+v\ngot:  %+v", msg, want, got), msgAndArgs...)
	}
	return true
}

// assertNear asserts that every float32 field is within delta (NaN matching
// NaN, equal infinities matching).
func assertNear(t *testing.T, want, got any, delta float64, msgAndArgs ...any) bool {
	t.Helper()
	ok, msg := nmNearValue(reflect.ValueOf(want), reflect.ValueOf(got), delta, "")
	if !ok {
		return assert.Fail(t, fmt.Sprintf("not within %g: %s\nwant: %+v\ngot:  %+v", delta, msg, want, got), msgAndArgs...)
	}
	return true
}

func nmNearValue(w, g reflect.Value, delta float64, path string) (bool, string) {
	switch w.Kind() {
	case reflect.Float32, reflect.Float64:
		a, b := w.Float(), g.Float()
		if (a != a && b != b) || a == b || math.Abs(a-b) <= delta {
			return true, ""
		}
		return false, fmt.Sprintf("%s: want %v, got %v", path, a, b)
	case reflect.Struct:
		for i := 0; i < w.NumField(); i++ {
			if ok, msg := nmNearValue(w.Field(i), g.Field(i), delta, path+"."+w.Type().Field(i).Name); !ok {
				return false, msg
			}
		}
		return true, ""
	case reflect.Array:
		for i := 0; i < w.Len(); i++ {
			if ok, msg := nmNearValue(w.Index(i), g.Index(i), delta, fmt.Sprintf("%s[%d]", path, i)); !ok {
				return false, msg
			}
		}
		return true, ""
	default:
		if !reflect.DeepEqual(w.Interface(), g.Interface()) {
			return false, fmt.Sprintf("%s: want %v, got %v", path, w.Interface(), g.Interface())
		}
		return true, ""
	}
}

func TestNativeMathHelpers(t *testing.T) {
	t.Run("sign", func(t *testing.T) {
		for _, c := range []struct{ in, want float32 }{
			{2, 1}, {-2, -1}, {0, 0}, {negZ, 0}, {nan32, 0}, {inf32, 1}, {ninf32, -1}, {1e-45, 1},
		} {
			assertBits(t, c.want, nmSign(c.in), "sign(%v)", c.in)
		}
	})
	t.Run("minmaxclamp with NaN", func(t *testing.T) {
		// Godot's ternaries: MIN(a, b) = a < b ? a : b.
		assert.True(t, math.IsNaN(float64(nmMin(float32(1), nan32))))
		assert.Equal(t, float32(1), nmMin(nan32, float32(1)))
		assert.True(t, math.IsNaN(float64(nmMax(float32(1), nan32))))
		assert.Equal(t, float32(1), nmMax(nan32, float32(1)))
		assert.True(t, math.IsNaN(float64(nmClamp(nan32, float32(0), float32(1)))))
		assert.Equal(t, float32(0), nmClamp(float32(-5), 0, 1))
		assert.Equal(t, float32(1), nmClamp(float32(5), 0, 1))
		// With min > max the lower bound wins first.
		assert.Equal(t, float32(2), nmClamp(float32(0), 2, 1))
	})
	t.Run("is_equal_approx", func(t *testing.T) {
		for _, c := range []struct {
			a, b float32
			want bool
		}{
			{1, 1, true}, {1, 1.000001, true}, {1, 1.0001, false}, {0, 0.000009, true}, {0, 0.00001, false},
			{100000, 100000.5, true}, {100000, 100002, false}, {inf32, inf32, true}, {inf32, ninf32, false},
			{nan32, nan32, false}, {1e30, 1.000001e30, true},
		} {
			assert.Equal(t, c.want, nmIsEqualApprox(c.a, c.b), "is_equal_approx(%v, %v)", c.a, c.b)
		}
	})
	t.Run("snapped in double", func(t *testing.T) {
		assert.Equal(t, 6.0, nmSnapped(5.5, 2))
		assert.Equal(t, -2.0, nmSnapped(-2.5, 1))
		assert.Equal(t, 5.5, nmSnapped(5.5, 0))
		assert.True(t, math.IsNaN(nmSnapped(math.NaN(), 1)))
		assert.Equal(t, 0.30000000000000004, nmSnapped(0.3, 0.1))
	})
	t.Run("fposmod", func(t *testing.T) {
		assertBits(t, float32(1), nmFposmod(-5, 3))
		assertBits(t, float32(-1), nmFposmod(5, -3))
		assertBits(t, float32(0), nmFposmod(negZ, 3)) // value += 0.0 turns -0 into +0
		assert.True(t, math.IsNaN(float64(nmFposmod(1, 0))))
		assert.True(t, math.IsNaN(float64(nmFposmod(inf32, 3))))
	})
	t.Run("float to int like x86-64", func(t *testing.T) {
		assert.Equal(t, int32(3), nmF32ToI32(3.9))
		assert.Equal(t, int32(-3), nmF32ToI32(-3.9))
		assert.Equal(t, int32(math.MinInt32), nmF32ToI32(nan32))
		assert.Equal(t, int32(math.MinInt32), nmF32ToI32(3e9))
		assert.Equal(t, int32(math.MinInt32), nmF32ToI32(-3e9))
		assert.Equal(t, int32(math.MinInt32), nmF32ToI32(inf32))
		assert.Equal(t, int32(2147483520), nmF32ToI32(2147483520))
	})
	t.Run("acos asin clamp", func(t *testing.T) {
		assert.Equal(t, float32(0), nmAcos(1.5))
		assert.Equal(t, float32(math.Pi), nmAcos(-1.5))
		assert.Equal(t, float32(math.Pi)/2, nmAsin(2))
		assert.True(t, math.IsNaN(float64(nmAcos(nan32))))
	})
}
