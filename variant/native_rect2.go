package variant

// Rect2 is the engine's Rect2: a position (offset 0) and a size (offset 8).
// Most methods assume a non-negative size, as in the engine (which prints an
// error for negative sizes in its debug builds and carries on); use Abs to
// normalize.
type Rect2 struct {
	Position, Size Vector2
}

// Side values for GrowSide, as the engine's global enum Side.
const (
	SideLeft   = 0
	SideTop    = 1
	SideRight  = 2
	SideBottom = 3
)

// NewRect2 returns the rectangle at (x, y) with the given width and height.
func NewRect2(x, y, width, height float32) Rect2 {
	return Rect2{Vector2{x, y}, Vector2{width, height}}
}

// End returns Position + Size.
func (r Rect2) End() Vector2 { return r.Position.Add(r.Size) }

// SetEnd sets Size so that End() is end.
func (r *Rect2) SetEnd(end Vector2) { r.Size = end.Sub(r.Position) }

// GetArea returns width * height.
func (r Rect2) Area() float32 { return r.Size.X * r.Size.Y }

// GetCenter returns Position + Size * 0.5.
func (r Rect2) Center() Vector2 { return r.Position.Add(r.Size.MulScalar(0.5)) }

// HasArea reports whether both size components are positive.
func (r Rect2) HasArea() bool { return r.Size.X > 0 && r.Size.Y > 0 }

// HasPoint reports whether p is inside; the right and bottom edges are
// excluded.
func (r Rect2) HasPoint(p Vector2) bool {
	if p.X < r.Position.X || p.Y < r.Position.Y {
		return false
	}
	if p.X >= r.Position.X+r.Size.X || p.Y >= r.Position.Y+r.Size.Y {
		return false
	}
	return true
}

// Intersects reports whether r and b overlap; with includeBorders, touching
// edges count.
func (r Rect2) Intersects(b Rect2, includeBorders bool) bool {
	if includeBorders {
		if r.Position.X > b.Position.X+b.Size.X {
			return false
		}
		if r.Position.X+r.Size.X < b.Position.X {
			return false
		}
		if r.Position.Y > b.Position.Y+b.Size.Y {
			return false
		}
		if r.Position.Y+r.Size.Y < b.Position.Y {
			return false
		}
	} else {
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
	}
	return true
}

// Encloses reports whether b is completely inside r.
func (r Rect2) Encloses(b Rect2) bool {
	return b.Position.X >= r.Position.X && b.Position.Y >= r.Position.Y &&
		b.Position.X+b.Size.X <= r.Position.X+r.Size.X &&
		b.Position.Y+b.Size.Y <= r.Position.Y+r.Size.Y
}

// Intersection returns the overlap of r and b, or the zero Rect2 if they do
// not intersect (touching edges do not count).
func (r Rect2) Intersection(b Rect2) Rect2 {
	if !r.Intersects(b, false) {
		return Rect2{}
	}
	pos := b.Position.Max(r.Position)
	bEnd := b.Position.Add(b.Size)
	end := r.Position.Add(r.Size)
	return Rect2{pos, bEnd.Min(end).Sub(pos)}
}

// Merge returns the smallest rectangle containing r and b.
func (r Rect2) Merge(b Rect2) Rect2 {
	pos := b.Position.Min(r.Position)
	size := b.Position.Add(b.Size).Max(r.Position.Add(r.Size))
	return Rect2{pos, size.Sub(pos)}
}

// Expand returns r grown to include the point p.
func (r Rect2) Expand(p Vector2) Rect2 {
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
	return Rect2{begin, end.Sub(begin)}
}

// Grow returns r extended by amount on every side.
func (r Rect2) Grow(amount float32) Rect2 {
	r.Position.X -= amount
	r.Position.Y -= amount
	r.Size.X += amount * 2
	r.Size.Y += amount * 2
	return r
}

// GrowIndividual returns r extended by a different amount on each side.
func (r Rect2) GrowIndividual(left, top, right, bottom float32) Rect2 {
	r.Position.X -= left
	r.Position.Y -= top
	r.Size.X += left + right
	r.Size.Y += top + bottom
	return r
}

// GrowSide returns r extended by amount on one side (SideLeft, SideTop,
// SideRight or SideBottom).
func (r Rect2) GrowSide(side int, amount float32) Rect2 {
	var l, t, rt, b float32
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
func (r Rect2) Abs() Rect2 { return Rect2{r.Position.Add(r.Size.Minf(0)), r.Size.Abs()} }

// Round rounds position and size.
func (r Rect2) Round() Rect2 { return Rect2{r.Position.Round(), r.Size.Round()} }

// GetSupport returns the corner furthest in direction.
func (r Rect2) Support(direction Vector2) Vector2 {
	support := r.Position
	if direction.X > 0 {
		support.X += r.Size.X
	}
	if direction.Y > 0 {
		support.Y += r.Size.Y
	}
	return support
}

// IsEqualApprox reports whether position and size are approximately equal.
func (r Rect2) IsEqualApprox(b Rect2) bool {
	return r.Position.IsEqualApprox(b.Position) && r.Size.IsEqualApprox(b.Size)
}

// IsSame reports whether position and size are equal, NaN matching NaN.
func (r Rect2) IsSame(b Rect2) bool { return r.Position.IsSame(b.Position) && r.Size.IsSame(b.Size) }

// IsFinite reports whether every component is finite.
func (r Rect2) IsFinite() bool { return r.Position.IsFinite() && r.Size.IsFinite() }

// Rect2i converts to Rect2i, truncating each component (see
// Vector2.Vector2i).
func (r Rect2) Rect2i() Rect2i { return Rect2i{r.Position.Vector2i(), r.Size.Vector2i()} }
