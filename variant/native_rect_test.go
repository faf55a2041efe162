package variant

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRect2(t *testing.T) {
	r := NewRect2(1, 2, 4, 6)
	assertBits(t, Vector2{5, 8}, r.End())
	assertBits(t, float32(24), r.Area())
	assertBits(t, Vector2{3, 5}, r.Center())
	assert.True(t, r.HasArea())
	assert.False(t, NewRect2(0, 0, 0, 5).HasArea())
	assert.False(t, NewRect2(0, 0, -1, 5).HasArea())
	assert.False(t, NewRect2(0, 0, nan32, 5).HasArea())
	e := r
	e.SetEnd(Vector2{10, 10})
	assertBits(t, Vector2{9, 8}, e.Size)

	for _, c := range []struct {
		p    Vector2
		want bool
	}{
		{Vector2{1, 2}, true}, {Vector2{4.999, 7.999}, true}, {Vector2{5, 3}, false}, {Vector2{3, 8}, false},
		{Vector2{0.999, 3}, false}, {Vector2{nan32, 3}, true}, // NaN fails every comparison
	} {
		assert.Equal(t, c.want, r.HasPoint(c.p), "%v", c.p)
	}

	touching := NewRect2(5, 2, 1, 1)
	assert.False(t, r.Intersects(touching, false))
	assert.True(t, r.Intersects(touching, true))
	assert.True(t, r.Intersects(NewRect2(4, 7, 5, 5), false))
	assert.False(t, r.Intersects(NewRect2(6, 2, 1, 1), true))
	assert.True(t, r.Encloses(NewRect2(1, 2, 4, 6)))
	assert.False(t, r.Encloses(NewRect2(1, 2, 4.5, 6)))

	assertBits(t, NewRect2(4, 7, 1, 1), r.Intersection(NewRect2(4, 7, 5, 5)))
	assertBits(t, Rect2{}, r.Intersection(touching))
	assertBits(t, NewRect2(1, 2, 8, 10), r.Merge(NewRect2(4, 7, 5, 5)))
	assertBits(t, NewRect2(-1, 2, 6, 6), r.Expand(Vector2{-1, 5}))
	assertBits(t, NewRect2(1, 2, 4, 6), r.Expand(Vector2{nan32, 5}))
	assertBits(t, NewRect2(0, 1, 6, 8), r.Grow(1))
	assertBits(t, NewRect2(2, 3, 2, 4), r.Grow(-1))
	assertBits(t, NewRect2(0, 0, 7, 11), r.GrowIndividual(1, 2, 2, 3))
	assertBits(t, NewRect2(1, 0, 4, 8), r.GrowSide(SideTop, 2))
	assertBits(t, NewRect2(1, 2, 6, 6), r.GrowSide(SideRight, 2))
	assertBits(t, r, r.GrowSide(7, 2))
	assertBits(t, NewRect2(-3, -4, 4, 6), NewRect2(1, 2, -4, -6).Abs())
	assertBits(t, NewRect2(1, 2, 0, 6), NewRect2(1, 2, negZ, 6).Abs())
	assertBits(t, NewRect2(2, -2, 4, 6), NewRect2(1.5, -1.5, 4.4, 5.5).Round())
	assertBits(t, Vector2{5, 2}, r.Support(Vector2{1, -1}))
	assertBits(t, Vector2{1, 2}, r.Support(Vector2{0, nan32}))

	assert.True(t, r.IsEqualApprox(NewRect2(1.000001, 2, 4, 6)))
	assert.True(t, r.IsFinite())
	assert.False(t, NewRect2(0, 0, inf32, 1).IsFinite())
	assert.True(t, NewRect2(nan32, 0, 1, 1).IsSame(NewRect2(nan32, 0, 1, 1)))
	assert.Equal(t, NewRect2i(1, -2, 4, math.MinInt32), NewRect2(1.5, -2.5, 4, nan32).Rect2i())
}

func TestRect2i(t *testing.T) {
	r := NewRect2i(1, 2, 4, 6)
	assert.Equal(t, Vector2i{5, 8}, r.End())
	assert.Equal(t, int32(24), r.Area())
	assert.Equal(t, int32(0), NewRect2i(0, 0, 65536, 65536).Area()) // wraps in int32
	assert.Equal(t, Vector2i{3, 5}, r.Center())
	assert.Equal(t, Vector2i{1, 2}, NewRect2i(0, 0, 3, 5).Center()) // truncated
	assert.Equal(t, Vector2i{-1, -2}, NewRect2i(0, 0, -3, -5).Center())
	assert.True(t, r.HasArea())
	assert.False(t, NewRect2i(0, 0, 0, 1).HasArea())
	e := r
	e.SetEnd(Vector2i{10, 10})
	assert.Equal(t, Vector2i{9, 8}, e.Size)

	assert.True(t, r.HasPoint(Vector2i{1, 2}))
	assert.True(t, r.HasPoint(Vector2i{4, 7}))
	assert.False(t, r.HasPoint(Vector2i{5, 7}))
	assert.False(t, r.Intersects(NewRect2i(5, 2, 1, 1)))
	assert.True(t, r.Intersects(NewRect2i(4, 7, 5, 5)))
	assert.True(t, r.Encloses(r))
	assert.False(t, r.Encloses(NewRect2i(0, 2, 4, 6)))
	assert.Equal(t, NewRect2i(4, 7, 1, 1), r.Intersection(NewRect2i(4, 7, 5, 5)))
	assert.Equal(t, Rect2i{}, r.Intersection(NewRect2i(5, 2, 1, 1)))
	assert.Equal(t, NewRect2i(1, 2, 8, 10), r.Merge(NewRect2i(4, 7, 5, 5)))
	assert.Equal(t, NewRect2i(-1, 2, 6, 6), r.Expand(Vector2i{-1, 5}))
	assert.Equal(t, NewRect2i(0, 1, 6, 8), r.Grow(1))
	assert.Equal(t, NewRect2i(0, 0, 7, 11), r.GrowIndividual(1, 2, 2, 3))
	assert.Equal(t, NewRect2i(-1, 2, 6, 6), r.GrowSide(SideLeft, 2))
	assert.Equal(t, NewRect2i(1, 2, 4, 8), r.GrowSide(SideBottom, 2))
	assert.Equal(t, NewRect2i(-3, -4, 4, 6), NewRect2i(1, 2, -4, -6).Abs())
	assert.Equal(t, NewRect2i(math.MinInt32, 0, math.MinInt32, 0), NewRect2i(0, 0, math.MinInt32, 0).Abs())
	assert.Equal(t, NewRect2(1, 2, 4, 6), r.Rect2())
}
