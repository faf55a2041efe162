package variant

// Rect2i is the engine's Rect2i: an integer position (offset 0) and size
// (offset 8). Arithmetic wraps around on overflow, as in the engine's build.
type Rect2i struct {
	Position, Size Vector2i
}

// NewRect2i returns the rectangle at (x, y) with the given width and height.
func NewRect2i(x, y, width, height int32) Rect2i {
	return Rect2i{Vector2i{x, y}, Vector2i{width, height}}
}

// End returns Position + Size.
func (r Rect2i) End() Vector2i { return r.Position.Add(r.Size) }

// SetEnd sets Size so that End() is end.
func (r *Rect2i) SetEnd(end Vector2i) { r.Size = end.Sub(r.Position) }

// GetArea returns width * height in int32 (it wraps for huge rectangles, as
// in the engine).
func (r Rect2i) Area() int32 { return r.Size.X * r.Size.Y }

// GetCenter returns Position + Size / 2 (integer division truncates).
func (r Rect2i) Center() Vector2i { return r.Position.Add(r.Size.DivScalar(2)) }

// HasArea reports whether both size components are positive.
func (r Rect2i) HasArea() bool { return r.Size.X > 0 && r.Size.Y > 0 }

// HasPoint reports whether p is inside; the right and bottom edges are
// excluded.
func (r Rect2i) HasPoint(p Vector2i) bool {
	if p.X < r.Position.X || p.Y < r.Position.Y {
		return false
	}
	if p.X >= r.Position.X+r.Size.X || p.Y >= r.Position.Y+r.Size.Y {
		return false
	}
	return true
}

// Intersects reports whether r and b overlap (touching edges do not count).
func (r Rect2i) Intersects(b Rect2i) bool {
	if r.Position.X >= b.Position.X+b.Size.X {
		return false
	}
	if r.Position.X+r.Size.X <= b.Position.X {
		return false
	}
	if r.Position.Y >= b.Position.Y+b.Size.Y {
		return false
	}
	if r.Position.Y+r.Size.Y <= b.Position.Y {
		return false
	}
	return true
}

// Encloses reports whether b is completely inside r.
func (r Rect2i) Encloses(b Rect2i) bool {
	return b.Position.X >= r.Position.X && b.Position.Y >= r.Position.Y &&
		b.Position.X+b.Size.X <= r.Position.X+r.Size.X &&
		b.Position.Y+b.Size.Y <= r.Position.Y+r.Size.Y
}

// Intersection returns the overlap of r and b, or the zero Rect2i.
func (r Rect2i) Intersection(b Rect2i) Rect2i {
	if !r.Intersects(b) {
		return Rect2i{}
	}
	pos := b.Position.Max(r.Position)
	bEnd := b.Position.Add(b.Size)
	end := r.Position.Add(r.Size)
	return Rect2i{pos, bEnd.Min(end).Sub(pos)}
}

// Merge returns the smallest rectangle containing r and b.
func (r Rect2i) Merge(b Rect2i) Rect2i {
	pos := b.Position.Min(r.Position)
	size := b.Position.Add(b.Size).Max(r.Position.Add(r.Size))
	return Rect2i{pos, size.Sub(pos)}
}

// Expand returns r grown to include the point p.
func (r Rect2i) Expand(p Vector2i) Rect2i {
	begin := r.Position
	end := r.Position.Add(r.Size)
	if p.X < begin.X {
		begin.X = p.X
	}
	if p.Y < begin.Y {
		begin.Y = p.Y
	}
	if p.X > end.X {
		end.X = p.X
	}
	if p.Y > end.Y {
		end.Y = p.Y
	}
	return Rect2i{begin, end.Sub(begin)}
}

// Grow returns r extended by amount on every side.
func (r Rect2i) Grow(amount int32) Rect2i {
	r.Position.X -= amount
	r.Position.Y -= amount
	r.Size.X += amount * 2
	r.Size.Y += amount * 2
	return r
}

// GrowIndividual returns r extended by a different amount on each side.
func (r Rect2i) GrowIndividual(left, top, right, bottom int32) Rect2i {
	r.Position.X -= left
	r.Position.Y -= top
	r.Size.X += left + right
	r.Size.Y += top + bottom
	return r
}

// GrowSide returns r extended by amount on one side (SideLeft, SideTop,
// SideRight or SideBottom).
func (r Rect2i) GrowSide(side int, amount int32) Rect2i {
	var l, t, rt, b int32
	switch side {
	case SideLeft:
		l = amount
	case SideTop:
		t = amount
	case SideRight:
		rt = amount
	case SideBottom:
		b = amount
	}
	return r.GrowIndividual(l, t, rt, b)
}

// Abs returns the equivalent rectangle with a non-negative size.
func (r Rect2i) Abs() Rect2i { return Rect2i{r.Position.Add(r.Size.Mini(0)), r.Size.Abs()} }

// Rect2 converts to Rect2.
func (r Rect2i) Rect2() Rect2 { return Rect2{r.Position.Vector2(), r.Size.Vector2()} }
