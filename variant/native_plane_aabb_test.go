package variant

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPlane(t *testing.T) {
	p := Plane{Vector3{0, 0, 1}, 2}
	assertBits(t, float32(3), p.DistanceTo(Vector3{1, 1, 5}))
	assertBits(t, float32(-2), p.DistanceTo(Vector3{}))
	assert.True(t, p.IsPointOver(Vector3{0, 0, 2.5}))
	assert.False(t, p.IsPointOver(Vector3{0, 0, 2}))
	assert.True(t, p.HasPoint(Vector3{5, 5, 2.000001}, 0.00001))
	assert.False(t, p.HasPoint(Vector3{5, 5, 2.001}, 0.00001))
	assert.True(t, p.HasPoint(Vector3{5, 5, 2.001}, 0.01))
	assert.False(t, p.HasPoint(Vector3{nan32, 0, 0}, 1))
	assertBits(t, Vector3{1, 1, 2}, p.Project(Vector3{1, 1, 5}))
	assertBits(t, Vector3{0, 0, 2}, p.Center())
	assertBits(t, Plane{Vector3{negZ, negZ, -1}, -2}, p.Neg())

	assertBits(t, Plane{Vector3{0, 0, 1}, 2}, Plane{Vector3{0, 0, 2}, 4}.Normalized())
	assertBits(t, Plane{}, Plane{Vector3{}, 4}.Normalized())
	assertBits(t, Plane{Vector3{nan32, nan32, nan32}, nan32}, Plane{Vector3{nan32, 0, 0}, 4}.Normalized())

	assertBits(t, Plane{Vector3{0, 1, 0}, 3}, NewPlaneFromNormalPoint(Vector3{0, 1, 0}, Vector3{7, 3, -2}))
	tri := NewPlaneFromPoints(Vector3{0, 0, 0}, Vector3{1, 0, 0}, Vector3{0, 1, 0})
	assertBits(t, Plane{Vector3{negZ, negZ, -1}, negZ}, tri) // clockwise: -Z
	assertBits(t, Plane{Vector3{1, 2, 3}, 4}, NewPlane(1, 2, 3, 4))

	pt, ok := Plane{Vector3{1, 0, 0}, 1}.Intersect3(Plane{Vector3{0, 1, 0}, 2}, Plane{Vector3{0, 0, 1}, 3})
	assert.True(t, ok)
	assertBits(t, Vector3{1, 2, 3}, pt)
	_, ok = Plane{Vector3{1, 0, 0}, 1}.Intersect3(Plane{Vector3{1, 0, 0}, 2}, Plane{Vector3{0, 0, 1}, 3})
	assert.False(t, ok)

	ground := Plane{Vector3{0, 0, 1}, 0}
	hit, ok := ground.IntersectsRay(Vector3{1, 2, 5}, Vector3{0, 0, -1})
	assert.True(t, ok)
	assertBits(t, Vector3{1, 2, 0}, hit)
	_, ok = ground.IntersectsRay(Vector3{1, 2, 5}, Vector3{0, 0, 1}) // pointing away
	assert.False(t, ok)
	_, ok = ground.IntersectsRay(Vector3{1, 2, 5}, Vector3{1, 0, 0}) // parallel
	assert.False(t, ok)
	_, ok = ground.IntersectsRay(Vector3{1, 2, 5}, Vector3{nan32, 0, -1})
	assert.True(t, ok) // NaN slips through every check, as in the engine

	hit, ok = ground.IntersectsSegment(Vector3{0, 0, 5}, Vector3{0, 0, -5})
	assert.True(t, ok)
	assertBits(t, Vector3{0, 0, 0}, hit)
	_, ok = ground.IntersectsSegment(Vector3{0, 0, 5}, Vector3{0, 0, 1})
	assert.False(t, ok)
	hit, ok = ground.IntersectsSegment(Vector3{0, 0, 5}, Vector3{0, 0, 0})
	assert.True(t, ok)
	assertBits(t, Vector3{0, 0, 0}, hit)

	assert.True(t, p.IsEqualApprox(Plane{Vector3{0, 0, 1.000001}, 2}))
	assert.False(t, p.IsEqualApprox(p.Neg()))
	assert.True(t, p.IsEqualApproxAnySide(p.Neg()))
	assert.True(t, p.IsFinite())
	assert.False(t, Plane{Vector3{0, 0, 1}, inf32}.IsFinite())
	assert.True(t, Plane{Vector3{0, 0, 1}, nan32}.IsSame(Plane{Vector3{0, 0, 1}, nan32}))

	for _, n := range []Vector3{{1, 0, 0}, {0, 1, 0}, {0.6, 0.8, 0}} {
		perp := Plane{n, 0}.AnyPerpendicularNormal()
		assert.True(t, perp.IsNormalized())
		assert.InDelta(t, 0, float64(perp.Dot(n)), 1e-7)
	}
}

func TestAABB(t *testing.T) {
	a := NewAABB(Vector3{1, 2, 3}, Vector3{4, 5, 6})
	assertBits(t, Vector3{5, 7, 9}, a.End())
	assertBits(t, Vector3{3, 4.5, 6}, a.Center())
	assertBits(t, float32(120), a.Volume())
	assert.True(t, a.HasVolume())
	assert.True(t, a.HasSurface())
	assert.False(t, NewAABB(Vector3{}, Vector3{1, 0, 1}).HasVolume())
	assert.True(t, NewAABB(Vector3{}, Vector3{1, 0, 0}).HasSurface())
	assert.False(t, NewAABB(Vector3{}, Vector3{}).HasSurface())
	e := a
	e.SetEnd(Vector3{10, 10, 10})
	assertBits(t, Vector3{9, 8, 7}, e.Size)

	// has_point includes the far faces, unlike Rect2.
	assert.True(t, a.HasPoint(Vector3{5, 7, 9}))
	assert.True(t, a.HasPoint(Vector3{1, 2, 3}))
	assert.False(t, a.HasPoint(Vector3{5.001, 7, 9}))
	assert.True(t, a.HasPoint(Vector3{nan32, 3, 4})) // NaN fails every comparison

	touching := NewAABB(Vector3{5, 2, 3}, Vector3{1, 1, 1})
	assert.False(t, a.Intersects(touching))
	assert.True(t, a.Intersects(NewAABB(Vector3{4, 6, 8}, Vector3{5, 5, 5})))
	assert.True(t, a.Encloses(a))
	assert.False(t, a.Encloses(NewAABB(Vector3{1, 2, 3}, Vector3{4, 5, 6.5})))
	assertBits(t, NewAABB(Vector3{4, 6, 8}, Vector3{1, 1, 1}), a.Intersection(NewAABB(Vector3{4, 6, 8}, Vector3{5, 5, 5})))
	assertBits(t, NewAABB(Vector3{5, 2, 3}, Vector3{0, 1, 1}), a.Intersection(touching)) // a flat box
	assertBits(t, AABB{}, a.Intersection(NewAABB(Vector3{6, 2, 3}, Vector3{1, 1, 1})))
	assertBits(t, NewAABB(Vector3{1, 2, 3}, Vector3{8, 9, 10}), a.Merge(NewAABB(Vector3{4, 6, 8}, Vector3{5, 5, 5})))
	assertBits(t, NewAABB(Vector3{0, 2, 3}, Vector3{5, 5, 8}), a.Expand(Vector3{0, 4, 11}))
	assertBits(t, a, a.Expand(Vector3{nan32, nan32, nan32}))
	assertBits(t, NewAABB(Vector3{0, 1, 2}, Vector3{6, 7, 8}), a.Grow(1))
	assertBits(t, NewAABB(Vector3{-3, -4, 0}, Vector3{4, 5, 6}), NewAABB(Vector3{1, 1, 0}, Vector3{-4, -5, 6}).Abs())

	assertBits(t, Vector3{5, 2, 9}, a.Support(Vector3{1, -1, 1}))
	for i, want := range []Vector3{{1, 2, 3}, {1, 2, 9}, {1, 7, 3}, {1, 7, 9}, {5, 2, 3}, {5, 2, 9}, {5, 7, 3}, {5, 7, 9}} {
		assertBits(t, want, a.Endpoint(i), "endpoint %d", i)
	}
	assertBits(t, Vector3{}, a.Endpoint(8))
	assertBits(t, Vector3{}, a.Endpoint(-1))

	assertBits(t, Vector3{0, 0, 1}, a.LongestAxis())
	assert.Equal(t, 2, a.LongestAxisIndex())
	assertBits(t, float32(6), a.LongestAxisSize())
	assertBits(t, Vector3{1, 0, 0}, a.ShortestAxis())
	assert.Equal(t, 0, a.ShortestAxisIndex())
	assertBits(t, float32(4), a.ShortestAxisSize())
	cube := NewAABB(Vector3{}, Vector3{2, 2, 2})
	assert.Equal(t, 0, cube.LongestAxisIndex()) // ties keep the first axis
	assert.Equal(t, 0, cube.ShortestAxisIndex())

	assert.True(t, cube.IntersectsPlane(Plane{Vector3{1, 0, 0}, 1}))
	assert.False(t, cube.IntersectsPlane(Plane{Vector3{1, 0, 0}, 3}))
	assert.False(t, cube.IntersectsPlane(Plane{Vector3{1, 0, 0}, 2})) // touching counts as under

	hit, ok := cube.IntersectsSegment(Vector3{-1, 1, 1}, Vector3{3, 1, 1})
	assert.True(t, ok)
	assertBits(t, Vector3{0, 1, 1}, hit)
	hit, ok = cube.IntersectsSegment(Vector3{3, 1, 1}, Vector3{-1, 1, 1})
	assert.True(t, ok)
	assertBits(t, Vector3{2, 1, 1}, hit)
	hit, ok = cube.IntersectsSegment(Vector3{1, 1, 1}, Vector3{5, 1, 1})
	assert.True(t, ok)
	assertBits(t, Vector3{1, 1, 1}, hit) // starts inside
	_, ok = cube.IntersectsSegment(Vector3{-2, 1, 1}, Vector3{-1, 1, 1})
	assert.False(t, ok)

	hit, ok = cube.IntersectsRay(Vector3{-1, 1, 1}, Vector3{1, 0, 0})
	assert.True(t, ok)
	assertBits(t, Vector3{0, 1, 1}, hit)
	hit, ok = cube.IntersectsRay(Vector3{1, 1, 1}, Vector3{1, 0, 0})
	assert.True(t, ok)
	assertBits(t, Vector3{1, 1, 1}, hit) // inside: the ray origin
	_, ok = cube.IntersectsRay(Vector3{-1, 1, 1}, Vector3{-1, 0, 0})
	assert.False(t, ok)
	_, ok = cube.IntersectsRay(Vector3{-1, 3, 1}, Vector3{1, 0, 0}) // parallel, outside
	assert.False(t, ok)
	hit, ok = cube.IntersectsRay(Vector3{-1, -1, 1}, Vector3{1, 1, 0})
	assert.True(t, ok)
	assertBits(t, Vector3{0, 0, 1}, hit)

	assert.True(t, a.IsEqualApprox(NewAABB(Vector3{1.000001, 2, 3}, Vector3{4, 5, 6})))
	assert.True(t, a.IsFinite())
	assert.False(t, NewAABB(Vector3{}, Vector3{inf32, 1, 1}).IsFinite())
	assert.True(t, NewAABB(Vector3{nan32, 0, 0}, Vector3{}).IsSame(NewAABB(Vector3{nan32, 0, 0}, Vector3{})))
}
