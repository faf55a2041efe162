package main

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/internal/probe"
	"github.com/gdpure/gdpure/variant"
	"github.com/gdpure/gdpure/variant/utility"
)

// keptUntilExit is alive when the extension deinitializes: its engine data must be released by the
// deinitialization path (the harness fails the run if any C buffer is still live at exit).
var keptUntilExit variant.String

func init() {
	// Texts of 1 to 24 bytes go to the engine's String and StringName constructors on the C stack
	// of the call (gdi.StringNewWithUtf8Words), longer ones through a call frame: the engine must
	// hold exactly the text on both sides of the boundary, multi-byte characters across it included.
	godottest.Test("Variant/ShortTextsCrossOnTheCStack", func(t *godottest.T) {
		for _, unit := range []string{"a", "é", "日", "🙂"} {
			for n := 0; n <= 30; n++ {
				text := strings.Repeat("x", n%len(unit)) + strings.Repeat(unit, n/len(unit))
				runes := int64(utf8.RuneCountInString(text))
				str := variant.NewString(text)
				assert.Equal(t, text, str.String(), "String of %d bytes", len(text))
				assert.Equal(t, runes, str.Length(), "the engine's length of the String %q", text)
				name := variant.NewStringName(text)
				assert.Equal(t, text, name.String(), "StringName of %d bytes", len(text))
				assert.Equal(t, runes, name.Length(), "the engine's length of the StringName %q", text)
				str.Destroy()
				name.Destroy()
			}
		}
	})

	// Nil, bool, int and float Variants are written and read by package variant itself when their
	// layout matched the engine's at start-up: the engine must read what Go wrote (Array.max, has,
	// count, hash of an engine-built twin) and Go what the engine wrote.
	godottest.Test("Variant/ScalarsWrittenDirectlyAreTheEngines", func(t *godottest.T) {
		require.True(t, probe.ScalarVariantsDirect(), "the scalar layout check failed on this engine")
		ints := variant.NewArray[int64]()
		defer ints.Destroy()
		for _, x := range []int64{7, math.MinInt64, math.MaxInt64, -1, 0} {
			require.NoError(t, ints.Append(x))
		}
		assert.Equal(t, int64(math.MaxInt64), ints.Max(), "the engine compares the ints Go wrote")
		assert.Equal(t, int64(math.MinInt64), ints.Min())
		assert.True(t, ints.Has(-1))
		assert.Equal(t, int64(1), ints.Count(0))
		floats := variant.NewArray[float64]()
		defer floats.Destroy()
		for _, x := range []float64{1.5, -2.25, math.Inf(1), math.SmallestNonzeroFloat64} {
			require.NoError(t, floats.Append(x))
		}
		assert.Equal(t, math.Inf(1), floats.Max())
		assert.Equal(t, -2.25, floats.Min())
		assert.True(t, floats.Has(math.SmallestNonzeroFloat64))
		bools := variant.NewArray[bool]()
		defer bools.Destroy()
		require.NoError(t, bools.Append(false))
		require.NoError(t, bools.Append(true))
		assert.Equal(t, int64(1), bools.Count(true))
		assert.Equal(t, []bool{false, true}, must(bools.ToSlice()))
		// The same values built by the engine from text hash alike: same types, same payloads.
		twin := utility.StrToVar("[7, -9223372036854775808, 9223372036854775807, -1, 0]")
		defer twin.Destroy()
		assert.Equal(t, must(utility.Hash(twin)), must(utility.Hash(ints)), "Go's ints hash as the engine's own")
		d := variant.NewTypedDictionary[int64, float64]()
		defer d.Destroy()
		require.NoError(t, d.Set(3, 0.5))
		require.NoError(t, d.Set(3, 1.5)) // replaces a scalar in place
		got, ok, err := d.Get(3)
		require.NoError(t, err)
		assert.True(t, ok)
		assert.Equal(t, 1.5, got)
		_, ok, err = d.Get(4)
		assert.False(t, ok)
		assert.NoError(t, err)
		asText := must(utility.VarToStr(d))
		assert.Contains(t, asText, "3: 1.5", "the engine reads the key and value Go wrote")
		// Builtin methods taking one scalar (its Variant on the C stack of the call): the results
		// are the engine's, for present and absent values, and a string still takes the frame.
		u := d.Untyped()
		assert.True(t, u.Has(int64(3)))
		assert.False(t, u.Has(int64(4)))
		assert.True(t, u.Has(3.0), "a Dictionary[int, float] converts the key 3.0, as GDScript's does")
		assert.False(t, u.Has("3"))
		assert.True(t, u.Erase(int64(3)))
		assert.False(t, u.Erase(int64(3)), "erased already")
		assert.Equal(t, 0, u.Len())
		floats.PushFront(-0.5)
		floats.Erase(1.5)
		assert.Equal(t, []float64{-0.5, -2.25, math.Inf(1), math.SmallestNonzeroFloat64}, must(floats.ToSlice()))
		assert.Equal(t, int64(0), floats.Count(1.5))
		bools.Fill(true)
		assert.Equal(t, []bool{true, true}, must(bools.ToSlice()))
		assert.Equal(t, int64(2), bools.Count(true))
		assert.Equal(t, int64(0), bools.Count(false))
		texts := variant.NewArray[string]()
		defer texts.Destroy()
		require.NoError(t, texts.Append("a"))
		assert.True(t, texts.Has("a"))
		assert.False(t, texts.Has("b"))
	})

	godottest.Test("Variant/StringRoundTrip", func(t *godottest.T) {
		for _, s := range []string{"", "hello", "Gödot ☃ 🎮", strings.Repeat("ab", 5000)} {
			str := variant.NewString(s)
			assert.Equal(t, s, str.String())
			assert.Equal(t, len([]rune(s)), str.Len(), "length in code points")
		}
		// The engine's String is NUL-terminated: text ends at the first NUL (documented on NewString).
		assert.Equal(t, "with", variant.NewString("with\x00nul").String())
		var zero variant.String
		assert.Equal(t, "", zero.String(), "the zero String is empty")
		assert.Equal(t, 0, zero.Len())
	})

	// Invalid UTF-8 does not come back as the same bytes: each invalid sequence (a stray byte, or a
	// truncated multi-byte sequence) becomes one U+FFFD.
	godottest.Test("Variant/StringInvalidUTF8", func(t *godottest.T) {
		for in, want := range map[string]string{
			"a\xffb":        "a\uFFFDb",
			"\xc3":          "\uFFFD",
			"ok\xe2\x82end": "ok\uFFFDend",
		} {
			assert.Equal(t, want, variant.NewString(in).String(), "%q", in)
		}
	})

	godottest.Test("Variant/StringNameAndNodePath", func(t *godottest.T) {
		assert.Equal(t, "player_speed", variant.NewStringName("player_speed").String())
		assert.Equal(t, "ünïcode", variant.NewStringName("ünïcode").String())
		assert.Equal(t, "../Player:position", variant.NewNodePath("../Player:position").String())
		var zn variant.StringName
		assert.Equal(t, "", zn.String())
	})

	// Exactly-once release: values dropped by Go are destroyed by their cleanups, explicitly
	// destroyed ones are not destroyed again, and the live count returns to where it was.
	godottest.Test("Variant/ExactlyOnceRelease", func(t *godottest.T) {
		base := settledLive()
		for i := 0; i < 200; i++ {
			s := variant.NewString("transient")
			if i%2 == 0 {
				s.Destroy()
				s.Destroy() // idempotent
			}
			v, err := variant.From(int64(i))
			require.NoError(t, err)
			_ = v
		}
		assert.Equal(t, base, waitForLive(base), "every dropped value was released")
	})

	godottest.Test("Variant/UseAfterDestroyPanics", func(t *godottest.T) {
		s := variant.NewString("gone")
		s.Destroy()
		assert.PanicsWithValue(t, "gdpure: String used after Destroy", func() { _ = s.String() })
		v, _ := variant.From(1.5)
		v.Destroy()
		assert.PanicsWithValue(t, "gdpure: Variant used after Destroy", func() { v.Type() })
	})

	godottest.Test("Variant/FromAndBack", func(t *godottest.T) {
		v, err := variant.From(true)
		require.NoError(t, err)
		b, err := v.Bool()
		assert.NoError(t, err)
		assert.True(t, b)

		for _, x := range []any{int8(-8), int32(1 << 30), int64(math.MinInt64), uint16(65535), uint64(1 << 62)} {
			v, err := variant.From(x)
			require.NoError(t, err, "%T", x)
			assert.Equal(t, variant.TypeInt, v.Type())
		}
		_, err = variant.From(uint64(math.MaxUint64))
		assert.Error(t, err, "a uint64 above int64 cannot fit")

		v, _ = variant.From(float32(0.25))
		f, err := v.Float()
		assert.NoError(t, err)
		assert.Equal(t, 0.25, f)

		v, _ = variant.From("text ✓")
		s, err := v.Text()
		assert.NoError(t, err)
		assert.Equal(t, "text ✓", s)
		_, err = v.Int()
		var mismatch *variant.MismatchError
		require.ErrorAs(t, err, &mismatch, "no silent zero value on a mismatch")
		assert.Equal(t, "gdpure: Variant holds String, want int", err.Error())

		v, _ = variant.From(variant.Vector3{X: 1, Y: -2, Z: 3})
		var vec variant.Vector3
		require.NoError(t, v.Value(&vec))
		assert.Equal(t, variant.Vector3{X: 1, Y: -2, Z: 3}, vec)
		var col variant.Color
		assert.Error(t, v.Value(&col))
		assert.Equal(t, "(1.0, -2.0, 3.0)", v.String(), "str() of the engine")

		v, _ = variant.From(&variant.Color{R: 1, A: 1})
		assert.Equal(t, variant.TypeColor, v.Type())

		for _, x := range []any{variant.NewString("s"), variant.NewStringName("n"), variant.NewNodePath("a/b")} {
			v, err := variant.From(x)
			require.NoError(t, err)
			assert.Equal(t, x.(interface{ String() string }).String(), v.String())
		}
		nilV, _ := variant.From(nil)
		assert.Equal(t, variant.TypeNil, nilV.Type())
		var zero variant.Variant
		assert.Equal(t, variant.TypeNil, zero.Type())
		cp, _ := variant.From(v)
		assert.Equal(t, v.String(), cp.String())

		_, err = variant.From(struct{}{})
		assert.ErrorContains(t, err, "cannot become a Variant")
	})

	godottest.Test("Variant/KeptUntilExit", func(t *godottest.T) {
		keptUntilExit = variant.NewString("released at deinitialize")
		assert.Equal(t, "released at deinitialize", keptUntilExit.String())
	})
}

func init() {
	godottest.Test("Variant/CallableFromGoFunc", func(t *godottest.T) {
		before := probe.LiveCallables()
		calls := 0
		c := variant.NewCallable("adder", func(args []variant.Variant) (any, error) {
			calls++
			sum := int64(0)
			for _, a := range args {
				n, err := a.Int()
				if err != nil {
					return nil, err
				}
				sum += n
			}
			return sum, nil
		})
		assert.Equal(t, before+1, probe.LiveCallables())
		v, err := c.Call(1, 2, 3)
		require.NoError(t, err)
		n, err := v.Int()
		require.NoError(t, err)
		assert.Equal(t, int64(6), n)
		assert.Equal(t, 1, calls)
		assert.Equal(t, "<Go callable adder>", c.String())
		c.Destroy()
		assert.Equal(t, before, probe.LiveCallables(), "the engine called free_func when the last reference went")
	})
}

func init() {
	godottest.Test("Variant/ArrayBasics", func(t *godottest.T) {
		a := variant.NewArray[variant.Variant]()
		assert.Equal(t, 0, a.Len())
		for _, x := range []any{1, "two", variant.Vector2{X: 3, Y: 4}, true} {
			v, err := variant.From(x)
			require.NoError(t, err)
			require.NoError(t, a.Append(v))
		}
		assert.Equal(t, 4, a.Len())
		second, err := a.At(1)
		require.NoError(t, err)
		s, err := second.Text()
		require.NoError(t, err)
		assert.Equal(t, "two", s)
		_, err = a.At(4)
		assert.ErrorContains(t, err, "out of range")
		_, err = a.At(-1)
		assert.Error(t, err)
		v, _ := variant.From(a)
		assert.Equal(t, `[1, "two", (3.0, 4.0), true]`, v.String())

		ints, err := variant.ArrayOf[int64](5, 6, 7)
		require.NoError(t, err)
		require.NoError(t, ints.Set(1, 60))
		got, err := ints.ToSlice()
		require.NoError(t, err)
		assert.Equal(t, []int64{5, 60, 7}, got)
		sum := int64(0)
		for x := range ints.Values() {
			sum += x
		}
		assert.Equal(t, int64(72), sum)
		assert.Error(t, ints.Set(3, 1), "out of range")

		vecs, err := variant.ArrayOf(variant.Vector3{X: 1}, variant.Vector3{Y: 2})
		require.NoError(t, err)
		v1, err := vecs.At(1)
		require.NoError(t, err)
		assert.Equal(t, variant.Vector3{Y: 2}, v1)

		var zero variant.Array[int64]
		assert.Equal(t, 0, zero.Len())
		assert.NoError(t, zero.Append(1), "a zero Array becomes an array of its own")
		assert.Equal(t, 1, zero.Len())
		var other variant.Array[int64]
		assert.Equal(t, 0, other.Len(), "another zero Array is still empty")
	})

	godottest.Test("Variant/AsConversions", func(t *godottest.T) {
		v, _ := variant.From(int64(300))
		_, err := variant.As[int8](v)
		assert.ErrorContains(t, err, "overflows")
		u, err := variant.As[uint16](v)
		require.NoError(t, err)
		assert.Equal(t, uint16(300), u)
		_, err = variant.As[string](v)
		var mismatch *variant.MismatchError
		assert.ErrorAs(t, err, &mismatch)
		neg, _ := variant.From(-1)
		_, err = variant.As[uint32](neg)
		assert.Error(t, err)
		name, _ := variant.From(variant.NewStringName("node_name"))
		sn, err := variant.As[variant.StringName](name)
		require.NoError(t, err)
		assert.Equal(t, "node_name", sn.String())
		_, err = variant.As[variant.NodePath](name)
		assert.Error(t, err)
	})
}

func init() {
	godottest.Test("Variant/PackedArrays", func(t *godottest.T) {
		f := variant.PackedOf[float64](1.5, -2, 3)
		assert.Equal(t, 3, f.Len())
		assert.Equal(t, []float64{1.5, -2, 3}, f.ToSlice())
		x, err := f.At(1)
		require.NoError(t, err)
		assert.Equal(t, -2.0, x)
		_, err = f.At(3)
		assert.Error(t, err)

		// Copy-on-write: a copy made through the engine does not see later edits.
		v, err := variant.From(f)
		require.NoError(t, err)
		f.Edit(func(s []float64) { s[0] = 100 })
		var back variant.Packed[float64]
		require.NoError(t, variant.PackedFromVariant(v, &back))
		assert.Equal(t, 1.5, back.ToSlice()[0], "the Variant kept the old data")
		assert.Equal(t, 100.0, f.ToSlice()[0])

		cols := variant.PackedOf(variant.Color{R: 1, A: 1}, variant.Color{B: 1, A: 0.5})
		cv, _ := variant.From(cols)
		assert.Equal(t, "[(1.0, 0.0, 0.0, 1.0), (0.0, 0.0, 1.0, 0.5)]", cv.String())

		bytes := variant.NewPacked[uint8](1 << 16)
		assert.Equal(t, 1<<16, bytes.Len())
		bytes.Edit(func(s []uint8) { s[len(s)-1] = 7 })
		last, _ := bytes.At(1<<16 - 1)
		assert.Equal(t, uint8(7), last)
		bytes.Resize(2)
		assert.Equal(t, []uint8{0, 0}, bytes.ToSlice())

		var zero variant.Packed[int64]
		assert.Equal(t, 0, zero.Len())
		assert.Nil(t, zero.ToSlice())
		var wrong variant.Packed[int32]
		assert.Error(t, variant.PackedFromVariant(v, &wrong), "a PackedFloat64Array is not a PackedInt32Array")
	})
}

func init() {
	godottest.Test("Variant/Dictionary", func(t *godottest.T) {
		d := variant.NewDictionary()
		require.NoError(t, d.Set("hp", 10))
		require.NoError(t, d.Set("name", "Gödot"))
		require.NoError(t, d.Set(variant.Vector2i{X: 1, Y: 2}, 3.5))
		assert.Equal(t, 3, d.Len())
		hp, ok, err := d.Get("hp")
		require.NoError(t, err)
		require.True(t, ok)
		n, _ := hp.Int()
		assert.Equal(t, int64(10), n)
		_, ok, _ = d.Get("missing")
		assert.False(t, ok)
		removed, _ := d.Delete("hp")
		assert.True(t, removed)
		removed, _ = d.Delete("hp")
		assert.False(t, removed)
		var keys []string
		for k := range d.All() {
			keys = append(keys, k.String())
		}
		assert.Equal(t, []string{"name", "(1, 2)"}, keys, "insertion order")
		v, _ := variant.From(d)
		back, err := variant.DictionaryFromVariant(v)
		require.NoError(t, err)
		require.NoError(t, back.Set("shared", true))
		assert.Equal(t, 3, d.Len(), "a Dictionary is shared by reference")
		var zero variant.Dictionary
		assert.Equal(t, 0, zero.Len())
		assert.NoError(t, zero.Set("x", 1), "a zero Dictionary becomes a dictionary of its own")
		assert.Equal(t, 1, zero.Len())
		var other variant.Dictionary
		assert.Equal(t, 0, other.Len(), "another zero Dictionary is still empty")
		_, err = variant.DictionaryFromVariant(variant.Variant{})
		assert.Error(t, err)
	})
}

func init() {
	godottest.Test("Variant/DynamicCalls", func(t *godottest.T) {
		s, _ := variant.From("hello wörld")
		up, err := s.Call("to_upper")
		require.NoError(t, err)
		assert.Equal(t, "HELLO WÖRLD", up.String())
		parts, err := s.Call("split", " ")
		require.NoError(t, err)
		assert.Equal(t, `["hello", "wörld"]`, parts.String())

		vec, _ := variant.From(variant.Vector2{X: 3, Y: 4})
		l, err := vec.Call("length")
		require.NoError(t, err)
		f, _ := l.Float()
		assert.Equal(t, 5.0, f)

		_, err = vec.Call("no_such_method")
		var ce *variant.CallError
		require.ErrorAs(t, err, &ce)
		assert.Equal(t, "gdpure: call to no_such_method failed: invalid method", err.Error())
		_, err = s.Call("substr", "not an int")
		assert.ErrorContains(t, err, "invalid argument (argument 0, expected int)")

		red, err := variant.CallStatic(variant.TypeColor, "html", "#ff0000")
		require.NoError(t, err)
		var c variant.Color
		require.NoError(t, red.Value(&c))
		assert.Equal(t, variant.Color{R: 1, A: 1}, c)

		cb := variant.NewCallable("twice", func(args []variant.Variant) (any, error) {
			n, err := args[0].Int()
			return 2 * n, err
		})
		r, err := cb.Call(21)
		require.NoError(t, err)
		n, _ := r.Int()
		assert.Equal(t, int64(42), n)
	})
}
