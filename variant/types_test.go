package variant

import "testing"

func TestTypeAndOperatorNames(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{TypeNil.String(), "Nil"},
		{TypeBool.String(), "bool"},
		{TypeInt.String(), "int"},
		{TypeVector2.String(), "Vector2"},
		{TypeAABB.String(), "AABB"},
		{TypeRID.String(), "RID"},
		{TypeObject.String(), "Object"},
		{TypePackedVector4Array.String(), "PackedVector4Array"},
		{Type(99).String(), "Variant.Type(99)"},
		{OpEqual.String(), "=="},
		{OpNegate.String(), "unary-"},
		{OpModule.String(), "%"},
		{OpIn.String(), "in"},
		{Operator(-1).String(), "Variant.Operator(-1)"},
		{TypeName(TypeString), "String"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	if typeCount != 39 || operatorCount != 25 {
		t.Errorf("typeCount %d, operatorCount %d", typeCount, operatorCount)
	}
}
