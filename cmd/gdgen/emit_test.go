package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNames(t *testing.T) {
	assert.Equal(t, "VariantGetPtrBuiltinMethod", camel("variant_get_ptr_builtin_method"))
	assert.Equal(t, "VariantTypeNil", enumValueName("GDEXTENSION_VARIANT_TYPE_NIL"))
	assert.Equal(t, "rGodotVersion", lowerCamel("r_godot_version"))
	assert.Equal(t, "type_", plainLowerCamel("type"), "internal/gdi: Go keywords get a trailing underscore")
	assert.Equal(t, "GetInstanceID", camel("get_instance_id"))
	assert.Equal(t, "World2D", camel("world_2d"))
	assert.Equal(t, "OrphanNodeIDs", camel("orphan_node_ids"))
	assert.Equal(t, "FileGetMD5", camel("file_get_md5"))
	assert.Equal(t, "Address", camel("address"), "a word ending in s is not a plural initialism")
	assert.Equal(t, "fromID", lowerCamel("from_id"))
	assert.Equal(t, "url", lowerCamel("url"))
	for name, want := range map[string]string{"type": "typ", "func": "callback", "range": "valueRange",
		"select": "selectValue", "from_id": "fromID", "": "arg2"} {
		assert.Equal(t, want, goParamName(name, 2), name)
	}
}

func TestGetterNames(t *testing.T) {
	none := func(string) bool { return false }
	assert.Equal(t, "Position", getterName("get_position", none))
	assert.Equal(t, "ColliderID", getterName("get_collider_id", none))
	assert.Equal(t, "SetPosition", getterName("set_position", none))
	assert.Equal(t, "Get", getterName("get", none), "Object.get stays Get")
	assert.Equal(t, "Get3DTexture", getterName("get_3d_texture", none), "a Go name cannot start with a digit")
	taken := func(n string) bool { return n == "String" }
	assert.Equal(t, "GetString", getterName("get_string", taken), "the shorter name is taken")
	assert.Equal(t, "VariantPtr", goTypeName("GDExtensionVariantPtr"))
	assert.Equal(t, "ObjectInstanceID", goTypeName("GDObjectInstanceID"))
}

func TestVersionNewer(t *testing.T) {
	assert.True(t, versionNewer("4.6", "4.5"))
	assert.False(t, versionNewer("4.5", "4.6"))
	assert.False(t, versionNewer("4.6", "4.6"))
	assert.True(t, versionNewer("4.10", "4.9"))
	assert.True(t, versionNewer("5.0", "4.6"))
}

func TestGoTypes(t *testing.T) {
	r := &resolver{byName: map[string]*ifaceType{"GDExtensionBool": {Name: "GDExtensionBool", Kind: "alias"}}}
	for c, want := range map[string]string{
		"const GDExtensionPropertyInfo*": "uintptr",
		"uint32_t":                       "uint32",
		"GDExtensionBool":                "Bool",
		"const char*":                    "uintptr",
		"size_t":                         "uintptr",
		"void":                           "",
	} {
		got, err := r.goType(c)
		assert.NoError(t, err, c)
		assert.Equal(t, want, got, c)
	}
	_, err := r.goType("struct Unknown")
	assert.Error(t, err)
}

// The generator refuses what the trampolines cannot carry.
func TestRejectsFloatArguments(t *testing.T) {
	f := &ifaceFile{FormatVersion: 1, Interface: []ifaceFunc{{Name: "takes_float", Since: "4.1",
		Arguments: []ifaceArg{{Name: "x", Type: "double"}}}}}
	_, err := generateInterface(f)
	assert.ErrorContains(t, err, "float")
}

func TestBuiltinHashes(t *testing.T) {
	f := &apiFile{BuiltinClasses: []apiBuiltinClass{{Name: "int"},
		{Name: "Vector2", Methods: []apiBuiltinMethod{{Name: "angle", Hash: 466405837}}}}}
	g, err := genBuiltinHashes(f)
	assert.NoError(t, err)
	src, err := g.content()
	assert.NoError(t, err)
	assert.Contains(t, string(src), `"Vector2": {`)
	assert.Contains(t, string(src), `"angle": 466405837,`)
	assert.NotContains(t, string(src), `"int"`, "classes without methods are left out")
	f.BuiltinClasses[1].Methods = append(f.BuiltinClasses[1].Methods, apiBuiltinMethod{Name: "angle", Hash: 1})
	_, err = genBuiltinHashes(f)
	assert.ErrorContains(t, err, "twice")
}

func TestVariantTypeConst(t *testing.T) {
	for in, want := range map[string]string{"PackedFloat64Array": "PackedFloat64Array", "Transform2D": "Transform2d",
		"AABB": "Aabb", "NodePath": "NodePath", "Vector2i": "Vector2i", "PackedStringArray": "PackedStringArray", "RID": "Rid"} {
		assert.Equal(t, want, variantTypeConst(in), in)
	}
}
