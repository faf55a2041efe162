package variant

import "math"

// Projection is the engine's Projection: a 4×4 matrix stored as four Vector4
// columns (the API's x, y, z and w at offsets 0, 16, 32 and 48).
// Columns[i].Y is the element in row 1 of column i.
//
// The zero value is the zero matrix; IdentityProjection is the engine's
// default.
type Projection struct {
	Columns [4]Vector4
}

// IdentityProjection is the identity matrix, the engine's default.
// The package never reads this variable.
var IdentityProjection = nmIdentityProjection()

func nmIdentityProjection() Projection {
	return Projection{Columns: [4]Vector4{{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}}}
}

// Projection plane indices for GetProjectionPlane, as the engine's
// Projection.Planes.
const (
	ProjectionPlaneNear   = 0
	ProjectionPlaneFar    = 1
	ProjectionPlaneLeft   = 2
	ProjectionPlaneTop    = 3
	ProjectionPlaneRight  = 4
	ProjectionPlaneBottom = 5
)

// NewProjection returns the projection with the given columns.
func NewProjection(x, y, z, w Vector4) Projection { return Projection{[4]Vector4{x, y, z, w}} }

// NewProjectionFromTransform3D returns the 4×4 matrix of a 3D transform.
func NewProjectionFromTransform3D(t Transform3D) Projection {
	b := t.Basis.Rows
	return Projection{[4]Vector4{
		{b[0].X, b[1].X, b[2].X, 0},
		{b[0].Y, b[1].Y, b[2].Y, 0},
		{b[0].Z, b[1].Z, b[2].Z, 0},
		{t.Origin.X, t.Origin.Y, t.Origin.Z, 1},
	}}
}

// Transform3D returns the upper 3×4 part as a Transform3D.
func (p Projection) Transform3D() Transform3D {
	c := p.Columns
	return Transform3D{
		Basis: Basis{Rows: [3]Vector3{
			{c[0].X, c[1].X, c[2].X},
			{c[0].Y, c[1].Y, c[2].Y},
			{c[0].Z, c[1].Z, c[2].Z},
		}},
		Origin: Vector3{c[3].X, c[3].Y, c[3].Z},
	}
}

// m returns the matrix in the engine's memory order (column-major).
func (p Projection) m() [16]float32 {
	var m [16]float32
	for i := 0; i < 4; i++ {
		c := p.Columns[i]
		m[i*4], m[i*4+1], m[i*4+2], m[i*4+3] = c.X, c.Y, c.Z, c.W
	}
	return m
}

func projectionFromM(m [16]float32) Projection {
	var p Projection
	for i := 0; i < 4; i++ {
		p.Columns[i] = Vector4{m[i*4], m[i*4+1], m[i*4+2], m[i*4+3]}
	}
	return p
}

// Mul returns the matrix product p * q.
func (p Projection) Mul(q Projection) Projection {
	a, b := p.m(), q.m()
	var r [16]float32
	for j := 0; j < 4; j++ {
		for i := 0; i < 4; i++ {
			var ab float32
			for k := 0; k < 4; k++ {
				ab += a[k*4+i] * b[j*4+k]
			}
			r[j*4+i] = ab
		}
	}
	return projectionFromM(r)
}

// MulVector4 returns p * v (the engine's xform).
func (p Projection) MulVector4(v Vector4) Vector4 {
	c := &p.Columns
	return Vector4{
		c[0].X*v.X + c[1].X*v.Y + c[2].X*v.Z + c[3].X*v.W,
		c[0].Y*v.X + c[1].Y*v.Y + c[2].Y*v.Z + c[3].Y*v.W,
		c[0].Z*v.X + c[1].Z*v.Y + c[2].Z*v.Z + c[3].Z*v.W,
		c[0].W*v.X + c[1].W*v.Y + c[2].W*v.Z + c[3].W*v.W,
	}
}

// XformInv returns the transpose of p times v (the script operator
// Vector4 * Projection).
func (p Projection) XformInv(v Vector4) Vector4 {
	c := &p.Columns
	return Vector4{c[0].Dot(v), c[1].Dot(v), c[2].Dot(v), c[3].Dot(v)}
}

// XformVector3 transforms the point v with perspective division by w (the
// engine's internal xform of a Vector3).
func (p Projection) XformVector3(v Vector3) Vector3 {
	c := &p.Columns
	r := Vector3{
		c[0].X*v.X + c[1].X*v.Y + c[2].X*v.Z + c[3].X,
		c[0].Y*v.X + c[1].Y*v.Y + c[2].Y*v.Z + c[3].Y,
		c[0].Z*v.X + c[1].Z*v.Y + c[2].Z*v.Z + c[3].Z,
	}
	w := c[0].W*v.X + c[1].W*v.Y + c[2].W*v.Z + c[3].W
	return r.DivScalar(w)
}

// Determinant returns the determinant (the engine's cofactor expansion,
// term by term).
func (p Projection) Determinant() float32 {
	var c [4][4]float32
	for i := 0; i < 4; i++ {
		c[i] = [4]float32{p.Columns[i].X, p.Columns[i].Y, p.Columns[i].Z, p.Columns[i].W}
	}
	return c[0][3]*c[1][2]*c[2][1]*c[3][0] - c[0][2]*c[1][3]*c[2][1]*c[3][0] -
		c[0][3]*c[1][1]*c[2][2]*c[3][0] + c[0][1]*c[1][3]*c[2][2]*c[3][0] +
		c[0][2]*c[1][1]*c[2][3]*c[3][0] - c[0][1]*c[1][2]*c[2][3]*c[3][0] -
		c[0][3]*c[1][2]*c[2][0]*c[3][1] + c[0][2]*c[1][3]*c[2][0]*c[3][1] +
		c[0][3]*c[1][0]*c[2][2]*c[3][1] - c[0][0]*c[1][3]*c[2][2]*c[3][1] -
		c[0][2]*c[1][0]*c[2][3]*c[3][1] + c[0][0]*c[1][2]*c[2][3]*c[3][1] +
		c[0][3]*c[1][1]*c[2][0]*c[3][2] - c[0][1]*c[1][3]*c[2][0]*c[3][2] -
		c[0][3]*c[1][0]*c[2][1]*c[3][2] + c[0][0]*c[1][3]*c[2][1]*c[3][2] +
		c[0][1]*c[1][0]*c[2][3]*c[3][2] - c[0][0]*c[1][1]*c[2][3]*c[3][2] -
		c[0][2]*c[1][1]*c[2][0]*c[3][3] + c[0][1]*c[1][2]*c[2][0]*c[3][3] +
		c[0][2]*c[1][0]*c[2][1]*c[3][3] - c[0][0]*c[1][2]*c[2][1]*c[3][3] -
		c[0][1]*c[1][0]*c[2][2]*c[3][3] + c[0][0]*c[1][1]*c[2][2]*c[3][3]
}

// Inverse returns the inverse, computed like the engine (Gauss-Jordan
// elimination with partial pivoting, adapted from Mesa). When a pivot is
// exactly zero the engine gives up and the matrix is returned unchanged.
func (p Projection) Inverse() Projection {
	m := p.m()
	at := func(r, c int) float32 { return m[c*4+r] }
	var wtmp [4][8]float32
	for r := 0; r < 4; r++ {
		for c := 0; c < 4; c++ {
			wtmp[r][c] = at(r, c)
		}
		wtmp[r][4+r] = 1
	}
	r0, r1, r2, r3 := &wtmp[0], &wtmp[1], &wtmp[2], &wtmp[3]

	if nmAbs(r3[0]) > nmAbs(r2[0]) {
		r3, r2 = r2, r3
	}
	if nmAbs(r2[0]) > nmAbs(r1[0]) {
		r2, r1 = r1, r2
	}
	if nmAbs(r1[0]) > nmAbs(r0[0]) {
		r1, r0 = r0, r1
	}
	if r0[0] == 0 {
		return p
	}

	// Eliminate the first variable.
	m1 := r1[0] / r0[0]
	m2 := r2[0] / r0[0]
	m3 := r3[0] / r0[0]
	for k := 1; k < 4; k++ {
		s := r0[k]
		r1[k] -= m1 * s
		r2[k] -= m2 * s
		r3[k] -= m3 * s
	}
	for k := 4; k < 8; k++ {
		if s := r0[k]; s != 0 {
			r1[k] -= m1 * s
			r2[k] -= m2 * s
			r3[k] -= m3 * s
		}
	}

	if nmAbs(r3[1]) > nmAbs(r2[1]) {
		r3, r2 = r2, r3
	}
	if nmAbs(r2[1]) > nmAbs(r1[1]) {
		r2, r1 = r1, r2
	}
	if r1[1] == 0 {
		return p
	}

	// Eliminate the second variable.
	m2 = r2[1] / r1[1]
	m3 = r3[1] / r1[1]
	r2[2] -= m2 * r1[2]
	r3[2] -= m3 * r1[2]
	r2[3] -= m2 * r1[3]
	r3[3] -= m3 * r1[3]
	for k := 4; k < 8; k++ {
		if s := r1[k]; s != 0 {
			r2[k] -= m2 * s
			r3[k] -= m3 * s
		}
	}

	if nmAbs(r3[2]) > nmAbs(r2[2]) {
		r3, r2 = r2, r3
	}
	if r2[2] == 0 {
		return p
	}

	// Eliminate the third variable.
	m3 = r3[2] / r2[2]
	for k := 3; k < 8; k++ {
		r3[k] -= m3 * r2[k]
	}

	if r3[3] == 0 {
		return p
	}

	// Back substitution.
	s := 1 / r3[3]
	for k := 4; k < 8; k++ {
		r3[k] *= s
	}

	m2 = r2[3]
	s = 1 / r2[2]
	for k := 4; k < 8; k++ {
		r2[k] = s * (r2[k] - r3[k]*m2)
	}
	m1 = r1[3]
	for k := 4; k < 8; k++ {
		r1[k] -= r3[k] * m1
	}
	m0 := r0[3]
	for k := 4; k < 8; k++ {
		r0[k] -= r3[k] * m0
	}

	m1 = r1[2]
	s = 1 / r1[1]
	for k := 4; k < 8; k++ {
		r1[k] = s * (r1[k] - r2[k]*m1)
	}
	m0 = r0[2]
	for k := 4; k < 8; k++ {
		r0[k] -= r2[k] * m0
	}

	m0 = r0[1]
	s = 1 / r0[0]
	for k := 4; k < 8; k++ {
		r0[k] = s * (r0[k] - r1[k]*m0)
	}

	var out [16]float32
	rows := [4]*[8]float32{r0, r1, r2, r3}
	for r := 0; r < 4; r++ {
		for c := 0; c < 4; c++ {
			out[c*4+r] = rows[r][4+c]
		}
	}
	return projectionFromM(out)
}

// FlippedY returns the projection with its second column negated.
func (p Projection) FlippedY() Projection {
	p.Columns[1] = p.Columns[1].Neg()
	return p
}

// JitterOffseted returns the projection with offset added to the x and y of
// its last column.
func (p Projection) JitterOffseted(offset Vector2) Projection {
	p.Columns[3].X += offset.X
	p.Columns[3].Y += offset.Y
	return p
}

// GetZFar returns the far plane distance of a z-facing projection.
func (p Projection) ZFar() float32 {
	c := &p.Columns
	return (c[3].W - c[3].Z) / (c[2].W - c[2].Z)
}

// GetZNear returns the near plane distance of a z-facing projection.
func (p Projection) ZNear() float32 {
	c := &p.Columns
	return (c[3].W + c[3].Z) / (c[2].W + c[2].Z)
}

// GetAspect returns the aspect ratio, columns[1][1] / columns[0][0].
func (p Projection) Aspect() float32 { return p.Columns[1].Y / p.Columns[0].X }

// GetFov returns the horizontal field of view in degrees.
func (p Projection) Fov() float32 {
	c := &p.Columns
	if c[2].X == 0 {
		return 2 * nmAtan2(1, c[0].X) * nmRadToDeg32
	}
	right := nmAtan2(c[2].X+1, c[0].X)
	left := nmAtan2(c[2].X-1, c[0].X)
	return (right - left) * nmRadToDeg32
}

// IsOrthogonal reports whether columns[2][3] is zero.
func (p Projection) IsOrthogonal() bool { return p.Columns[2].W == 0 }

// GetViewportHalfExtents returns the half size of the near plane.
func (p Projection) ViewportHalfExtents() Vector2 {
	w := -p.ZNear()*p.Columns[2].W + p.Columns[3].W
	return Vector2{w / p.Columns[0].X, w / p.Columns[1].Y}
}

// GetFarPlaneHalfExtents returns the half size of the far plane.
func (p Projection) FarPlaneHalfExtents() Vector2 {
	w := -p.ZFar()*p.Columns[2].W + p.Columns[3].W
	return Vector2{w / p.Columns[0].X, w / p.Columns[1].Y}
}

// GetLodMultiplier returns 2 / columns[0][0].
func (p Projection) LodMultiplier() float32 { return 2 / p.Columns[0].X }

// GetPixelsPerMeter returns the number of pixels per meter at the near plane
// for a viewport forPixelWidth pixels wide (truncated to int32).
func (p Projection) PixelsPerMeter(forPixelWidth int32) int32 {
	width := 2 * (-p.ZNear()*p.Columns[2].W + p.Columns[3].W) / p.Columns[0].X
	return nmF32ToI32(float32(forPixelWidth) / width)
}

// PerspectiveZNearAdjusted returns a perspective projection with its near
// plane moved to newZNear.
func (p Projection) PerspectiveZNearAdjusted(newZNear float32) Projection {
	zfar := p.ZFar()
	znear := newZNear
	deltaZ := zfar - znear
	p.Columns[2].Z = -(zfar + znear) / deltaZ
	p.Columns[3].Z = -2 * znear * zfar / deltaZ
	return p
}

// GetProjectionPlane returns one of the clipping planes (a
// ProjectionPlane* constant); an invalid index gives the zero plane.
func (p Projection) ProjectionPlane(plane int) Plane {
	m := p.m()
	var pl Plane
	switch plane {
	case ProjectionPlaneNear:
		pl = NewPlane(m[3]+m[2], m[7]+m[6], m[11]+m[10], m[15]+m[14])
	case ProjectionPlaneFar:
		pl = NewPlane(m[3]-m[2], m[7]-m[6], m[11]-m[10], m[15]-m[14])
	case ProjectionPlaneLeft:
		pl = NewPlane(m[3]+m[0], m[7]+m[4], m[11]+m[8], m[15]+m[12])
	case ProjectionPlaneTop:
		pl = NewPlane(m[3]-m[1], m[7]-m[5], m[11]-m[9], m[15]-m[13])
	case ProjectionPlaneRight:
		pl = NewPlane(m[3]-m[0], m[7]-m[4], m[11]-m[8], m[15]-m[12])
	case ProjectionPlaneBottom:
		pl = NewPlane(m[3]+m[1], m[7]+m[5], m[11]+m[9], m[15]+m[13])
	default:
		return Plane{}
	}
	pl.Normal = pl.Normal.Neg()
	return pl.Normalized()
}

// ProjectionGetFovy converts a horizontal field of view to a vertical one
// (degrees) for the given aspect ratio; the engine computes it in double.
func ProjectionGetFovy(fovx, aspect float32) float32 {
	halfRad := float64(fovx*nmDegToRad32) * 0.5
	return float32(math.Atan(float64(aspect)*math.Tan(halfRad)) * 2.0 * nmRadToDeg64)
}

// ProjectionCreatePerspective returns a perspective projection (fovy in
// degrees). With flipFov, fovy is taken as the horizontal field of view.
// Degenerate input (zFar == zNear, aspect == 0, or a zero sine of the half
// angle) gives the identity, as in the engine.
func ProjectionCreatePerspective(fovy, aspect, zNear, zFar float32, flipFov bool) Projection {
	if flipFov {
		fovy = ProjectionGetFovy(fovy, float32(1.0/float64(aspect)))
	}
	radians := float32(float64(fovy) / 2.0 * nmDegToRad64)
	deltaZ := zFar - zNear
	sine := nmSin(radians)
	if deltaZ == 0 || sine == 0 || aspect == 0 {
		return nmIdentityProjection()
	}
	cotangent := nmCos(radians) / sine
	p := nmIdentityProjection()
	p.Columns[0].X = cotangent / aspect
	p.Columns[1].Y = cotangent
	p.Columns[2].Z = -(zFar + zNear) / deltaZ
	p.Columns[2].W = -1
	p.Columns[3].Z = -2 * zNear * zFar / deltaZ
	p.Columns[3].W = 0
	return p
}

// ProjectionCreateOrthogonal returns an orthogonal projection of the given
// box.
func ProjectionCreateOrthogonal(left, right, bottom, top, zNear, zFar float32) Projection {
	p := nmIdentityProjection()
	p.Columns[0].X = 2 / (right - left)
	p.Columns[3].X = -((right + left) / (right - left))
	p.Columns[1].Y = 2 / (top - bottom)
	p.Columns[3].Y = -((top + bottom) / (top - bottom))
	p.Columns[2].Z = -2 / (zFar - zNear)
	p.Columns[3].Z = -((zFar + zNear) / (zFar - zNear))
	p.Columns[3].W = 1
	return p
}

// ProjectionCreateOrthogonalAspect returns an orthogonal projection of the
// given size and aspect (size is the height, or the width with flipFov).
func ProjectionCreateOrthogonalAspect(size, aspect, zNear, zFar float32, flipFov bool) Projection {
	if !flipFov {
		size *= aspect
	}
	return ProjectionCreateOrthogonal(-size/2, +size/2, -size/aspect/2, +size/aspect/2, zNear, zFar)
}

// ProjectionCreateFrustum returns a perspective projection of the given
// frustum. Like the engine, it returns the identity when right <= left,
// top <= bottom or zFar <= zNear.
func ProjectionCreateFrustum(left, right, bottom, top, zNear, zFar float32) Projection {
	if right <= left || top <= bottom || zFar <= zNear {
		return nmIdentityProjection()
	}
	x := 2 * zNear / (right - left)
	y := 2 * zNear / (top - bottom)
	a := (right + left) / (right - left)
	b := (top + bottom) / (top - bottom)
	c := -(zFar + zNear) / (zFar - zNear)
	d := -2 * zFar * zNear / (zFar - zNear)
	return Projection{[4]Vector4{{x, 0, 0, 0}, {0, y, 0, 0}, {a, b, c, -1}, {0, 0, d, 0}}}
}

// ProjectionCreateFrustumAspect returns a perspective projection with the
// given size, aspect and offset of the near plane.
func ProjectionCreateFrustumAspect(size, aspect float32, offset Vector2, zNear, zFar float32, flipFov bool) Projection {
	if !flipFov {
		size *= aspect
	}
	return ProjectionCreateFrustum(-size/2+offset.X, +size/2+offset.X, -size/aspect/2+offset.Y, +size/aspect/2+offset.Y, zNear, zFar)
}

// ProjectionCreateFitAABB returns the projection that maps the box to the
// [-1, 1] cube.
func ProjectionCreateFitAABB(a AABB) Projection {
	min := a.Position
	max := a.Position.Add(a.Size)
	p := nmIdentityProjection()
	p.Columns[0] = Vector4{2 / (max.X - min.X), 0, 0, 0}
	p.Columns[1] = Vector4{0, 2 / (max.Y - min.Y), 0, 0}
	p.Columns[2] = Vector4{0, 0, 2 / (max.Z - min.Z), 0}
	p.Columns[3] = Vector4{-(max.X + min.X) / (max.X - min.X), -(max.Y + min.Y) / (max.Y - min.Y), -(max.Z + min.Z) / (max.Z - min.Z), 1}
	return p
}

// IsEqualApprox reports whether all columns are approximately equal (the
// engine has no such method on Projection; this compares element-wise).
func (p Projection) IsEqualApprox(q Projection) bool {
	for i := 0; i < 4; i++ {
		if !p.Columns[i].IsEqualApprox(q.Columns[i]) {
			return false
		}
	}
	return true
}

// IsSame reports whether all elements are equal, NaN matching NaN.
func (p Projection) IsSame(q Projection) bool {
	for i := 0; i < 4; i++ {
		if !p.Columns[i].IsSame(q.Columns[i]) {
			return false
		}
	}
	return true
}

// ProjectionCreateDepthCorrection returns the matrix that maps OpenGL-style
// clip space to the engine's reversed, [0, 1] depth (optionally flipping y).
func ProjectionCreateDepthCorrection(flipY bool) Projection {
	y := float32(1)
	if flipY {
		y = -1
	}
	return Projection{[4]Vector4{{1, 0, 0, 0}, {0, y, 0, 0}, {0, 0, -0.5, 0}, {0, 0, 0.5, 1}}}
}

// ProjectionCreateLightAtlasRect returns the matrix that maps [0, 1] UVs
// into rect.
func ProjectionCreateLightAtlasRect(rect Rect2) Projection {
	return Projection{[4]Vector4{{rect.Size.X, 0, 0, 0}, {0, rect.Size.Y, 0, 0}, {0, 0, 1, 0}, {rect.Position.X, rect.Position.Y, 0, 1}}}
}
