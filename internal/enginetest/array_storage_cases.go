package main

import (
	"fmt"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/internal/probe"
	"github.com/gdpure/gdpure/variant"
)

// An Array's length and elements are read where the engine keeps them (variant/array_storage.go)
// when the layout check at start-up found it; the engine moves that memory whenever the array
// grows, shrinks or is first written after a copy, so each case changes the array inside the loop
// that reads it. Every case runs on both paths: reading the engine's memory, and the engine's
// size and index functions.
func init() {
	godottest.Test("Arrays/ElementsReadWhereTheEngineKeepsThem", func(t *godottest.T) {
		require.True(t, probe.ArrayStorageDirect(), "the Array layout check failed on this engine")
		for _, direct := range []bool{true, false} {
			was := probe.SetArrayStorageDirect(direct)
			arrayStorageCases(t, fmt.Sprintf("direct=%v", direct))
			probe.SetArrayStorageDirect(was)
		}
		assert.True(t, probe.ArrayStorageDirect(), "switched back on")
	})
}

func arrayStorageCases(t *godottest.T, mode string) {
	ints := func(n int) variant.Array[int64] {
		a := variant.NewArray[int64]()
		for i := range n {
			require.NoError(t, a.Append(int64(i)))
		}
		return a
	}

	// Growing inside the loop moves the elements (a reallocation); a write lands in the new block.
	grow := ints(10)
	defer grow.Destroy()
	var seen []int64
	for i, x := range grow.All() {
		if i == 0 {
			for k := range 1000 {
				require.NoError(t, grow.Append(int64(100+k)))
			}
			require.NoError(t, grow.Set(5, 555))
		}
		seen = append(seen, x)
	}
	require.Len(t, seen, 1010, "%s: the elements appended during the loop are visited", mode)
	assert.Equal(t, []int64{0, 1, 2, 3, 4, 555, 6}, seen[:7], "%s: the write made during the loop is read", mode)
	assert.Equal(t, int64(100), seen[10], mode)
	assert.Equal(t, int64(1099), seen[1009], mode)
	assert.Equal(t, 1010, grow.Len(), mode)

	// Shrinking or clearing inside the loop ends it where the array now ends.
	shrink := ints(10)
	defer shrink.Destroy()
	seen = seen[:0]
	for i, x := range shrink.All() {
		if i == 2 {
			shrink.Resize(4)
		}
		seen = append(seen, x)
	}
	assert.Equal(t, []int64{0, 1, 2, 3}, seen, "%s: iteration stops at the new end", mode)
	cleared := ints(10)
	defer cleared.Destroy()
	seen = seen[:0]
	for _, x := range cleared.All() {
		cleared.Clear()
		seen = append(seen, x)
	}
	assert.Equal(t, []int64{0}, seen, "%s: a cleared array ends the loop", mode)
	assert.Equal(t, 0, cleared.Len(), mode)
	_, err := cleared.At(0)
	assert.ErrorContains(t, err, "index 0 out of range [0, 0)", mode)

	// A shallow duplicate shares the element block until one of them writes (copy on write): the
	// writer gets a block of its own, the other keeps the old values.
	orig := ints(5)
	defer orig.Destroy()
	dup := orig.Duplicate(false)
	defer dup.Destroy()
	seen = seen[:0]
	for i, x := range dup.All() {
		if i+1 < dup.Len() {
			require.NoError(t, dup.Set(i+1, int64(10*(i+1))))
		}
		seen = append(seen, x)
	}
	assert.Equal(t, []int64{0, 10, 20, 30, 40}, seen, "%s: the duplicate's own writes", mode)
	assert.Equal(t, []int64{0, 1, 2, 3, 4}, must(orig.ToSlice()), "%s: the original kept its elements", mode)

	// Out of range, and elements of every kind in an untyped array.
	_, err = orig.At(5)
	assert.ErrorContains(t, err, "index 5 out of range [0, 5)", mode)
	_, err = orig.At(-1)
	assert.ErrorContains(t, err, "index -1 out of range", mode)
	x, err := orig.At(4)
	assert.NoError(t, err)
	assert.Equal(t, int64(4), x, mode)
	node := godot.NewNode()
	defer node.AsObject().Free()
	mixed, err := variant.ArrayOf[variant.Variant](must(variant.From("text")), must(variant.From(variant.Vector2{X: 1, Y: 2})), must(variant.From(node)))
	require.NoError(t, err)
	defer mixed.Destroy()
	var texts []string
	for _, v := range mixed.All() {
		texts = append(texts, v.String())
		v.Destroy()
	}
	require.Len(t, texts, 3, mode)
	assert.Equal(t, "text", texts[0], mode)
	assert.Equal(t, "(1.0, 2.0)", texts[1], mode)
	assert.Contains(t, texts[2], "Node", mode)
	var zero variant.Array[int64]
	assert.Equal(t, 0, zero.Len(), "%s: the zero Array", mode)
	for range zero.All() {
		t.Errorf("%s: the zero Array has an element", mode)
	}
}
