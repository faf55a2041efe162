package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
)

// Typed Go methods for the engine's builtin methods (String.to_upper, Vector2.from_angle, …), on the
// Go types of package variant, called through ptrcall with every argument and result in a call
// frame. A method whose Go name is already taken by hand-written code (a native implementation,
// or a Go-shaped API such as Array.Append) is not generated: the hand-written one stands, and the
// engine's is still reachable by name through Variant.Call. Vararg methods go through
// Variant.Call too.

// receiverKinds: how a builtin class's Go type holds its value.
var builtinReceivers = map[string]string{
	// engine-owned types, held through a handle
	"String": "handle", "StringName": "handle", "NodePath": "handle", "Callable": "handle",
	"Signal": "handle", "Dictionary": "handle", "PackedStringArray": "handle",
	// plain values with the engine's layout
	"Vector2": "value", "Vector2i": "value", "Rect2": "value", "Rect2i": "value", "Vector3": "value",
	"Vector3i": "value", "Transform2D": "value", "Vector4": "value", "Vector4i": "value",
	"Plane": "value", "Quaternion": "value", "AABB": "value", "Basis": "value",
	"Transform3D": "value", "Projection": "value", "Color": "value", "RID": "value",
}

// goTypeOfBuiltin is the Go type of each builtin class in package variant.
var goTypeOfBuiltin = map[string]string{"PackedStringArray": "PackedStrings"}

func goBuiltinType(class string) string {
	if t, ok := goTypeOfBuiltin[class]; ok {
		return t
	}
	return class
}

// methodType says how one engine type crosses a builtin method call.
type methodType struct {
	goType  string
	put     string // expression giving the argument's address for value %[1]s ("" = unsupported)
	cleanup string // statement run after the call for argument slot %[1]s
	get     string // expression reading the result; the slot is ret
	init    string // statement preparing the return slot ret before the call
	keep    bool   // an engine-owned argument: keep the Go value alive across the call
}

var valueTypeNames = []string{"Vector2", "Vector2i", "Rect2", "Rect2i", "Vector3", "Vector3i", "Transform2D",
	"Vector4", "Vector4i", "Plane", "Quaternion", "AABB", "Basis", "Transform3D", "Projection", "Color", "RID"}

func methodTypeOf(t string) (methodType, bool) {
	if strings.HasPrefix(t, "enum::") || strings.HasPrefix(t, "bitfield::") {
		t = "int"
	}
	switch t {
	case "int":
		return methodType{goType: "int64", put: "argInt(f, %[1]s)", get: "*(*int64)(gdi.CPtr(ret))"}, true
	case "float":
		return methodType{goType: "float64", put: "argFloat(f, %[1]s)", get: "math.Float64frombits(*(*uint64)(gdi.CPtr(ret)))"}, true
	case "bool":
		return methodType{goType: "bool", put: "argBool(f, %[1]s)", get: "*(*uint8)(gdi.CPtr(ret)) != 0"}, true
	case "String":
		return methodType{goType: "string", put: "argString(f, %[1]s)", cleanup: "DestroyString(gdi.StringPtr(%[1]s))",
			get: "retString(ret)"}, true
	case "StringName":
		return methodType{goType: "string", put: "argStringName(f, %[1]s)", cleanup: "destroyStringName(%[1]s)",
			get: "retStringName(ret)"}, true
	case "Variant":
		return methodType{goType: "any", put: "argVariant(f, %[1]s)", cleanup: "gdi.VariantDestroy(gdi.VariantPtr(%[1]s))",
			get: "retVariant(ret)"}, true
	case "NodePath", "Callable", "Dictionary", "Signal":
		return owned(t, t), true
	case "Array":
		return owned("Array", "Array[Variant]"), true
	case "PackedStringArray":
		return owned("PackedStringArray", "PackedStrings"), true
	}
	for _, v := range valueTypeNames {
		if t == v {
			return methodType{goType: t, put: "argValue(f, unsafe.Pointer(&%[1]s), unsafe.Sizeof(%[1]s))", get: "*(*" + t + ")(gdi.CPtr(ret))"}, true
		}
	}
	packed := map[string]string{"PackedByteArray": "uint8", "PackedInt32Array": "int32", "PackedInt64Array": "int64",
		"PackedFloat32Array": "float32", "PackedFloat64Array": "float64", "PackedVector2Array": "Vector2",
		"PackedVector3Array": "Vector3", "PackedVector4Array": "Vector4", "PackedColorArray": "Color"}
	if elem, ok := packed[t]; ok {
		return owned(t, "Packed["+elem+"]"), true
	}
	return methodType{}, false
}

// owned describes an engine-owned type: arguments pass the address of the Go value's engine data;
// results are constructed empty in the frame, filled by the engine and moved into a new handle.
func owned(class, goType string) methodType {
	vt := "gdi.VariantType" + variantTypeConst(class)
	return methodType{goType: goType, put: "argHandle(%[1]s.h, " + vt + ")",
		get: "retOwned[" + goType + "](ret, " + vt + ")", init: "constructDefault(" + vt + ", ret)", keep: true}
}

// variantTypeConst is the gdi constant suffix of a builtin type ("PackedByteArray" -> "PackedByteArray",
// "NodePath" -> "NodePath", "AABB" -> "Aabb").
func variantTypeConst(t string) string {
	var parts []string
	start := 0
	for i := 1; i <= len(t); i++ {
		upper := i < len(t) && t[i] >= 'A' && t[i] <= 'Z'
		afterLower := t[i-1] >= 'a' && t[i-1] <= 'z'
		wordAfterDigit := t[i-1] >= '0' && t[i-1] <= '9' && i+1 < len(t) && t[i+1] >= 'a' && t[i+1] <= 'z'
		if i == len(t) || upper && (afterLower || wordAfterDigit) {
			parts = append(parts, strings.ToUpper(t[start:i]))
			start = i
		}
	}
	return camel(strings.Join(parts, "_"))
}

// handWritten collects the method names per receiver type and the package-level names of the
// hand-written (non-generated) files of package variant.
func handWritten(dir string) (map[string]map[string]bool, map[string]bool, error) {
	methods := map[string]map[string]bool{}
	globals := map[string]bool{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	fset := token.NewFileSet()
	for _, e := range entries {
		n := e.Name()
		if !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") || strings.HasPrefix(n, "zbuiltin_methods") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, nil, err
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					globals[strings.ToLower(d.Name.Name)] = true
					continue
				}
				recv := d.Recv.List[0].Type
				if s, ok := recv.(*ast.StarExpr); ok {
					recv = s.X
				}
				if ix, ok := recv.(*ast.IndexExpr); ok {
					recv = ix.X
				}
				if id, ok := recv.(*ast.Ident); ok {
					if methods[id.Name] == nil {
						methods[id.Name] = map[string]bool{}
					}
					methods[id.Name][strings.ToLower(d.Name.Name)] = true
				}
			case *ast.GenDecl:
				for _, sp := range d.Specs {
					switch sp := sp.(type) {
					case *ast.TypeSpec:
						globals[strings.ToLower(sp.Name.Name)] = true
						if st, ok := sp.Type.(*ast.StructType); ok {
							for _, fl := range st.Fields.List {
								for _, nm := range fl.Names {
									if methods[sp.Name.Name] == nil {
										methods[sp.Name.Name] = map[string]bool{}
									}
									methods[sp.Name.Name][strings.ToLower(nm.Name)] = true
								}
							}
						}
					case *ast.ValueSpec:
						for _, nm := range sp.Names {
							globals[strings.ToLower(nm.Name)] = true
						}
					}
				}
			}
		}
	}
	return methods, globals, nil
}

func genBuiltinMethods(f *apiFile, variantPath string) (*genFile, error) {
	methods, globals, err := handWritten(variantPath)
	if err != nil {
		return nil, err
	}
	g := newGoFile(variantDir + "/zbuiltin_methods.go")
	g.p("package variant\n")
	g.p("import (")
	g.p("\"math\"")
	g.p("\"runtime\"")
	g.p("\"unsafe\"\n")
	g.p("\"github.com/gdpure/gdpure/gdextension\"")
	g.p("\"github.com/gdpure/gdpure/internal/gdi\"")
	g.p(")\n")
	var generated, skipped int
	for _, c := range f.BuiltinClasses {
		kind, ok := builtinReceivers[c.Name]
		if !ok {
			continue
		}
		goType := goBuiltinType(c.Name)
		for _, m := range c.Methods {
			name := camel(m.Name)
			fnName := name
			if m.IsStatic {
				fnName = goType + name
			}
			// Names are compared case-insensitively: a native ToRGBA32 stands for the engine's to_rgba32.
			taken := methods[goType][strings.ToLower(name)]
			if m.IsStatic {
				taken = globals[strings.ToLower(fnName)]
			}
			if taken || m.IsVararg || !genBuiltinMethod(g, c.Name, goType, kind, fnName, m) {
				skipped++
				continue
			}
			generated++
		}
	}
	g.p("// builtinMethodsGenerated is the number of typed builtin methods generated here; the other %d", skipped)
	g.p("// (hand-written natively, vararg, or using a type not carried yet) are reachable through Variant.Call.")
	g.p("const builtinMethodsGenerated = %d", generated)
	return g, nil
}

func genBuiltinMethod(g *genFile, class, goType, kind, fnName string, m apiBuiltinMethod) bool {
	var params, puts, cleanups []string
	for i, a := range m.Arguments {
		mt, ok := methodTypeOf(a.Type)
		if !ok || mt.put == "" {
			return false
		}
		pn := lowerCamel(a.Name)
		switch pn {
		case "":
			pn = fmt.Sprintf("arg%d", i)
		case "f", "ret", "argv", "self", "base", "math", "runtime", "gdi", "gdextension":
			pn += "_"
		}
		params = append(params, pn+" "+mt.goType)
		slot := fmt.Sprintf("a%d", i)
		puts = append(puts, fmt.Sprintf("%s := %s", slot, fmt.Sprintf(mt.put, pn)))
		puts = append(puts, fmt.Sprintf("setArg(argv, %d, %s)", i, slot))
		if mt.cleanup != "" {
			cleanups = append(cleanups, fmt.Sprintf(mt.cleanup, slot))
		}
		if mt.keep {
			cleanups = append(cleanups, fmt.Sprintf("runtime.KeepAlive(%s.h)", pn))
		}
	}
	var rt methodType
	if m.ReturnType != "" {
		var ok bool
		if rt, ok = methodTypeOf(m.ReturnType); !ok {
			return false
		}
	}
	vt := "gdi.VariantType" + variantTypeConst(class)
	sig := strings.Join(params, ", ")
	if m.IsStatic {
		g.p("// %s calls the engine's static %s.%s.", fnName, class, m.Name)
		g.p("func %s(%s) %s {", fnName, sig, rt.goType)
	} else if kind == "handle" && !m.IsConst {
		// A mutation takes a pointer: a zero receiver first becomes a value of its own.
		g.p("// %s calls the engine's %s.%s. A zero %s first becomes a new, empty value of its own.", fnName, class, m.Name, goType)
		g.p("func (self *%s) %s(%s) %s {", receiverType(goType), fnName, sig, rt.goType)
	} else {
		g.p("// %s calls the engine's %s.%s.", fnName, class, m.Name)
		g.p("func (self %s) %s(%s) %s {", receiverType(goType), fnName, sig, rt.goType)
	}
	g.p("f := gdextension.AcquireFrame()")
	g.p("defer f.Release()")
	g.p("argv := allocArgs(f, %d)", len(m.Arguments))
	for _, s := range puts {
		g.p("%s", s)
	}
	base := "0"
	if !m.IsStatic {
		if kind == "value" {
			base = "argValue(f, unsafe.Pointer(&self), unsafe.Sizeof(self))"
		} else if !m.IsConst {
			base = fmt.Sprintf("mutPtr(&self.h, %s)", vt)
		} else {
			base = fmt.Sprintf("argHandle(self.h, %s)", vt)
		}
	}
	g.p("base := %s", base)
	g.p("ret := f.Alloc(Size)")
	if rt.init != "" {
		g.p("%s", rt.init)
	}
	g.p("builtinMethod(%s, %q, %q).Call(gdi.TypePtr(base), argv, gdi.TypePtr(ret), %d)", vt, class, m.Name, len(m.Arguments))
	for _, c := range cleanups {
		g.p("%s", c)
	}
	if kind == "handle" && !m.IsStatic {
		g.p("runtime.KeepAlive(self.h)")
	}
	if m.ReturnType != "" {
		g.p("return %s", rt.get)
	}
	g.p("}\n")
	return true
}

func receiverType(goType string) string { return goType }
