package variant

import (
	"encoding/json"
	"os"
	"reflect"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The engine under test is single precision with 64-bit pointers: the API
// calls that build configuration "float_64".
const nmBuildConfiguration = "float_64"

type nmAPILayout struct {
	BuiltinClassSizes []struct {
		BuildConfiguration string `json:"build_configuration"`
		Sizes              []struct {
			Name string  `json:"name"`
			Size uintptr `json:"size"`
		} `json:"sizes"`
	} `json:"builtin_class_sizes"`
	BuiltinClassMemberOffsets []struct {
		BuildConfiguration string `json:"build_configuration"`
		Classes            []struct {
			Name    string `json:"name"`
			Members []struct {
				Member string  `json:"member"`
				Offset uintptr `json:"offset"`
				Meta   string  `json:"meta"`
			} `json:"members"`
		} `json:"classes"`
	} `json:"builtin_class_member_offsets"`
}

func nmLoadLayout(t *testing.T) (sizes map[string]uintptr, members map[string]map[string]uintptr, metas map[string]map[string]string) {
	t.Helper()
	data, err := os.ReadFile("../api/extension_api.json")
	require.NoError(t, err)
	var api nmAPILayout
	require.NoError(t, json.Unmarshal(data, &api))

	sizes = map[string]uintptr{}
	for _, c := range api.BuiltinClassSizes {
		if c.BuildConfiguration == nmBuildConfiguration {
			for _, s := range c.Sizes {
				sizes[s.Name] = s.Size
			}
		}
	}
	members = map[string]map[string]uintptr{}
	metas = map[string]map[string]string{}
	for _, c := range api.BuiltinClassMemberOffsets {
		if c.BuildConfiguration != nmBuildConfiguration {
			continue
		}
		for _, cl := range c.Classes {
			members[cl.Name] = map[string]uintptr{}
			metas[cl.Name] = map[string]string{}
			for _, m := range cl.Members {
				members[cl.Name][m.Member] = m.Offset
				metas[cl.Name][m.Member] = m.Meta
			}
		}
	}
	require.NotEmpty(t, sizes, "no builtin_class_sizes for %s", nmBuildConfiguration)
	require.NotEmpty(t, members, "no builtin_class_member_offsets for %s", nmBuildConfiguration)
	return sizes, members, metas
}

// nmField is one engine member: its offset in the Go value and its Go type.
type nmField struct {
	offset uintptr
	typ    reflect.Type
}

func TestNativeLayoutMatchesExtensionAPI(t *testing.T) {
	sizes, members, metas := nmLoadLayout(t)

	var (
		v2  Vector2
		v2i Vector2i
		v3  Vector3
		v3i Vector3i
		v4  Vector4
		v4i Vector4i
		r2  Rect2
		r2i Rect2i
		t2  Transform2D
		t3  Transform3D
		b   Basis
		q   Quaternion
		c   Color
		p   Plane
		a   AABB
		pr  Projection
	)
	f32, i32 := reflect.TypeOf(float32(0)), reflect.TypeOf(int32(0))
	tv2, tv2i, tv3, tv4 := reflect.TypeOf(v2), reflect.TypeOf(v2i), reflect.TypeOf(v3), reflect.TypeOf(v4)
	// Basis and Projection store arrays; the API's x, y, z (, w) members are
	// the array elements (Basis rows, Projection columns).
	rowSize := unsafe.Sizeof(b.Rows[0])
	colSize := unsafe.Sizeof(pr.Columns[0])

	types := map[string]struct {
		size   uintptr
		fields map[string]nmField
	}{
		"Vector2":  {unsafe.Sizeof(v2), map[string]nmField{"x": {unsafe.Offsetof(v2.X), f32}, "y": {unsafe.Offsetof(v2.Y), f32}}},
		"Vector2i": {unsafe.Sizeof(v2i), map[string]nmField{"x": {unsafe.Offsetof(v2i.X), i32}, "y": {unsafe.Offsetof(v2i.Y), i32}}},
		"Vector3":  {unsafe.Sizeof(v3), map[string]nmField{"x": {unsafe.Offsetof(v3.X), f32}, "y": {unsafe.Offsetof(v3.Y), f32}, "z": {unsafe.Offsetof(v3.Z), f32}}},
		"Vector3i": {unsafe.Sizeof(v3i), map[string]nmField{"x": {unsafe.Offsetof(v3i.X), i32}, "y": {unsafe.Offsetof(v3i.Y), i32}, "z": {unsafe.Offsetof(v3i.Z), i32}}},
		"Vector4": {unsafe.Sizeof(v4), map[string]nmField{
			"x": {unsafe.Offsetof(v4.X), f32}, "y": {unsafe.Offsetof(v4.Y), f32}, "z": {unsafe.Offsetof(v4.Z), f32}, "w": {unsafe.Offsetof(v4.W), f32}}},
		"Vector4i": {unsafe.Sizeof(v4i), map[string]nmField{
			"x": {unsafe.Offsetof(v4i.X), i32}, "y": {unsafe.Offsetof(v4i.Y), i32}, "z": {unsafe.Offsetof(v4i.Z), i32}, "w": {unsafe.Offsetof(v4i.W), i32}}},
		"Rect2":       {unsafe.Sizeof(r2), map[string]nmField{"position": {unsafe.Offsetof(r2.Position), tv2}, "size": {unsafe.Offsetof(r2.Size), tv2}}},
		"Rect2i":      {unsafe.Sizeof(r2i), map[string]nmField{"position": {unsafe.Offsetof(r2i.Position), tv2i}, "size": {unsafe.Offsetof(r2i.Size), tv2i}}},
		"Transform2D": {unsafe.Sizeof(t2), map[string]nmField{"x": {unsafe.Offsetof(t2.X), tv2}, "y": {unsafe.Offsetof(t2.Y), tv2}, "origin": {unsafe.Offsetof(t2.Origin), tv2}}},
		"Transform3D": {unsafe.Sizeof(t3), map[string]nmField{"basis": {unsafe.Offsetof(t3.Basis), reflect.TypeOf(b)}, "origin": {unsafe.Offsetof(t3.Origin), tv3}}},
		"Basis": {unsafe.Sizeof(b), map[string]nmField{
			"x": {unsafe.Offsetof(b.Rows) + 0*rowSize, tv3}, "y": {unsafe.Offsetof(b.Rows) + 1*rowSize, tv3}, "z": {unsafe.Offsetof(b.Rows) + 2*rowSize, tv3}}},
		"Quaternion": {unsafe.Sizeof(q), map[string]nmField{
			"x": {unsafe.Offsetof(q.X), f32}, "y": {unsafe.Offsetof(q.Y), f32}, "z": {unsafe.Offsetof(q.Z), f32}, "w": {unsafe.Offsetof(q.W), f32}}},
		"Color": {unsafe.Sizeof(c), map[string]nmField{
			"r": {unsafe.Offsetof(c.R), f32}, "g": {unsafe.Offsetof(c.G), f32}, "b": {unsafe.Offsetof(c.B), f32}, "a": {unsafe.Offsetof(c.A), f32}}},
		"Plane": {unsafe.Sizeof(p), map[string]nmField{"normal": {unsafe.Offsetof(p.Normal), tv3}, "d": {unsafe.Offsetof(p.D), f32}}},
		"AABB":  {unsafe.Sizeof(a), map[string]nmField{"position": {unsafe.Offsetof(a.Position), tv3}, "size": {unsafe.Offsetof(a.Size), tv3}}},
		"Projection": {unsafe.Sizeof(pr), map[string]nmField{
			"x": {unsafe.Offsetof(pr.Columns) + 0*colSize, tv4}, "y": {unsafe.Offsetof(pr.Columns) + 1*colSize, tv4},
			"z": {unsafe.Offsetof(pr.Columns) + 2*colSize, tv4}, "w": {unsafe.Offsetof(pr.Columns) + 3*colSize, tv4}}},
	}

	// The meta strings of the API name either a builtin class or a scalar.
	metaTypes := map[string]reflect.Type{
		"float": f32, "int32": i32,
		"Vector2": tv2, "Vector2i": tv2i, "Vector3": tv3, "Vector4": tv4, "Basis": reflect.TypeOf(b),
	}

	for name, want := range types {
		t.Run(name, func(t *testing.T) {
			apiSize, ok := sizes[name]
			require.True(t, ok, "%s missing from builtin_class_sizes", name)
			assert.Equal(t, apiSize, want.size, "size of %s", name)

			apiMembers, ok := members[name]
			require.True(t, ok, "%s missing from builtin_class_member_offsets", name)
			assert.Len(t, want.fields, len(apiMembers), "member count of %s", name)
			for member, off := range apiMembers {
				f, ok := want.fields[member]
				if !assert.True(t, ok, "%s.%s has no Go field", name, member) {
					continue
				}
				assert.Equal(t, off, f.offset, "offset of %s.%s", name, member)
				mt, ok := metaTypes[metas[name][member]]
				if assert.True(t, ok, "unknown meta %q of %s.%s", metas[name][member], name, member) {
					assert.Equal(t, mt, f.typ, "type of %s.%s", name, member)
				}
			}
		})
	}
}
