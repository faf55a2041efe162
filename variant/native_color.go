package variant

import "math"

// Color is the engine's Color: r, g, b, a as float32 at offsets 0, 4, 8 and
// 12 (always single precision, whatever real_t is). Components are not
// clamped.
type Color struct {
	R, G, B, A float32
}

// NewColor returns Color{r, g, b, a}.
func NewColor(r, g, b, a float32) Color { return Color{r, g, b, a} }

// ColorHex returns the color encoded as 0xRRGGBBAA.
func ColorHex(hex uint32) Color {
	a := float32(hex&0xFF) / 255
	hex >>= 8
	b := float32(hex&0xFF) / 255
	hex >>= 8
	g := float32(hex&0xFF) / 255
	hex >>= 8
	r := float32(hex&0xFF) / 255
	return Color{r, g, b, a}
}

// ColorHex64 returns the color encoded as 0xRRRRGGGGBBBBAAAA.
func ColorHex64(hex uint64) Color {
	a := float32(hex&0xFFFF) / 65535
	hex >>= 16
	b := float32(hex&0xFFFF) / 65535
	hex >>= 16
	g := float32(hex&0xFFFF) / 65535
	hex >>= 16
	r := float32(hex&0xFFFF) / 65535
	return Color{r, g, b, a}
}

// ColorFromRGBA8 returns the color with 8-bit channel values divided by 255
// (not clamped).
func ColorFromRGBA8(r8, g8, b8, a8 int64) Color {
	return Color{float32(r8) / 255, float32(g8) / 255, float32(b8) / 255, float32(a8) / 255}
}

// ColorFromHSV returns the color with the given hue, saturation and value (0
// to 1) and alpha.
func ColorFromHSV(h, s, v, alpha float32) Color {
	var c Color
	c.A = alpha
	if s == 0 {
		c.R, c.G, c.B = v, v, v
		return c
	}
	h *= 6
	h = nmFmod(h, 6)
	i := nmF32ToI32(nmFloor(h))
	f := h - float32(i)
	p := v * (1 - s)
	q := v * (1 - s*f)
	t := v * (1 - s*(1-f))
	switch i {
	case 0:
		c.R, c.G, c.B = v, t, p
	case 1:
		c.R, c.G, c.B = q, v, p
	case 2:
		c.R, c.G, c.B = p, v, t
	case 3:
		c.R, c.G, c.B = p, q, v
	case 4:
		c.R, c.G, c.B = t, p, v
	default:
		c.R, c.G, c.B = v, p, q
	}
	return c
}

// Add returns the component-wise sum (alpha included).
func (c Color) Add(d Color) Color { return Color{c.R + d.R, c.G + d.G, c.B + d.B, c.A + d.A} }

// Sub returns the component-wise difference (alpha included).
func (c Color) Sub(d Color) Color { return Color{c.R - d.R, c.G - d.G, c.B - d.B, c.A - d.A} }

// Mul returns the component-wise product.
func (c Color) Mul(d Color) Color { return Color{c.R * d.R, c.G * d.G, c.B * d.B, c.A * d.A} }

// MulScalar multiplies every component, alpha included, by s.
func (c Color) MulScalar(s float32) Color { return Color{c.R * s, c.G * s, c.B * s, c.A * s} }

// Div returns the component-wise quotient.
func (c Color) Div(d Color) Color { return Color{c.R / d.R, c.G / d.G, c.B / d.B, c.A / d.A} }

// DivScalar divides every component, alpha included, by s.
func (c Color) DivScalar(s float32) Color { return Color{c.R / s, c.G / s, c.B / s, c.A / s} }

// Neg is the engine's unary minus on Color, which is not a negation: it
// returns (1-r, 1-g, 1-b, 1-a), inverting alpha too (unlike Inverted).
func (c Color) Neg() Color { return Color{1 - c.R, 1 - c.G, 1 - c.B, 1 - c.A} }

// Less is the engine's operator<: lexicographic on (r, g, b, a).
func (c Color) Less(d Color) bool {
	if c.R == d.R {
		if c.G == d.G {
			if c.B == d.B {
				return c.A < d.A
			}
			return c.B < d.B
		}
		return c.G < d.G
	}
	return c.R < d.R
}

// Inverted returns (1-r, 1-g, 1-b, a).
func (c Color) Inverted() Color { return Color{1 - c.R, 1 - c.G, 1 - c.B, c.A} }

// Lerp interpolates every component linearly.
func (c Color) Lerp(to Color, weight float32) Color {
	return Color{nmLerp(c.R, to.R, weight), nmLerp(c.G, to.G, weight), nmLerp(c.B, to.B, weight), nmLerp(c.A, to.A, weight)}
}

// Darkened returns the color with r, g, b scaled by (1 - amount).
func (c Color) Darkened(amount float32) Color {
	return Color{c.R * (1 - amount), c.G * (1 - amount), c.B * (1 - amount), c.A}
}

// Lightened returns the color with r, g, b moved toward 1 by amount.
func (c Color) Lightened(amount float32) Color {
	return Color{c.R + (1-c.R)*amount, c.G + (1-c.G)*amount, c.B + (1-c.B)*amount, c.A}
}

// GetLuminance returns 0.2126 r + 0.7152 g + 0.0722 b (meaningful for linear
// colors).
func (c Color) Luminance() float32 { return 0.2126*c.R + 0.7152*c.G + 0.0722*c.B }

// Blend returns over composited on top of c.
func (c Color) Blend(over Color) Color {
	sa := 1 - over.A
	var res Color
	res.A = c.A*sa + over.A
	if res.A == 0 {
		return Color{}
	}
	res.R = (c.R*c.A*sa + over.R*over.A) / res.A
	res.G = (c.G*c.A*sa + over.G*over.A) / res.A
	res.B = (c.B*c.A*sa + over.B*over.A) / res.A
	return res
}

// Clamp clamps every component between those of min and max (the engine's
// defaults are (0, 0, 0, 0) and (1, 1, 1, 1)).
func (c Color) Clamp(min, max Color) Color {
	return Color{nmClamp(c.R, min.R, max.R), nmClamp(c.G, min.G, max.G), nmClamp(c.B, min.B, max.B), nmClamp(c.A, min.A, max.A)}
}

// SrgbToLinear converts from the sRGB transfer function to linear.
func (c Color) SrgbToLinear() Color {
	f := func(v float32) float32 {
		if v < 0.04045 {
			return v * nmInv1292f32
		}
		base := float32((float64(v) + nmSrgbA64) * nmSrgbInvOneA)
		return float32(math.Pow(float64(base), float64(nmGamma32)))
	}
	return Color{f(c.R), f(c.G), f(c.B), c.A}
}

// LinearToSrgb converts from linear to the sRGB transfer function.
func (c Color) LinearToSrgb() Color {
	f := func(v float32) float32 {
		if v < 0.0031308 {
			return 12.92 * v
		}
		p := float32(math.Pow(float64(v), float64(nmInvGamma32)))
		return float32(nmSrgbOneA64*float64(p) - nmSrgbA64)
	}
	return Color{f(c.R), f(c.G), f(c.B), c.A}
}

// nmChannel is (uint8_t)Math::round(v * scale) as compiled for x86-64:
// truncation through int32, so out-of-range values wrap and NaN gives 0.
func nmChannel(v, scale float32) uint32 {
	return uint32(nmF32ToI32(nmRound(v * scale)))
}

// ToRGBA32 returns the color as 0xRRGGBBAA. Channels are rounded, not
// clamped: out-of-range values wrap around (the engine's conversion is
// undefined in C++; this is what its x86-64 build does).
func (c Color) ToRGBA32() uint32 {
	return (nmChannel(c.R, 255)&0xFF)<<24 | (nmChannel(c.G, 255)&0xFF)<<16 | (nmChannel(c.B, 255)&0xFF)<<8 | nmChannel(c.A, 255)&0xFF
}

// ToARGB32 returns the color as 0xAARRGGBB (see ToRGBA32).
func (c Color) ToARGB32() uint32 {
	return (nmChannel(c.A, 255)&0xFF)<<24 | (nmChannel(c.R, 255)&0xFF)<<16 | (nmChannel(c.G, 255)&0xFF)<<8 | nmChannel(c.B, 255)&0xFF
}

// ToABGR32 returns the color as 0xAABBGGRR (see ToRGBA32).
func (c Color) ToABGR32() uint32 {
	return (nmChannel(c.A, 255)&0xFF)<<24 | (nmChannel(c.B, 255)&0xFF)<<16 | (nmChannel(c.G, 255)&0xFF)<<8 | nmChannel(c.R, 255)&0xFF
}

// ToRGBA64 returns the color as 0xRRRRGGGGBBBBAAAA (see ToRGBA32).
func (c Color) ToRGBA64() uint64 {
	ch := func(v float32) uint64 { return uint64(nmChannel(v, 65535) & 0xFFFF) }
	return ch(c.R)<<48 | ch(c.G)<<32 | ch(c.B)<<16 | ch(c.A)
}

// ToARGB64 returns the color as 0xAAAARRRRGGGGBBBB (see ToRGBA32).
func (c Color) ToARGB64() uint64 {
	ch := func(v float32) uint64 { return uint64(nmChannel(v, 65535) & 0xFFFF) }
	return ch(c.A)<<48 | ch(c.R)<<32 | ch(c.G)<<16 | ch(c.B)
}

// ToABGR64 returns the color as 0xAAAABBBBGGGGRRRR (see ToRGBA32).
func (c Color) ToABGR64() uint64 {
	ch := func(v float32) uint64 { return uint64(nmChannel(v, 65535) & 0xFFFF) }
	return ch(c.A)<<48 | ch(c.B)<<32 | ch(c.G)<<16 | ch(c.R)
}

// ToHTML returns the color as lowercase hex "rrggbb" or, with alpha,
// "rrggbbaa" (no '#'). Channels are clamped to 0..255 after rounding; NaN and
// values beyond the int32 range give "00", as on the engine's x86-64 build.
func (c Color) ToHTML(alpha bool) string {
	const hexDigits = "0123456789abcdef"
	buf := make([]byte, 0, 8)
	add := func(v float32) {
		n := nmClamp(nmF32ToI32(nmRound(v*255)), 0, 255)
		buf = append(buf, hexDigits[(n>>4)&0xF], hexDigits[n&0xF])
	}
	add(c.R)
	add(c.G)
	add(c.B)
	if alpha {
		add(c.A)
	}
	return string(buf)
}

// GetH returns the HSV hue in [0, 1).
func (c Color) H() float32 {
	min := nmMin(nmMin(c.R, c.G), c.B)
	max := nmMax(nmMax(c.R, c.G), c.B)
	delta := max - min
	if delta == 0 {
		return 0
	}
	var h float32
	switch {
	case c.R == max:
		h = (c.G - c.B) / delta
	case c.G == max:
		h = 2 + (c.B-c.R)/delta
	default:
		h = 4 + (c.R-c.G)/delta
	}
	h /= 6
	if h < 0 {
		h += 1
	}
	return h
}

// GetS returns the HSV saturation.
func (c Color) S() float32 {
	min := nmMin(nmMin(c.R, c.G), c.B)
	max := nmMax(nmMax(c.R, c.G), c.B)
	if max != 0 {
		return (max - min) / max
	}
	return 0
}

// GetV returns the HSV value (the largest of r, g, b).
func (c Color) V() float32 { return nmMax(nmMax(c.R, c.G), c.B) }

func nmGet8(v float32) int32 { return nmF32ToI32(nmClamp(nmRound(v*255), 0, 255)) }

// R8 returns the red channel as 0..255 (math.MinInt32 for NaN, as on the
// engine's x86-64 build).
func (c Color) R8() int32 { return nmGet8(c.R) }

// G8 returns the green channel as 0..255.
func (c Color) G8() int32 { return nmGet8(c.G) }

// B8 returns the blue channel as 0..255.
func (c Color) B8() int32 { return nmGet8(c.B) }

// A8 returns the alpha channel as 0..255.
func (c Color) A8() int32 { return nmGet8(c.A) }

// IsEqualApprox reports whether the components are approximately equal.
func (c Color) IsEqualApprox(d Color) bool {
	return nmIsEqualApprox(c.R, d.R) && nmIsEqualApprox(c.G, d.G) && nmIsEqualApprox(c.B, d.B) && nmIsEqualApprox(c.A, d.A)
}

// IsSame reports whether the components are equal, NaN matching NaN.
func (c Color) IsSame(d Color) bool {
	return nmIsSame(c.R, d.R) && nmIsSame(c.G, d.G) && nmIsSame(c.B, d.B) && nmIsSame(c.A, d.A)
}
