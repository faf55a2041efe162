package classdb

import (
	"encoding/xml"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/variant"
)

// The class reference handed to the editor's help is well-formed XML in the engine's format, with
// the Go doc comments in place and text escaped.
func TestClassReference(t *testing.T) {
	intC := &codec{goType: reflect.TypeFor[int](), vtype: variant.TypeInt}
	strC := &codec{goType: reflect.TypeFor[string](), vtype: variant.TypeString}
	c := &classInfo{name: "GoMover", parent: "Node2D", doc: "GoMover moves.\nIt <really> does & more.",
		spec:      &classSpec{enums: []enumSpec{{name: "State", values: []EnumValue{{"STATE_RUN", 1}}}}},
		fieldDocs: map[string]string{"Speed": "Speed in px/s.", "Hit": "Hit is emitted on damage."}}
	c.methods = []*methodInfo{{class: c, name: "damage", params: []*codec{intC, strC}, paramNames: []string{"amount", "by"},
		ret: intC, doc: "Damage takes damage."}}
	c.props = []*propInfo{{name: "speed", codec: &codec{vtype: variant.TypeFloat}, field: true, goField: "Speed",
		getter: "get_speed", setter: "set_speed"}}
	c.signals = []*signalInfo{{name: "hit", goField: "Hit", args: []*codec{intC}, argNames: []string{"damage"}}}

	var doc struct {
		Name     string `xml:"name,attr"`
		Inherits string `xml:"inherits,attr"`
		Brief    string `xml:"brief_description"`
		Desc     string `xml:"description"`
		Methods  []struct {
			Name   string `xml:"name,attr"`
			Return struct {
				Type string `xml:"type,attr"`
			} `xml:"return"`
			Params []struct {
				Name string `xml:"name,attr"`
				Type string `xml:"type,attr"`
			} `xml:"param"`
			Desc string `xml:"description"`
		} `xml:"methods>method"`
		Members []struct {
			Name string `xml:"name,attr"`
			Type string `xml:"type,attr"`
			Text string `xml:",chardata"`
		} `xml:"members>member"`
		Signals []struct {
			Name string `xml:"name,attr"`
			Desc string `xml:"description"`
		} `xml:"signals>signal"`
		Constants []struct {
			Name string `xml:"name,attr"`
			Enum string `xml:"enum,attr"`
		} `xml:"constants>constant"`
	}
	out := classReference(c)
	require.NoError(t, xml.Unmarshal([]byte(out), &doc), out)
	assert.Equal(t, "GoMover", doc.Name)
	assert.Equal(t, "Node2D", doc.Inherits)
	assert.Equal(t, "GoMover moves.", doc.Brief)
	assert.Equal(t, "GoMover moves.\nIt <really> does & more.", doc.Desc)
	require.Len(t, doc.Methods, 1)
	assert.Equal(t, "damage", doc.Methods[0].Name)
	assert.Equal(t, "int", doc.Methods[0].Return.Type)
	assert.Equal(t, "by", doc.Methods[0].Params[1].Name)
	assert.Equal(t, "String", doc.Methods[0].Params[1].Type)
	assert.Equal(t, "Damage takes damage.", doc.Methods[0].Desc)
	require.Len(t, doc.Members, 1)
	assert.Equal(t, "float", doc.Members[0].Type)
	assert.Equal(t, "Speed in px/s.", doc.Members[0].Text)
	assert.Equal(t, "Hit is emitted on damage.", doc.Signals[0].Desc)
	assert.Equal(t, "State", doc.Constants[0].Enum)
}
