package main

import (
	"fmt"
	"strings"
)

// The builtin classes' constants (Vector2.ZERO, Color.ALICE_BLUE, Basis.FLIP_X, …) as Go variables
// of package variant, named type + constant (Vector2Zero, ColorAliceBlue, BasisFlipX).

// constantShapes renders a constructor's numbers (in the engine's text order, which for these
// types is their memory order) as a Go composite literal.
var constantShapes = map[string]func(n []string) string{
	"Vector2":  func(n []string) string { return fmt.Sprintf("Vector2{X: %s, Y: %s}", n[0], n[1]) },
	"Vector2i": func(n []string) string { return fmt.Sprintf("Vector2i{X: %s, Y: %s}", n[0], n[1]) },
	"Vector3":  func(n []string) string { return fmt.Sprintf("Vector3{X: %s, Y: %s, Z: %s}", n[0], n[1], n[2]) },
	"Vector3i": func(n []string) string { return fmt.Sprintf("Vector3i{X: %s, Y: %s, Z: %s}", n[0], n[1], n[2]) },
	"Vector4": func(n []string) string {
		return fmt.Sprintf("Vector4{X: %s, Y: %s, Z: %s, W: %s}", n[0], n[1], n[2], n[3])
	},
	"Vector4i": func(n []string) string {
		return fmt.Sprintf("Vector4i{X: %s, Y: %s, Z: %s, W: %s}", n[0], n[1], n[2], n[3])
	},
	"Color": func(n []string) string {
		return fmt.Sprintf("Color{R: %s, G: %s, B: %s, A: %s}", n[0], n[1], n[2], n[3])
	},
	"Quaternion": func(n []string) string {
		return fmt.Sprintf("Quaternion{X: %s, Y: %s, Z: %s, W: %s}", n[0], n[1], n[2], n[3])
	},
	"Plane": func(n []string) string {
		return fmt.Sprintf("Plane{Normal: Vector3{X: %s, Y: %s, Z: %s}, D: %s}", n[0], n[1], n[2], n[3])
	},
	"Transform2D": func(n []string) string {
		return fmt.Sprintf("Transform2D{X: Vector2{X: %s, Y: %s}, Y: Vector2{X: %s, Y: %s}, Origin: Vector2{X: %s, Y: %s}}", n[0], n[1], n[2], n[3], n[4], n[5])
	},
	"Basis": func(n []string) string { return basisLiteral(n) },
	"Transform3D": func(n []string) string {
		return fmt.Sprintf("Transform3D{Basis: %s, Origin: Vector3{X: %s, Y: %s, Z: %s}}", basisLiteral(n[:9]), n[9], n[10], n[11])
	},
	"Rect2": func(n []string) string {
		return fmt.Sprintf("Rect2{Position: Vector2{X: %s, Y: %s}, Size: Vector2{X: %s, Y: %s}}", n[0], n[1], n[2], n[3])
	},
	"Rect2i": func(n []string) string {
		return fmt.Sprintf("Rect2i{Position: Vector2i{X: %s, Y: %s}, Size: Vector2i{X: %s, Y: %s}}", n[0], n[1], n[2], n[3])
	},
	"Projection": func(n []string) string {
		var cols []string
		for c := 0; c < 4; c++ {
			cols = append(cols, fmt.Sprintf("{X: %s, Y: %s, Z: %s, W: %s}", n[4*c], n[4*c+1], n[4*c+2], n[4*c+3]))
		}
		return "Projection{Columns: [4]Vector4{" + strings.Join(cols, ", ") + "}}"
	},
}

var constantArity = map[string]int{"Vector2": 2, "Vector2i": 2, "Vector3": 3, "Vector3i": 3, "Vector4": 4,
	"Vector4i": 4, "Color": 4, "Quaternion": 4, "Plane": 4, "Transform2D": 6, "Basis": 9, "Transform3D": 12,
	"Projection": 16, "Rect2": 4, "Rect2i": 4}

func basisLiteral(n []string) string {
	return fmt.Sprintf("Basis{Rows: [3]Vector3{{X: %s, Y: %s, Z: %s}, {X: %s, Y: %s, Z: %s}, {X: %s, Y: %s, Z: %s}}}",
		n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8])
}

func constantNumber(s string) string {
	switch s {
	case "inf":
		return "posInf"
	case "-inf":
		return "negInf"
	}
	return s
}

func genBuiltinConstants(f *apiFile) (*genFile, error) {
	g := newGoFile(variantDir + "/zbuiltin_constants.go")
	g.p("package variant\n")
	g.p("import \"math\"\n")
	g.p("var (")
	g.p("posInf = float32(math.Inf(1))")
	g.p("negInf = float32(math.Inf(-1))")
	g.p(")\n")
	g.p("// The constants of the builtin classes (extension_api.json).")
	g.p("var (")
	n := 0
	for _, c := range f.BuiltinClasses {
		for _, k := range c.Constants {
			shape, ok := constantShapes[k.Type]
			if !ok {
				return nil, fmt.Errorf("constant %s.%s of type %s: no Go shape", c.Name, k.Name, k.Type)
			}
			open := strings.Index(k.Value, "(")
			if open < 0 || !strings.HasSuffix(k.Value, ")") || k.Value[:open] != k.Type {
				return nil, fmt.Errorf("constant %s.%s: cannot parse %q", c.Name, k.Name, k.Value)
			}
			var nums []string
			for _, part := range strings.Split(k.Value[open+1:len(k.Value)-1], ",") {
				nums = append(nums, constantNumber(strings.TrimSpace(part)))
			}
			if len(nums) != constantArity[k.Type] {
				return nil, fmt.Errorf("constant %s.%s: %d numbers for a %s", c.Name, k.Name, len(nums), k.Type)
			}
			g.p("// %s%s is %s.%s, %s.", c.Name, camel(k.Name), c.Name, k.Name, k.Value)
			g.p("%s%s = %s", c.Name, camel(k.Name), shape(nums))
			n++
		}
	}
	g.p(")\n")
	g.p("// builtinConstantCount is the number of constants generated here.")
	g.p("const builtinConstantCount = %d", n)
	return g, nil
}

// genBuiltinConstantList writes, for the in-engine tests, every constant genBuiltinConstants
// generates with its engine class and name, so a test can compare each with the engine's own value.
func genBuiltinConstantList(f *apiFile) *genFile {
	g := newGoFile(enginetestDir + "/zbuiltin_constants.go")
	g.p("package main\n")
	g.p("import \"github.com/gdpure/gdpure/variant\"\n")
	g.p("// builtinConstants lists every constant of the builtin classes package variant defines, with")
	g.p("// its engine class and name.")
	g.p("var builtinConstants = []struct {")
	g.p("Class, Name string")
	g.p("Value       any")
	g.p("}{")
	for _, c := range f.BuiltinClasses {
		for _, k := range c.Constants {
			g.p("{%q, %q, variant.%s%s},", c.Name, k.Name, c.Name, camel(k.Name))
		}
	}
	g.p("}")
	return g
}

// enginetestDir is the in-engine test suite's package.
const enginetestDir = "internal/enginetest"

// genVariantTypes writes the engine's Variant types and operators as types of package variant, with
// every constant (TypeNil, TypeVector2, TypeAABB, …, named after the builtin classes; OpEqual, OpAdd,
// …) and String methods giving the engine's names.
func genVariantTypes(f *apiFile) (*genFile, error) {
	g := newGoFile(variantDir + "/zvariant_types.go")
	g.p("package variant\n")
	g.p("import \"strconv\"\n")
	builtin := map[string]string{}
	for _, c := range f.BuiltinClasses {
		builtin[strings.ToLower(c.Name)] = c.Name
	}
	builtin["object"] = "Object"
	var types, ops *apiEnum
	for i, e := range f.GlobalEnums {
		switch e.Name {
		case "Variant.Type":
			types = &f.GlobalEnums[i]
		case "Variant.Operator":
			ops = &f.GlobalEnums[i]
		}
	}
	if types == nil || ops == nil {
		return nil, fmt.Errorf("extension_api.json has no Variant.Type or Variant.Operator")
	}
	g.p("// Type is a Variant type of the engine (Variant::Type): what a Variant holds.")
	g.p("type Type int32\n")
	g.p("// The engine's Variant types.")
	g.p("const (")
	var typeNames []string
	for _, v := range types.Values {
		key := strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(v.Name, "TYPE_"), "_", ""))
		name, ok := builtin[key]
		if !ok {
			if v.Name == "TYPE_MAX" {
				continue
			}
			return nil, fmt.Errorf("Variant.Type %s: no builtin class", v.Name)
		}
		if int(v.Value) != len(typeNames) {
			return nil, fmt.Errorf("Variant.Type %s: value %d out of sequence", v.Name, v.Value)
		}
		g.p("Type%s Type = %d", strings.ToUpper(name[:1])+name[1:], v.Value)
		typeNames = append(typeNames, name)
	}
	g.p(")\n")
	g.p("// typeCount is the number of Variant types (Variant::VARIANT_MAX).")
	g.p("const typeCount = %d\n", len(typeNames))
	g.p("var typeNames = [typeCount]string{")
	for _, n := range typeNames {
		g.p("%q,", n)
	}
	g.p("}\n")
	g.p("// String returns the engine's name of the type, as GDScript's type_string gives it: \"Nil\",")
	g.p("// \"bool\", \"int\", \"float\", \"String\", \"Vector2\", …; a value that is no type prints as")
	g.p("// \"Variant.Type(n)\".")
	g.p("func (t Type) String() string {")
	g.p("if t >= 0 && t < typeCount {")
	g.p("return typeNames[t]")
	g.p("}")
	g.p("return \"Variant.Type(\" + strconv.Itoa(int(t)) + \")\"")
	g.p("}\n")

	g.p("// Operator is one of the engine's Variant operators (Variant::Operator): ==, +, in, ….")
	g.p("type Operator int32\n")
	g.p("// The engine's Variant operators.")
	g.p("const (")
	var opNames []string
	for _, v := range ops.Values {
		if v.Name == "OP_MAX" {
			continue
		}
		sym, ok := operatorSymbols[v.Name]
		if !ok {
			return nil, fmt.Errorf("Variant.Operator %s: no symbol", v.Name)
		}
		if int(v.Value) != len(opNames) {
			return nil, fmt.Errorf("Variant.Operator %s: value %d out of sequence", v.Name, v.Value)
		}
		g.p("Op%s Operator = %d // %s", camel(strings.TrimPrefix(v.Name, "OP_")), v.Value, sym)
		opNames = append(opNames, sym)
	}
	g.p(")\n")
	g.p("// operatorCount is the number of Variant operators (Variant::OP_MAX).")
	g.p("const operatorCount = %d\n", len(opNames))
	g.p("var operatorNames = [operatorCount]string{")
	for _, n := range opNames {
		g.p("%q,", n)
	}
	g.p("}\n")
	g.p("// String returns the operator as the engine names it (Variant::get_operator_name, and the")
	g.p("// operators of extension_api.json): \"==\", \"+\", \"unary-\" for negation, \"and\", \"in\", …; a")
	g.p("// value that is no operator prints as \"Variant.Operator(n)\".")
	g.p("func (op Operator) String() string {")
	g.p("if op >= 0 && op < operatorCount {")
	g.p("return operatorNames[op]")
	g.p("}")
	g.p("return \"Variant.Operator(\" + strconv.Itoa(int(op)) + \")\"")
	g.p("}")
	return g, nil
}

// operatorSymbols are the engine's names of its operators (Variant::get_operator_name), which
// extension_api.json also uses for the operators of the builtin classes.
var operatorSymbols = map[string]string{
	"OP_EQUAL": "==", "OP_NOT_EQUAL": "!=", "OP_LESS": "<", "OP_LESS_EQUAL": "<=", "OP_GREATER": ">",
	"OP_GREATER_EQUAL": ">=", "OP_ADD": "+", "OP_SUBTRACT": "-", "OP_MULTIPLY": "*", "OP_DIVIDE": "/",
	"OP_NEGATE": "unary-", "OP_POSITIVE": "unary+", "OP_MODULE": "%", "OP_POWER": "**",
	"OP_SHIFT_LEFT": "<<", "OP_SHIFT_RIGHT": ">>", "OP_BIT_AND": "&", "OP_BIT_OR": "|", "OP_BIT_XOR": "^",
	"OP_BIT_NEGATE": "~", "OP_AND": "and", "OP_OR": "or", "OP_XOR": "xor", "OP_NOT": "not", "OP_IN": "in",
}
