package main

import (
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/variant"
)

// fuzzIterations is how many generated inputs each Fuzz/ test feeds the engine:
// GDPURE_FUZZ_ITERATIONS, else 2,000 (50 under GC stress, 200 on arm64, which the suite runs
// under an emulator).
func fuzzIterations() int {
	if n, err := strconv.Atoi(os.Getenv("GDPURE_FUZZ_ITERATIONS")); err == nil && n > 0 {
		return n
	}
	if os.Getenv("GDPURE_GCSTRESS") == "1" {
		return 50 // a full collection at each engine call
	}
	if runtime.GOARCH != "amd64" {
		return 200
	}
	return 2000
}

// fuzzText makes a byte string that mixes ASCII, valid multi-byte sequences and the ways UTF-8
// goes wrong: stray continuation bytes, truncated sequences, overlong forms, encoded surrogates,
// code points past U+10FFFF, 0xFE/0xFF, and NUL.
func fuzzText(r *rand.Rand) string {
	pieces := []string{"a", "Z", "/", ":", "é", "ж", "€", "𝄞", "\u0000", "\x80", "\xbf", "\xc3", "\xe2\x82",
		"\xf0\x9d\x84", "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xfe", "\xff", "\uFFFD", " ", "."}
	var b strings.Builder
	for n := r.IntN(24); n > 0; n-- {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

func init() {
	// Generated text through String, StringName, NodePath and Variant: never a crash; valid UTF-8
	// without NUL comes back exactly; anything else comes back as valid UTF-8 that is stable (made
	// again, it comes back the same), the same through all three types, with the engine's length.
	godottest.Test("Fuzz/TextConversions", func(t *godottest.T) {
		r := rand.New(rand.NewPCG(15, 2026))
		n := fuzzIterations()
		bad := 0
		for i := 0; i < n && bad < 10; i++ {
			in := fuzzText(r)
			s := variant.NewString(in)
			out := s.String()
			ok := true
			if utf8.ValidString(in) && !strings.Contains(in, "\x00") {
				ok = out == in
			} else {
				ok = utf8.ValidString(out) && variant.NewString(out).String() == out
			}
			ok = ok && s.Len() == utf8.RuneCountInString(out)
			ok = ok && variant.NewStringName(in).String() == out
			if v, err := variant.From(in); err != nil || v.String() != out {
				ok = false
			}
			if p := variant.NewNodePath(in).String(); !utf8.ValidString(p) || variant.NewNodePath(p).String() != p {
				ok = false
			}
			if !ok {
				bad++
				assert.Fail(t, "text conversion", "input %q: String gave %q (length %d)", in, out, s.Len())
			}
			s.Destroy()
		}
		// Huge text: 17 MB of mixed characters (1 MB emulated or under GC stress), once, exactly back.
		size := 16 << 20
		if runtime.GOARCH != "amd64" || os.Getenv("GDPURE_GCSTRESS") == "1" {
			size = 1 << 20
		}
		huge := strings.Repeat("gdpure é€𝄞 ", size/16)
		hs := variant.NewString(huge)
		assert.True(t, hs.String() == huge, "%d bytes of text came back changed (%d bytes)", len(huge), len(hs.String()))
		assert.Equal(t, utf8.RuneCountInString(huge), hs.Len())
		hs.Destroy()
		t.Logf("%d generated texts through String, StringName, NodePath and Variant, and %d bytes once", n, len(huge))
	})

	// Generated numbers through Variant and back, the edges included (NaN, infinities, -0, the
	// int64 limits).
	godottest.Test("Fuzz/NumberConversions", func(t *godottest.T) {
		r := rand.New(rand.NewPCG(15, 2027))
		ints := []int64{0, 1, -1, math.MaxInt64, math.MinInt64, math.MaxInt32 + 1}
		floats := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), math.SmallestNonzeroFloat64, math.MaxFloat64}
		for i := 0; i < fuzzIterations(); i++ {
			ints = append(ints, int64(r.Uint64()))
			floats = append(floats, math.Float64frombits(r.Uint64()))
		}
		bad := 0
		for _, x := range ints {
			v, err := variant.From(x)
			got, err2 := v.Int()
			if (err != nil || err2 != nil || got != x) && bad < 10 {
				bad++
				assert.Fail(t, "int conversion", "%d came back as %d (%v, %v)", x, got, err, err2)
			}
		}
		for _, x := range floats {
			v, err := variant.From(x)
			got, err2 := v.Float()
			same := math.Float64bits(got) == math.Float64bits(x) || math.IsNaN(x) && math.IsNaN(got)
			if (err != nil || err2 != nil || !same) && bad < 10 {
				bad++
				assert.Fail(t, "float conversion", "%v (%#x) came back as %v (%#x) (%v, %v)", x, math.Float64bits(x), got, math.Float64bits(got), err, err2)
			}
		}
		t.Logf("%d ints and %d floats through Variant", len(ints), len(floats))
	})
}
