package variant

// AABB is the engine's AABB: a position (offset 0) and a size (offset 12).
// Most methods assume a non-negative size, as in the engine; use Abs to
// normalize.
type AABB struct {
	Position, Size Vector3
}

// NewAABB returns AABB{position, size}.
func NewAABB(position, size Vector3) AABB { return AABB{position, size} }

// End returns Position + Size.
func (a AABB) End() Vector3 { return a.Position.Add(a.Size) }

// SetEnd sets Size so that End() is end.
func (a *AABB) SetEnd(end Vector3) { a.Size = end.Sub(a.Position) }

// GetCenter returns Position + Size * 0.5.
func (a AABB) Center() Vector3 { return a.Position.Add(a.Size.MulScalar(0.5)) }

// GetVolume returns the product of the size components.
func (a AABB) Volume() float32 { return a.Size.X * a.Size.Y * a.Size.Z }

// HasVolume reports whether every size component is positive.
func (a AABB) HasVolume() bool { return a.Size.X > 0 && a.Size.Y > 0 && a.Size.Z > 0 }

// HasSurface reports whether any size component is positive.
func (a AABB) HasSurface() bool { return a.Size.X > 0 || a.Size.Y > 0 || a.Size.Z > 0 }

// Abs returns the equivalent box with a non-negative size.
func (a AABB) Abs() AABB { return AABB{a.Position.Add(a.Size.Minf(0)), a.Size.Abs()} }

// HasPoint reports whether p is inside or on the boundary.
func (a AABB) HasPoint(p Vector3) bool {
	if p.X < a.Position.X || p.Y < a.Position.Y || p.Z < a.Position.Z {
		return false
	}
	if p.X > a.Position.X+a.Size.X || p.Y > a.Position.Y+a.Size.Y || p.Z > a.Position.Z+a.Size.Z {
		return false
	}
	return true
}

// Intersects reports whether the boxes overlap (touching faces do not
// count).
func (a AABB) Intersects(b AABB) bool {
	if a.Position.X >= b.Position.X+b.Size.X || a.Position.X+a.Size.X <= b.Position.X {
		return false
	}
	if a.Position.Y >= b.Position.Y+b.Size.Y || a.Position.Y+a.Size.Y <= b.Position.Y {
		return false
	}
	if a.Position.Z >= b.Position.Z+b.Size.Z || a.Position.Z+a.Size.Z <= b.Position.Z {
		return false
	}
	return true
}

// Encloses reports whether b is completely inside a.
func (a AABB) Encloses(b AABB) bool {
	srcMin, srcMax := a.Position, a.Position.Add(a.Size)
	dstMin, dstMax := b.Position, b.Position.Add(b.Size)
	return srcMin.X <= dstMin.X && srcMax.X >= dstMax.X &&
		srcMin.Y <= dstMin.Y && srcMax.Y >= dstMax.Y &&
		srcMin.Z <= dstMin.Z && srcMax.Z >= dstMax.Z
}

// Merge returns the smallest box containing a and b.
func (a AABB) Merge(b AABB) AABB {
	beg1, beg2 := a.Position, b.Position
	end1, end2 := a.Size.Add(beg1), b.Size.Add(beg2)
	pick := func(c bool, x, y float32) float32 {
		if c {
			return x
		}
		return y
	}
	min := Vector3{pick(beg1.X < beg2.X, beg1.X, beg2.X), pick(beg1.Y < beg2.Y, beg1.Y, beg2.Y), pick(beg1.Z < beg2.Z, beg1.Z, beg2.Z)}
	max := Vector3{pick(end1.X > end2.X, end1.X, end2.X), pick(end1.Y > end2.Y, end1.Y, end2.Y), pick(end1.Z > end2.Z, end1.Z, end2.Z)}
	return AABB{min, max.Sub(min)}
}

// Intersection returns the overlap of a and b (touching faces give a flat
// box), or the zero AABB if they are apart.
func (a AABB) Intersection(b AABB) AABB {
	srcMin, srcMax := a.Position, a.Position.Add(a.Size)
	dstMin, dstMax := b.Position, b.Position.Add(b.Size)
	var min, max Vector3
	for i := 0; i < 3; i++ {
		smin, smax, dmin, dmax := srcMin.nmAt(i), srcMax.nmAt(i), dstMin.nmAt(i), dstMax.nmAt(i)
		if smin > dmax || smax < dmin {
			return AABB{}
		}
		if smin > dmin {
			min.nmSet(i, smin)
		} else {
			min.nmSet(i, dmin)
		}
		if smax < dmax {
			max.nmSet(i, smax)
		} else {
			max.nmSet(i, dmax)
		}
	}
	return AABB{min, max.Sub(min)}
}

// Expand returns a grown to include the point p.
func (a AABB) Expand(p Vector3) AABB {
	begin := a.Position
	end := a.Position.Add(a.Size)
	for i := 0; i < 3; i++ {
		v := p.nmAt(i)
		if v < begin.nmAt(i) {
			begin.nmSet(i, v)
		}
	}
	for i := 0; i < 3; i++ {
		v := p.nmAt(i)
		if v > end.nmAt(i) {
			end.nmSet(i, v)
		}
	}
	return AABB{begin, end.Sub(begin)}
}

// Grow returns a extended by amount on every side.
func (a AABB) Grow(amount float32) AABB {
	a.Position.X -= amount
	a.Position.Y -= amount
	a.Position.Z -= amount
	a.Size.X += 2 * amount
	a.Size.Y += 2 * amount
	a.Size.Z += 2 * amount
	return a
}

// GetSupport returns the corner furthest in direction.
func (a AABB) Support(direction Vector3) Vector3 {
	support := a.Position
	if direction.X > 0 {
		support.X += a.Size.X
	}
	if direction.Y > 0 {
		support.Y += a.Size.Y
	}
	if direction.Z > 0 {
		support.Z += a.Size.Z
	}
	return support
}

// GetEndpoint returns corner idx (0 to 7; bit 2 selects the x end, bit 1 y,
// bit 0 z). An invalid index gives the zero vector, as in the engine.
func (a AABB) Endpoint(idx int) Vector3 {
	if idx < 0 || idx > 7 {
		return Vector3{}
	}
	p := a.Position
	if idx&4 != 0 {
		p.X = a.Position.X + a.Size.X
	}
	if idx&2 != 0 {
		p.Y = a.Position.Y + a.Size.Y
	}
	if idx&1 != 0 {
		p.Z = a.Position.Z + a.Size.Z
	}
	return p
}

// GetLongestAxis returns the unit vector of the longest size axis (the
// first one on ties).
func (a AABB) LongestAxis() Vector3 {
	return [3]Vector3{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}[a.LongestAxisIndex()]
}

// GetLongestAxisIndex returns the index of the longest size axis.
func (a AABB) LongestAxisIndex() int {
	axis, maxSize := 0, a.Size.X
	if a.Size.Y > maxSize {
		axis, maxSize = 1, a.Size.Y
	}
	if a.Size.Z > maxSize {
		axis = 2
	}
	return axis
}

// GetLongestAxisSize returns the longest size component.
func (a AABB) LongestAxisSize() float32 {
	maxSize := a.Size.X
	if a.Size.Y > maxSize {
		maxSize = a.Size.Y
	}
	if a.Size.Z > maxSize {
		maxSize = a.Size.Z
	}
	return maxSize
}

// GetShortestAxis returns the unit vector of the shortest size axis.
func (a AABB) ShortestAxis() Vector3 {
	return [3]Vector3{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}[a.ShortestAxisIndex()]
}

// GetShortestAxisIndex returns the index of the shortest size axis.
func (a AABB) ShortestAxisIndex() int {
	axis, minSize := 0, a.Size.X
	if a.Size.Y < minSize {
		axis, minSize = 1, a.Size.Y
	}
	if a.Size.Z < minSize {
		axis = 2
	}
	return axis
}

// GetShortestAxisSize returns the shortest size component.
func (a AABB) ShortestAxisSize() float32 {
	minSize := a.Size.X
	if a.Size.Y < minSize {
		minSize = a.Size.Y
	}
	if a.Size.Z < minSize {
		minSize = a.Size.Z
	}
	return minSize
}

// IntersectsPlane reports whether the plane passes between the box corners.
func (a AABB) IntersectsPlane(p Plane) bool {
	over, under := false, false
	for i := 0; i < 8; i++ {
		if p.DistanceTo(a.Endpoint(i)) > 0 {
			over = true
		} else {
			under = true
		}
	}
	return under && over
}

// IntersectsSegment returns the point where the segment from from to to
// enters the box; ok is false when it misses.
func (a AABB) IntersectsSegment(from, to Vector3) (point Vector3, ok bool) {
	var min, max float32 = 0, 1
	for i := 0; i < 3; i++ {
		segFrom, segTo := from.nmAt(i), to.nmAt(i)
		boxBegin := a.Position.nmAt(i)
		boxEnd := boxBegin + a.Size.nmAt(i)
		var cmin, cmax float32
		if segFrom < segTo {
			if segFrom > boxEnd || segTo < boxBegin {
				return Vector3{}, false
			}
			length := segTo - segFrom
			cmin, cmax = 0, 1
			if segFrom < boxBegin {
				cmin = (boxBegin - segFrom) / length
			}
			if segTo > boxEnd {
				cmax = (boxEnd - segFrom) / length
			}
		} else {
			if segTo > boxEnd || segFrom < boxBegin {
				return Vector3{}, false
			}
			length := segTo - segFrom
			cmin, cmax = 0, 1
			if segFrom > boxEnd {
				cmin = (boxEnd - segFrom) / length
			}
			if segTo < boxBegin {
				cmax = (boxBegin - segFrom) / length
			}
		}
		if cmin > min {
			min = cmin
		}
		if cmax < max {
			max = cmax
		}
		if max < min {
			return Vector3{}, false
		}
	}
	return from.Add(to.Sub(from).MulScalar(min)), true
}

// IntersectsRay returns the point where the ray from from along dir enters
// the box, or from itself when it starts inside; ok is false when it misses.
func (a AABB) IntersectsRay(from, dir Vector3) (point Vector3, ok bool) {
	end := a.Position.Add(a.Size)
	var tmin, tmax float32 = -1e20, 1e20
	axis := 0
	for i := 0; i < 3; i++ {
		d, f := dir.nmAt(i), from.nmAt(i)
		if d == 0 {
			if f < a.Position.nmAt(i) || f > end.nmAt(i) {
				return Vector3{}, false
			}
			continue
		}
		t1 := (a.Position.nmAt(i) - f) / d
		t2 := (end.nmAt(i) - f) / d
		if t1 > t2 {
			t1, t2 = t2, t1
		}
		if t1 >= tmin {
			tmin = t1
			axis = i
		}
		if t2 < tmax {
			if t2 < 0 {
				return Vector3{}, false
			}
			tmax = t2
		}
		if tmin > tmax {
			return Vector3{}, false
		}
	}
	if tmin < 0 {
		// Starting inside: the engine's binding returns the ray origin.
		return from, true
	}
	p := from.Add(dir.MulScalar(tmin))
	// Put the point exactly on the face that was hit.
	if dir.nmAt(axis) >= 0 {
		p.nmSet(axis, a.Position.nmAt(axis))
	} else {
		p.nmSet(axis, end.nmAt(axis))
	}
	return p, true
}

// IsEqualApprox reports whether position and size are approximately equal.
func (a AABB) IsEqualApprox(b AABB) bool {
	return a.Position.IsEqualApprox(b.Position) && a.Size.IsEqualApprox(b.Size)
}

// IsSame reports whether position and size are equal, NaN matching NaN.
func (a AABB) IsSame(b AABB) bool { return a.Position.IsSame(b.Position) && a.Size.IsSame(b.Size) }

// IsFinite reports whether every component is finite.
func (a AABB) IsFinite() bool { return a.Position.IsFinite() && a.Size.IsFinite() }
