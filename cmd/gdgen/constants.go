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
	g.p("// BuiltinConstants lists every constant generated here with its engine class and name, so a")
	g.p("// test can compare each with the engine's own value.")
	g.p("var BuiltinConstants = []struct {")
	g.p("Class, Name string")
	g.p("Value       any")
	g.p("}{")
	for _, c := range f.BuiltinClasses {
		for _, k := range c.Constants {
			g.p("{%q, %q, %s%s},", c.Name, k.Name, c.Name, camel(k.Name))
		}
	}
	g.p("}\n")
	g.p("// builtinConstantCount is the number of constants generated here.")
	g.p("const builtinConstantCount = %d", n)
	return g, nil
}

// genVariantTypes writes the Variant types as constants of package variant (TypeNil, TypeVector2,
// TypeAABB, …), named after the builtin classes.
func genVariantTypes(f *apiFile) (*genFile, error) {
	g := newGoFile(variantDir + "/zvariant_types.go")
	g.p("package variant\n")
	builtin := map[string]string{}
	for _, c := range f.BuiltinClasses {
		builtin[strings.ToLower(c.Name)] = c.Name
	}
	builtin["object"] = "Object"
	for _, e := range f.GlobalEnums {
		if e.Name != "Variant.Type" {
			continue
		}
		g.p("// The engine's Variant types.")
		g.p("const (")
		for _, v := range e.Values {
			key := strings.ToLower(strings.ReplaceAll(strings.TrimPrefix(v.Name, "TYPE_"), "_", ""))
			name, ok := builtin[key]
			if !ok {
				if v.Name == "TYPE_MAX" {
					continue
				}
				return nil, fmt.Errorf("Variant.Type %s: no builtin class", v.Name)
			}
			g.p("Type%s Type = %d", strings.ToUpper(name[:1])+name[1:], v.Value)
		}
		g.p(")")
	}
	return g, nil
}
