package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
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
	// and the plain values with the engine's layout, mathTypes (special.go), are "value"
}

func init() {
	for _, t := range mathTypes {
		builtinReceivers[t] = "value"
	}
}

func goBuiltinType(class string) string {
	if t, ok := goTypeOfBuiltin[class]; ok {
		return t
	}
	return class
}

// methodType says how one engine type crosses a builtin method call.
type methodType struct {
	goType  string
	result  string // Go result type, when it differs from goType (a Variant result is a Variant)
	put     string // expression giving the argument's address for value %[1]s ("" = unsupported)
	cleanup string // statement run after the call for argument slot %[1]s
	get     string // expression reading the result; the slot is ret
	init    string // statement preparing the return slot ret before the call
	keep    bool   // an engine-owned argument: keep the Go value alive across the call
}

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
		return methodType{goType: "string", put: "argString(f, %[1]s)", cleanup: "destroyString(gdi.StringPtr(%[1]s))",
			get: "retString(ret)"}, true
	case "StringName":
		return methodType{goType: "string", put: "argStringName(f, %[1]s)", cleanup: "destroyStringName(%[1]s)",
			get: "retStringName(ret)"}, true
	case "Variant":
		return methodType{goType: "any", result: "Variant", put: "argVariant(f, %[1]s)", cleanup: "destroyVariant(gdi.VariantPtr(%[1]s))",
			get: "retVariant(ret)"}, true
	case "NodePath", "Callable", "Dictionary", "Signal":
		return owned(t, t), true
	case "Array":
		return owned("Array", "Array[Variant]"), true
	case "PackedStringArray":
		return owned("PackedStringArray", "PackedStrings"), true
	}
	for _, v := range mathTypes {
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
	vt := typeConst(class)
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
	return plainCamel(strings.Join(parts, "_"))
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

// builtinGen is the state of one run of the builtin-method generator: the file, and the table of
// method binds (variant/zbuiltin_binds.go) the generated methods index into.
type builtinGen struct {
	g       *genFile
	binds   []builtinBind
	bindIdx map[string]int
}

type builtinBind struct {
	class, name string
	hash        int64
}

func (b *builtinGen) bind(class, name string, hash int64) int {
	key := class + "." + name
	if i, ok := b.bindIdx[key]; ok {
		return i
	}
	b.binds = append(b.binds, builtinBind{class, name, hash})
	b.bindIdx[key] = len(b.binds) - 1
	return len(b.binds) - 1
}

// packedPlain are the packed arrays of plain values, in the order of their slot in variant's
// packedInfo (infoOf).
var packedPlain = []string{"PackedByteArray", "PackedInt32Array", "PackedInt64Array", "PackedFloat32Array",
	"PackedFloat64Array", "PackedVector2Array", "PackedVector3Array", "PackedVector4Array", "PackedColorArray"}

func genBuiltinMethods(f *apiFile, variantPath string) ([]*genFile, error) {
	methods, globals, err := handWritten(variantPath)
	if err != nil {
		return nil, err
	}
	b := &builtinGen{g: newGoFile(variantDir + "/zbuiltin_methods.go"), bindIdx: map[string]int{}}
	g := b.g
	g.p("package variant\n")
	g.p("import (")
	g.p("\"math\"")
	g.p("\"runtime\"")
	g.p("\"unsafe\"\n")
	g.p("\"github.com/gdpure/gdpure/internal/engine\"")
	g.p("\"github.com/gdpure/gdpure/internal/gdi\"")
	g.p(")\n")
	classes := map[string]apiBuiltinClass{}
	for _, c := range f.BuiltinClasses {
		classes[c.Name] = c
		for _, m := range c.Methods { // every method has a bind, for the hand-written code too
			b.bind(c.Name, m.Name, m.Hash)
		}
	}
	// taken reports a Go name the hand-written code already has for this receiver: the same name
	// (compared case-insensitively: a native ToRGBA32 stands for the engine's to_rgba32), or, for
	// an engine getter get_x, the Go-style X (Signal.Name stands for get_name).
	taken := func(goType, name string) bool {
		lower := strings.ToLower(name)
		return methods[goType][lower] || strings.HasPrefix(lower, "get") && methods[goType][strings.TrimPrefix(lower, "get")]
	}
	var generated, skipped int
	count := func(ok bool) {
		if ok {
			generated++
		} else {
			skipped++
		}
	}
	for _, c := range f.BuiltinClasses {
		kind, ok := builtinReceivers[c.Name]
		if !ok {
			continue
		}
		goType := goBuiltinType(c.Name)
		others := otherNames(c.Methods)
		for _, m := range c.Methods {
			name := getterName(m.Name, func(n string) bool { return taken(goType, n) || others[n] })
			fnName := name
			t := taken(goType, name)
			if m.IsStatic {
				fnName = goType + name
				t = globals[strings.ToLower(fnName)]
			}
			count(!t && !m.IsVararg && b.method(c.Name, goType, kind, fnName, m, nil))
		}
	}
	// Array[T]: element arguments and results are T.
	arrayOthers := otherNames(classes["Array"].Methods)
	for _, m := range classes["Array"].Methods {
		name := getterName(m.Name, func(n string) bool { return taken("Array", n) || arrayOthers[n] })
		if sameAsHandWritten[m.Name] {
			count(false)
			continue
		}
		count(!taken("Array", name) && !m.IsVararg && !m.IsStatic && b.method("Array", "Array[T]", "array", name, m, arrayShape(m)))
	}
	// Packed[T]: the methods every packed array of plain values has, generic over T, each calling
	// its own class's method; PackedByteArray's own methods as functions.
	common := map[string]bool{}
	for _, m := range classes[packedPlain[0]].Methods {
		common[m.Name] = true
	}
	for _, p := range packedPlain[1:] {
		has := map[string]bool{}
		for _, m := range classes[p].Methods {
			has[m.Name] = true
		}
		for n := range common {
			if !has[n] {
				delete(common, n)
			}
		}
	}
	packedOthers := otherNames(classes[packedPlain[0]].Methods)
	for _, m := range classes[packedPlain[0]].Methods {
		name := getterName(m.Name, func(n string) bool { return taken("Packed", n) || packedOthers[n] })
		if sameAsHandWritten[m.Name] && common[m.Name] {
			count(false)
			continue
		}
		if !common[m.Name] {
			fn := "PackedByteArray" + name
			count(!globals[strings.ToLower(fn)] && !m.IsVararg && !m.IsStatic && b.method("PackedByteArray", "Packed[uint8]", "func", fn, m, nil))
			continue
		}
		if taken("Packed", name) || m.IsVararg || m.IsStatic {
			count(false)
			continue
		}
		var slots []int
		for _, p := range packedPlain {
			for _, pm := range classes[p].Methods {
				if pm.Name == m.Name {
					slots = append(slots, b.bind(p, pm.Name, pm.Hash))
				}
			}
		}
		count(b.method("PackedByteArray", "Packed[T]", "packed", name, m, packedShape(m, slots)))
	}
	g.p("// builtinMethodsGenerated is the number of typed builtin methods generated here; the other %d", skipped)
	g.p("// (hand-written natively, vararg, or using a type not carried yet) are reachable through Variant.Call.")
	g.p("const builtinMethodsGenerated = %d\n", generated)
	ops := b.operators(f)

	t := newGoFile(variantDir + "/zbuiltin_binds.go")
	t.p("package variant\n")
	t.p("// builtinBinds are the builtin methods the generated methods call, resolved on first use by")
	t.p("// builtinAt: type, class, method and the hash the engine checks.")
	t.p("var builtinBinds = [...]builtinBindInfo{")
	for _, bd := range b.binds {
		t.p("{%s, %q, %q, %d},", typeConst(bd.class), bd.class, bd.name, bd.hash)
	}
	t.p("}")
	return []*genFile{g, t, ops}, nil
}

// otherNames are the Go names of the methods that are not getters, which a getter's shorter
// name must not take.
func otherNames(methods []apiBuiltinMethod) map[string]bool {
	names := map[string]bool{}
	for _, m := range methods {
		if !strings.HasPrefix(m.Name, "get_") {
			names[camel(m.Name)] = true
		}
	}
	return names
}

// shape overrides how a method of a generic receiver (Array[T], Packed[T]) crosses: the Go type
// of each argument and of the result, and for Packed[T] the bind of each element type.
type shape struct {
	args   map[int]methodType
	result *methodType
	slots  []int
}

// elemType crosses a T of Array[T] as a Variant.
var elemType = methodType{goType: "T", put: "argVariant(f, any(%[1]s))", cleanup: "destroyVariant(gdi.VariantPtr(%[1]s))",
	get: "retElem[T](ret)"}

func arrayShape(m apiBuiltinMethod) *shape {
	sh := &shape{args: map[int]methodType{}}
	self := owned("Array", "Array[T]")
	for i, a := range m.Arguments {
		switch {
		case a.Type == "Variant" && !(m.Name == "reduce" && a.Name == "accum"):
			sh.args[i] = elemType
		case a.Type == "Array":
			sh.args[i] = self
		}
	}
	switch {
	case m.ReturnType == "Variant" && m.Name != "reduce" && m.Name != "get_typed_script":
		r := elemType
		sh.result = &r
	case m.ReturnType == "Array" && m.Name != "map":
		sh.result = &self
	}
	return sh
}

// packedElem crosses a T of Packed[T] as the engine's ptrcall representation of the element.
var packedElem = methodType{goType: "T", put: "argElem(f, %[1]s)"}

func packedShape(m apiBuiltinMethod, slots []int) *shape {
	sh := &shape{args: map[int]methodType{}, slots: slots}
	self := methodType{goType: "Packed[T]", put: "argHandle(%[1]s.h, infoOf[T]().typ)",
		get: "retOwned[Packed[T]](ret, infoOf[T]().typ)", init: "constructDefault(infoOf[T]().typ, ret)", keep: true}
	for i, a := range m.Arguments {
		switch {
		case a.Name == "value":
			sh.args[i] = packedElem
		case a.Type == "PackedByteArray":
			sh.args[i] = self
		}
	}
	if m.ReturnType == "PackedByteArray" {
		sh.result = &self
	}
	return sh
}

// method writes one typed builtin method. kind: "value" (a math type), "handle" (an engine-owned
// type), "array" (Array[T]), "packed" (Packed[T], shape.slots giving each element type's bind), or
// "func" (a function taking the value as its first parameter self).
func (b *builtinGen) method(class, goType, kind, fnName string, m apiBuiltinMethod, sh *shape) bool {
	// The method is written with its receiver named self, then renamed as Go names receivers: the
	// type's initial (s for a String, p for a Packed[T]); a PackedByteArray function's first
	// parameter is data. A parameter that would take the name gets "Arg" (slot names are a0, a1, …).
	recvName := strings.ToLower(goType[:1])
	if kind == "func" {
		recvName = "data"
	}
	start := b.g.body.Len()
	ok := b.writeMethod(class, goType, kind, fnName, m, sh, recvName)
	if ok {
		text := b.g.body.String()[start:]
		text = regexp.MustCompile(`\bself\b`).ReplaceAllString(text, recvName)
		b.g.body.Truncate(start)
		b.g.body.WriteString(text)
	}
	return ok
}

func (b *builtinGen) writeMethod(class, goType, kind, fnName string, m apiBuiltinMethod, sh *shape, recvName string) bool {
	if (kind == "array" || kind == "packed") && (sh.result == nil || sh.result.goType == goType) {
		// The result is not an element: the generic method forwards to a body compiled once.
		if !b.writeForwarder(goType, kind, fnName, m, sh, recvName) {
			return false
		}
		return b.writeMethod(class, goType, kind+"body", bodyName(kind, fnName), m, sh, recvName)
	}
	body := kind == "arraybody" || kind == "packedbody"
	g := b.g
	var params, puts, cleanups []string
	for i, a := range m.Arguments {
		mt, ok := methodTypeOf(a.Type)
		if sh != nil {
			if x, ok2 := sh.args[i]; ok2 {
				mt, ok = x, true
			}
		}
		if !ok || mt.put == "" {
			return false
		}
		if body {
			// The body takes an element as any (the forwarder's any(value) stays on its stack: the
			// body keeps nothing of it) and an Array[T] or Packed[T] as its handle.
			switch {
			case mt.goType == "T" && kind == "arraybody":
				mt.goType, mt.put = "any", "argVariant(f, %[1]s)"
			case mt.goType == "T":
				mt.goType, mt.put = "any", "argElemAny(f, %[1]s)"
			case mt.goType == "Array[T]":
				mt = methodType{goType: "ref", put: "argHandle(%[1]s, TypeArray)", cleanup: "runtime.KeepAlive(%[2]s)"}
			case mt.goType == "Packed[T]":
				mt = methodType{goType: "ref", put: "argHandle(%[1]s, info.typ)", cleanup: "runtime.KeepAlive(%[2]s)"}
			}
		}
		pn := goParamName(a.Name, i)
		switch pn {
		case "":
			pn = fmt.Sprintf("arg%d", i)
		case "base":
			pn = "radix"
		case "f", "ret", "argv", "self", "math", "runtime", "gdi", "engine", "info", recvName:
			pn += "Arg"
		}
		params = append(params, pn+" "+mt.goType)
		slot := fmt.Sprintf("a%d", i)
		puts = append(puts, fmt.Sprintf("%s := %s", slot, fmt.Sprintf(mt.put, pn)))
		puts = append(puts, fmt.Sprintf("setArg(argv, %d, %s)", i, slot))
		if mt.cleanup != "" {
			cleanups = append(cleanups, fmt.Sprintf(mt.cleanup, slot, pn))
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
		if sh != nil && sh.result != nil {
			rt = *sh.result
		}
		switch {
		case kind == "arraybody" && rt.goType == "Array[T]":
			// The body returns the new array's handle; the forwarder makes it an Array[T].
			rt = methodType{goType: "ref", get: "moveToHandle(ret, TypeArray)", init: rt.init}
		case kind == "packedbody" && rt.goType == "Packed[T]":
			rt = methodType{goType: "ref", get: "moveToHandle(ret, info.typ)", init: "constructDefault(info.typ, ret)"}
		}
	}
	result := rt.goType
	if rt.result != "" {
		result = rt.result
	}
	vt := typeConst(class)
	sig := strings.Join(params, ", ")
	engineName := class + "." + m.Name
	if kind == "packed" {
		engineName = "Packed*Array." + m.Name
	}
	mutating := !m.IsConst && (kind == "handle" || kind == "array" || kind == "packed" || kind == "func" || body)
	recv := "self " + goType
	if mutating {
		recv = "self *" + goType
	}
	switch {
	case body:
		g.p("// %s is the body of %s.%s, compiled once for every element type.", fnName, goType, strings.TrimPrefix(strings.TrimPrefix(fnName, "arrayMethod"), "packedMethod"))
		recv = "self ref"
		if mutating {
			recv = "base uintptr, self ref"
		}
		if kind == "packedbody" {
			recv = "info *packedInfo, " + recv
		}
		if sig != "" {
			sig = ", " + sig
		}
		g.p("func %s(%s%s) %s {", fnName, recv, sig, result)
	case m.IsStatic:
		g.p("// %s calls the engine's static %s.", fnName, engineName)
		g.p("func %s(%s) %s {", fnName, sig, result)
	case kind == "func":
		g.p("// %s calls the engine's %s on data.", fnName, engineName)
		if sig != "" {
			sig = ", " + sig
		}
		g.p("func %s(%s%s) %s {", fnName, recv, sig, result)
	case mutating:
		// A mutation takes a pointer: a zero receiver first becomes a value of its own.
		g.p("// %s calls the engine's %s. A zero %s first becomes a new, empty value of its own.", fnName, engineName, strings.TrimSuffix(goType, "[T]"))
		g.p("func (%s) %s(%s) %s {", recv, fnName, sig, result)
	default:
		g.p("// %s calls the engine's %s.", fnName, engineName)
		g.p("func (%s) %s(%s) %s {", recv, fnName, sig, result)
	}
	base := "0"
	if !m.IsStatic {
		switch {
		case kind == "value":
			base = "argValue(f, unsafe.Pointer(&self), unsafe.Sizeof(self))"
		case body && mutating:
			base = "base"
		case kind == "arraybody":
			base = "argHandle(self, TypeArray)"
		case kind == "packedbody":
			base = "argHandle(self, info.typ)"
		case kind == "array" && mutating:
			base = "self.mut()"
		case kind == "packed" && mutating:
			base = "mutPtr(&self.h, infoOf[T]().typ)"
		case kind == "packed":
			base = "argHandle(self.h, infoOf[T]().typ)"
		case mutating:
			base = fmt.Sprintf("mutPtr(&self.h, %s)", vt)
		default:
			base = fmt.Sprintf("argHandle(self.h, %s)", vt)
		}
	}
	bind := fmt.Sprintf("builtinAt(%d)", b.bind(class, m.Name, m.Hash))
	if kind == "packed" || kind == "packedbody" {
		var idx []string
		for _, s := range sh.slots {
			idx = append(idx, fmt.Sprint(s))
		}
		info := "infoOf[T]()"
		if body {
			info = "info"
		}
		bind = fmt.Sprintf("builtinAt([...]int{%s}[%s.slot])", strings.Join(idx, ", "), info)
	}
	keepSelf := "runtime.KeepAlive(self.h)"
	if body {
		keepSelf = "runtime.KeepAlive(self)"
	}
	b.writeVariantWordsPath(m, kind, base, bind, params, rt, keepSelf)
	g.p("f := engine.AcquireFrame()")
	g.p("defer f.Release()")
	g.p("argv := allocArgs(f, %d)", len(m.Arguments))
	for _, s := range puts {
		g.p("%s", s)
	}
	if base != "base" {
		g.p("base := %s", base)
	}
	g.p("ret := f.Alloc(gdi.VariantSize)")
	if rt.init != "" {
		g.p("%s", rt.init)
	}
	g.p("%s.Call(gdi.TypePtr(base), argv, gdi.TypePtr(ret), %d)", bind, len(m.Arguments))
	// Destroy the call's own values first, then keep the Go values alive past every engine call.
	sort.SliceStable(cleanups, func(i, j int) bool {
		return !strings.HasPrefix(cleanups[i], "runtime.KeepAlive") && strings.HasPrefix(cleanups[j], "runtime.KeepAlive")
	})
	for _, c := range cleanups {
		g.p("%s", c)
	}
	if kind != "value" && !m.IsStatic {
		g.p("%s", keepSelf)
	}
	if m.ReturnType != "" {
		g.p("return %s", rt.get)
	}
	g.p("}\n")
	return true
}

// bodyName names the non-generic body of the Array[T] (kind "array") or Packed[T] method name.
func bodyName(kind, name string) string { return kind + "Method" + name }

// writeForwarder writes the Array[T] or Packed[T] method fnName as a call of its non-generic body
// (bodyName): Go compiles a generic type's methods again in every package that needs the type's
// descriptor, and again for every shape of T, so a plugin whose API reaches a dozen element types
// compiled a dozen copies of every method's call sequence; a forwarder is a few instructions.
// What needs T runs here: the receiver's mut (a zero Array becomes a typed, empty one) and, for
// Packed[T], the element type's info. It reports false, writing nothing, where an argument cannot
// cross.
func (b *builtinGen) writeForwarder(goType, kind, fnName string, m apiBuiltinMethod, sh *shape, recvName string) bool {
	var params, args []string
	for i, a := range m.Arguments {
		mt, ok := methodTypeOf(a.Type)
		if x, ok2 := sh.args[i]; ok2 {
			mt, ok = x, true
		}
		if !ok || mt.put == "" {
			return false
		}
		pn := goParamName(a.Name, i)
		switch pn {
		case "":
			pn = fmt.Sprintf("arg%d", i)
		case "base":
			pn = "radix"
		case "f", "ret", "argv", "self", "math", "runtime", "gdi", "engine", "info", recvName:
			pn += "Arg"
		}
		params = append(params, pn+" "+mt.goType)
		switch mt.goType {
		case "T":
			args = append(args, "any("+pn+")")
		case "Array[T]", "Packed[T]":
			args = append(args, pn+".h")
		default:
			args = append(args, pn)
		}
	}
	var rt methodType
	if m.ReturnType != "" {
		var ok bool
		if rt, ok = methodTypeOf(m.ReturnType); !ok {
			return false
		}
		if sh.result != nil {
			rt = *sh.result
		}
	}
	result := rt.goType
	if rt.result != "" {
		result = rt.result
	}
	g := b.g
	engineName, typeName := "Array."+m.Name, "Array"
	if kind == "packed" {
		engineName, typeName = "Packed*Array."+m.Name, "Packed"
	}
	self := "self.h"
	if !m.IsConst {
		// The mutable base first, in a statement of its own: the order in which a call's operands
		// read self.h and call self.mut() is not specified.
		self = "base, self.h"
		g.p("// %s calls the engine's %s. A zero %s first becomes a new, empty value of its own.", fnName, engineName, typeName)
		g.p("func (self *%s) %s(%s) %s {", goType, fnName, strings.Join(params, ", "), result)
	} else {
		g.p("// %s calls the engine's %s.", fnName, engineName)
		g.p("func (self %s) %s(%s) %s {", goType, fnName, strings.Join(params, ", "), result)
	}
	if kind == "packed" {
		g.p("info := infoOf[T]()")
		self = "info, " + self
	}
	switch {
	case m.IsConst:
	case kind == "packed":
		g.p("base := mutPtr(&self.h, info.typ)")
	default:
		g.p("base := self.mut()")
	}
	call := fmt.Sprintf("%s(%s)", bodyName(kind, fnName), strings.Join(append([]string{self}, args...), ", "))
	if result == goType {
		g.p("return %s{h: %s}", goType, call)
	} else if m.ReturnType != "" {
		g.p("return %s", call)
	} else {
		g.p("%s", call)
	}
	g.p("}\n")
	return true
}

// wordResults converts the result word of a variant call (gdi.CallWithVariantWords) to the Go
// result of a builtin method, for the results that fit one word.
var wordResults = map[string]string{"bool": "uint8(r) != 0", "int64": "int64(r)", "float64": "math.Float64frombits(r)"}

// writeVariantWordsPath writes, for a method of an engine-owned value whose one argument is a
// Variant (or an Array[T]'s element) and whose result fits one word, the path that passes a
// Variant needing no destructor on the C stack (variantWords, gdi.CallWithVariantWords) instead
// of building the call in a frame. It writes nothing for any other method.
func (b *builtinGen) writeVariantWordsPath(m apiBuiltinMethod, kind, base, bind string, params []string, rt methodType, keepSelf string) {
	if len(m.Arguments) != 1 || m.IsStatic || (kind != "array" && kind != "arraybody" && kind != "handle") {
		return
	}
	if at, ok := methodTypeOf(m.Arguments[0].Type); !ok || at.goType != "any" {
		return
	}
	conv := ""
	if m.ReturnType != "" {
		var ok bool
		if conv, ok = wordResults[rt.goType]; !ok || rt.result != "" {
			return
		}
	}
	name := strings.Fields(params[0])[0]
	g := b.g
	g.p("if w, ok := variantWords(%s); ok {", name)
	call := fmt.Sprintf("%s.CallWithVariantWords(gdi.TypePtr(%s), w)", bind, base)
	if conv == "" {
		g.p("%s", call)
	} else {
		g.p("r := %s", call)
	}
	g.p("%s", keepSelf)
	if conv == "" {
		g.p("return")
	} else {
		g.p("return %s", conv)
	}
	g.p("}")
}

// Typed operators of the engine-owned types (String == String, Array + Array, …), through the
// engine's ptr operator evaluators.

var operatorNames = map[string]string{"==": "Equal", "!=": "NotEqual", "<": "Less", "<=": "LessEqual",
	">": "Greater", ">=": "GreaterEqual", "+": "Add", "%": "Modulo", "in": "In"}

var operatorConsts = map[string]string{"==": "OpEqual", "!=": "OpNotEqual", "<": "OpLess", "<=": "OpLessEqual",
	">": "OpGreater", ">=": "OpGreaterEqual", "+": "OpAdd", "%": "OpModule", "in": "OpIn"}

func (b *builtinGen) operators(f *apiFile) *genFile {
	g := newGoFile(variantDir + "/zbuiltin_operators.go")
	g.p("package variant\n")
	g.p("import (")
	g.p("\"runtime\"\n")
	g.p("\"github.com/gdpure/gdpure/internal/engine\"")
	g.p("\"github.com/gdpure/gdpure/internal/gdi\"")
	g.p(")\n")
	receivers := map[string]string{"String": "String", "StringName": "StringName", "NodePath": "NodePath",
		"Callable": "Callable", "Signal": "Signal", "Dictionary": "Dictionary", "Array": "Array[T]",
		"PackedStringArray": "PackedStrings", "PackedByteArray": "Packed[T]"}
	for _, c := range f.BuiltinClasses {
		goType, ok := receivers[c.Name]
		if !ok {
			continue
		}
		for _, op := range c.Operators {
			name, ok := operatorNames[op.Name]
			if !ok || op.RightType != c.Name {
				continue
			}
			if op.Name == "%" || op.Name == "in" {
				continue // formatting and membership take any right operand: Evaluate covers them
			}
			rt, ok := methodTypeOf(op.ReturnType)
			if c.Name == "Array" && op.ReturnType == "Array" {
				rt, ok = owned("Array", "Array[T]"), true
			}
			if c.Name == "PackedByteArray" && op.ReturnType == "PackedByteArray" {
				rt = methodType{goType: "Packed[T]", get: "retOwned[Packed[T]](ret, infoOf[T]().typ)",
					init: "constructDefault(infoOf[T]().typ, ret)"}
				ok = true
			}
			if !ok {
				continue
			}
			vt := typeConst(c.Name)
			if goType == "Packed[T]" {
				vt = "infoOf[T]().typ"
			}
			g.p("// %s evaluates the engine's operator %s between two %ss.", name, op.Name, strings.TrimSuffix(goType, "[T]"))
			g.p("func (a %s) %s(b %s) %s {", goType, name, goType, rt.goType)
			if strings.HasSuffix(goType, "[T]") {
				// A generic receiver forwards to a body compiled once (see writeForwarder).
				switch rt.goType {
				case "bool":
					g.p("return operatorBool(%s, %s, a.h, b.h)", operatorConsts[op.Name], vt)
				case goType:
					g.p("return %s{h: operatorNew(%s, %s, a.h, b.h)}", goType, operatorConsts[op.Name], vt)
				default:
					panic(fmt.Sprintf("gdgen: operator %s of %s returns %s: no generic forwarder for it", op.Name, goType, rt.goType))
				}
				g.p("}\n")
				continue
			}
			g.p("f := engine.AcquireFrame()")
			g.p("defer f.Release()")
			g.p("ret := f.Alloc(gdi.VariantSize)")
			if rt.init != "" {
				g.p("%s", rt.init)
			}
			g.p("operatorAt(%s, %s).Call(gdi.ConstTypePtr(argHandle(a.h, %s)), gdi.ConstTypePtr(argHandle(b.h, %s)), gdi.TypePtr(ret))", operatorConsts[op.Name], vt, vt, vt)
			g.p("runtime.KeepAlive(a.h)")
			g.p("runtime.KeepAlive(b.h)")
			g.p("return %s", rt.get)
			g.p("}\n")
		}
	}
	return g
}

// typeConst is the constant of package variant for a builtin type ("AABB" -> "TypeAABB",
// "bool" -> "TypeBool").
func typeConst(class string) string { return "Type" + strings.ToUpper(class[:1]) + class[1:] }
