package variant

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestColorOperators(t *testing.T) {
	a, b := Color{0.5, 0.25, 1, 1}, Color{0.5, 0.5, 0.5, 0.5}
	assertBits(t, Color{1, 0.75, 1.5, 1.5}, a.Add(b))
	assertBits(t, Color{0, -0.25, 0.5, 0.5}, a.Sub(b))
	assertBits(t, Color{0.25, 0.125, 0.5, 0.5}, a.Mul(b))
	assertBits(t, Color{1, 0.5, 2, 2}, a.Div(b))
	assertBits(t, Color{1, 0.5, 2, 2}, a.MulScalar(2))
	assertBits(t, Color{0.25, 0.125, 0.5, 0.5}, a.DivScalar(2))
	assertBits(t, Color{inf32, inf32, inf32, inf32}, a.DivScalar(0))
	// The engine's unary minus is 1 - c, alpha included; Inverted keeps alpha.
	assertBits(t, Color{0.5, 0.75, 0, 0}, a.Neg())
	assertBits(t, Color{0.5, 0.75, 0, 1}, a.Inverted())
	assertBits(t, Color{2, 1, -1, 1}, Color{-1, 0, 2, 1}.Inverted())
	assert.True(t, Color{0, 0, 0, 1}.Less(Color{0, 0, 0, 2}))
	assert.True(t, Color{0, 1, 0, 0}.Less(Color{1, 0, 0, 0}))
	assert.False(t, Color{nan32, 0, 0, 0}.Less(Color{1, 0, 0, 0}))
}

func TestColorBlendAndLerp(t *testing.T) {
	assertBits(t, Color{0.5, 0.5, 0.5, 0.5}, Color{0, 0, 0, 0}.Lerp(Color{1, 1, 1, 1}, 0.5))
	assertBits(t, Color{0.5, 1, 0, 1}, Color{1, 2, 0, 1}.Darkened(0.5))
	assertBits(t, Color{0.75, 1, 0.5, 0.5}, Color{0.5, 1, 0, 0.5}.Lightened(0.5))
	assertBits(t, Color{2, 4, -2, 1}, Color{1, 2, -1, 1}.Darkened(-1))
	assertBits(t, float32(0.2126)+float32(0.7152)+float32(0.0722), Color{1, 1, 1, 1}.Luminance())
	assertBits(t, float32(0), Color{0, 0, 0, 1}.Luminance())

	over := Color{1, 0, 0, 0.5}
	assertBits(t, Color{0.5, 0, 0.5, 1}, Color{0, 0, 1, 1}.Blend(over))
	assertBits(t, Color{1, 0, 0, 0.5}, Color{0, 0, 0, 0}.Blend(over))
	assertBits(t, Color{}, Color{1, 1, 1, 0}.Blend(Color{1, 1, 1, 0}))
	assertBits(t, Color{0, 1, 0, 1}, Color{1, 0, 0, 1}.Blend(Color{0, 1, 0, 1}))

	assertBits(t, Color{0, 1, 0.5, nan32}, Color{-1, 2, 0.5, nan32}.Clamp(Color{}, Color{1, 1, 1, 1}))
}

func TestColorIntegerForms(t *testing.T) {
	c := Color{1, 0.5, 0, 0.25}
	assert.Equal(t, uint32(0xff800040), c.ToRGBA32())
	assert.Equal(t, uint32(0x40ff8000), c.ToARGB32())
	assert.Equal(t, uint32(0x400080ff), c.ToABGR32())
	assert.Equal(t, uint64(0xffff800000004000), c.ToRGBA64())
	assert.Equal(t, uint64(0x4000ffff80000000), c.ToARGB64())
	assert.Equal(t, uint64(0x400000008000ffff), c.ToABGR64())
	// Out-of-range channels are not clamped: the x86-64 conversion wraps, and
	// NaN becomes 0.
	assert.Equal(t, uint32(0xfe0100ff), Color{2, -1, nan32, 1}.ToRGBA32())
	assert.Equal(t, uint32(0x000000ff), Color{inf32, 1e10, 0, 1}.ToRGBA32())

	assert.Equal(t, "ff800040", c.ToHTML(true))
	assert.Equal(t, "ff8000", c.ToHTML(false))
	// to_html clamps after rounding; NaN and huge values convert to INT_MIN
	// first and so clamp to 0.
	assert.Equal(t, "ff000000", Color{2, -1, nan32, 1e10}.ToHTML(true))

	assertBits(t, Color{1, float32(0x80) / 255, 0, float32(0x40) / 255}, ColorHex(0xff800040))
	assertBits(t, Color{1, float32(0x8000) / 65535, 0, float32(0x4000) / 65535}, ColorHex64(0xffff800000004000))
	assertBits(t, Color{1, float32(128) / 255, 0, float32(300) / 255}, ColorFromRGBA8(255, 128, 0, 300))
	assert.Equal(t, int32(128), Color{0.5, 0, 0, 0}.R8())
	assert.Equal(t, int32(255), Color{0, 2, 0, 0}.G8())
	assert.Equal(t, int32(0), Color{0, 0, -1, 0}.B8())
	assert.Equal(t, int32(math.MinInt32), Color{0, 0, 0, nan32}.A8())
}

func TestColorHSV(t *testing.T) {
	for _, c := range []struct {
		name    string
		c       Color
		h, s, v float32
	}{
		{"red", Color{1, 0, 0, 1}, 0, 1, 1},
		{"green", Color{0, 1, 0, 1}, float32(2) / 6, 1, 1},
		{"blue", Color{0, 0, 1, 1}, float32(4) / 6, 1, 1},
		{"magenta", Color{1, 0, 1, 1}, float32(5) / 6, 1, 1},
		{"grey", Color{0.5, 0.5, 0.5, 1}, 0, 0, 0.5},
		{"black", Color{0, 0, 0, 1}, 0, 0, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			assertBits(t, c.h, c.c.H())
			assertBits(t, c.s, c.c.S())
			assertBits(t, c.v, c.c.V())
			assertNear(t, c.c, ColorFromHSV(c.h, c.s, c.v, c.c.A), 1e-6)
		})
	}
	assertBits(t, Color{0.25, 0.25, 0.25, 0.5}, ColorFromHSV(0.7, 0, 0.25, 0.5))
	// fmod keeps the sign: a negative hue lands in the default (red) case.
	assertBits(t, Color{1, 0, 1, 1}, ColorFromHSV(-0.5, 1, 1, 1))
	assertBits(t, Color{1, 0, 0, 1}, ColorFromHSV(1, 1, 1, 1)) // hue 1 wraps to 0
	// NaN hue: floor(NaN) converts to INT_MIN on x86-64, the default case.
	assertBits(t, Color{1, 0, nan32, 1}, ColorFromHSV(nan32, 1, 1, 1))
}

func TestColorSRGB(t *testing.T) {
	for _, x := range []float32{0, 0.001, 0.04, 0.05, 0.2, 0.5, 0.9, 1} {
		c := Color{x, x, x, 0.5}
		back := c.SrgbToLinear().LinearToSrgb()
		assert.InDelta(t, float64(x), float64(back.R), 2e-6, "%v", x)
		assertBits(t, float32(0.5), back.A)
	}
	assertBits(t, Color{0, 0, 0, 1}, Color{0, 0, 0, 1}.SrgbToLinear())
	assertBits(t, Color{1, 1, 1, 1}, Color{1, 1, 1, 1}.SrgbToLinear())
	assert.InDelta(t, 0.21404114, float64(Color{0.5, 0, 0, 1}.SrgbToLinear().R), 1e-7)
	assertBits(t, float32(12.92)*0.001, Color{0.001, 0, 0, 1}.LinearToSrgb().R)
}

func TestColorPredicates(t *testing.T) {
	assert.True(t, Color{1, 0.5, 0, 1}.IsEqualApprox(Color{1, 0.500001, 0, 1}))
	assert.False(t, Color{nan32, 0, 0, 1}.IsEqualApprox(Color{nan32, 0, 0, 1}))
	assert.True(t, Color{nan32, 0, 0, 1}.IsSame(Color{nan32, 0, 0, 1}))
	assertBits(t, Color{0.1, 0.2, 0.3, 0.4}, NewColor(0.1, 0.2, 0.3, 0.4))
}
