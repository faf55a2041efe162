package variant

// Plane is the engine's Plane: a normal (offset 0) and the distance d from
// the origin along it (offset 12). Points p on the plane satisfy
// Normal.Dot(p) == D.
type Plane struct {
	Normal Vector3
	D      float32
}

// NewPlane returns Plane{Vector3{a, b, c}, d}.
func NewPlane(a, b, c, d float32) Plane { return Plane{Vector3{a, b, c}, d} }

// NewPlaneFromNormalPoint returns the plane with the given normal through
// point.
func NewPlaneFromNormalPoint(normal, point Vector3) Plane {
	return Plane{normal, normal.Dot(point)}
}

// NewPlaneFromPoints returns the plane through three points, clockwise as in
// the engine's default: the normal is (p1-p3) × (p1-p2), normalized.
func NewPlaneFromPoints(p1, p2, p3 Vector3) Plane {
	normal := p1.Sub(p3).Cross(p1.Sub(p2)).Normalized()
	return Plane{normal, normal.Dot(p1)}
}

// Neg returns the plane facing the other way, (-normal, -d).
func (p Plane) Neg() Plane { return Plane{p.Normal.Neg(), -p.D} }

// Normalized returns the plane with a unit normal; a zero normal gives the
// zero plane.
func (p Plane) Normalized() Plane {
	l := p.Normal.Length()
	if l == 0 {
		return Plane{}
	}
	return Plane{p.Normal.DivScalar(l), p.D / l}
}

// GetCenter returns Normal * D.
func (p Plane) Center() Vector3 { return p.Normal.MulScalar(p.D) }

// IsPointOver reports whether point is strictly above the plane.
func (p Plane) IsPointOver(point Vector3) bool { return p.Normal.Dot(point) > p.D }

// DistanceTo returns the signed distance from the plane to point.
func (p Plane) DistanceTo(point Vector3) float32 { return p.Normal.Dot(point) - p.D }

// HasPoint reports whether point is within tolerance of the plane (the
// engine's default tolerance is 0.00001).
func (p Plane) HasPoint(point Vector3, tolerance float32) bool {
	dist := nmAbs(p.Normal.Dot(point) - p.D)
	return dist <= tolerance
}

// Project returns the orthogonal projection of point onto the plane.
func (p Plane) Project(point Vector3) Vector3 {
	return point.Sub(p.Normal.MulScalar(p.DistanceTo(point)))
}

// GetAnyPerpendicularNormal returns a unit vector perpendicular to the
// normal.
func (p Plane) AnyPerpendicularNormal() Vector3 {
	var v Vector3
	if nmAbs(p.Normal.Dot(Vector3{1, 0, 0})) > 0.99 {
		v = Vector3{0, 1, 0}
	} else {
		v = Vector3{1, 0, 0}
	}
	v = v.Sub(p.Normal.MulScalar(p.Normal.Dot(v)))
	return v.Normalized()
}

// Intersect3 returns the point common to p, b and c; ok is false when two of
// them are (nearly) parallel.
func (p Plane) Intersect3(b, c Plane) (point Vector3, ok bool) {
	n0, n1, n2 := p.Normal, b.Normal, c.Normal
	denom := n0.Cross(n1).Dot(n2)
	if nmIsZeroApprox(denom) {
		return Vector3{}, false
	}
	r := n1.Cross(n2).MulScalar(p.D).Add(n2.Cross(n0).MulScalar(b.D)).Add(n0.Cross(n1).MulScalar(c.D))
	return r.DivScalar(denom), true
}

// IntersectsRay returns where the ray from from along dir crosses the plane;
// ok is false when the ray is parallel or points away.
func (p Plane) IntersectsRay(from, dir Vector3) (point Vector3, ok bool) {
	den := p.Normal.Dot(dir)
	if nmIsZeroApprox(den) {
		return Vector3{}, false
	}
	dist := (p.Normal.Dot(from) - p.D) / den
	if dist > float32(nmCmpEpsilon) {
		return Vector3{}, false
	}
	dist = -dist
	return from.Add(dir.MulScalar(dist)), true
}

// IntersectsSegment returns where the segment from begin to end crosses the
// plane; ok is false when it does not.
func (p Plane) IntersectsSegment(begin, end Vector3) (point Vector3, ok bool) {
	segment := begin.Sub(end)
	den := p.Normal.Dot(segment)
	if nmIsZeroApprox(den) {
		return Vector3{}, false
	}
	dist := (p.Normal.Dot(begin) - p.D) / den
	if dist < float32(-nmCmpEpsilon) || dist > 1+float32(nmCmpEpsilon) {
		return Vector3{}, false
	}
	dist = -dist
	return begin.Add(segment.MulScalar(dist)), true
}

// IsEqualApprox reports whether normal and d are approximately equal.
func (p Plane) IsEqualApprox(b Plane) bool {
	return p.Normal.IsEqualApprox(b.Normal) && nmIsEqualApprox(p.D, b.D)
}

// IsEqualApproxAnySide is IsEqualApprox also accepting the flipped plane.
func (p Plane) IsEqualApproxAnySide(b Plane) bool {
	return p.IsEqualApprox(b) || (p.Normal.IsEqualApprox(b.Normal.Neg()) && nmIsEqualApprox(p.D, -b.D))
}

// IsSame reports whether normal and d are equal, NaN matching NaN.
func (p Plane) IsSame(b Plane) bool { return p.Normal.IsSame(b.Normal) && nmIsSame(p.D, b.D) }

// IsFinite reports whether every component is finite.
func (p Plane) IsFinite() bool { return p.Normal.IsFinite() && nmIsFinite(p.D) }
