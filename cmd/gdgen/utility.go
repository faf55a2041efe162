package main

import (
	"fmt"
	"strings"
)

// The engine's utility functions (sin, lerp, print, push_error, …) as Go functions in package
// variant/utility, called through ptrcall with every argument and result in a call frame.

const utilityDir = "variant/utility"

// utilityType says how one engine type crosses a utility call.
type utilityType struct {
	goType  string // Go parameter or result type
	argSet  string // statement storing parameter %[1]s into frame slot %[2]s ("" for Variant)
	retGet  string // expression reading the result from slot ret
	variant bool   // passed as a Variant (conversion can fail)
}

var utilityTypes = map[string]utilityType{
	"float":            {goType: "float64", argSet: "putFloat(%[2]s, %[1]s)", retGet: "getFloat(ret)"},
	"int":              {goType: "int64", argSet: "putInt(%[2]s, %[1]s)", retGet: "getInt(ret)"},
	"bool":             {goType: "bool", argSet: "putBool(%[2]s, %[1]s)", retGet: "getBool(ret)"},
	"String":           {goType: "string", argSet: "putString(%[2]s, %[1]s)", retGet: "getString(ret)"},
	"RID":              {goType: "variant.RID", retGet: "getRID(ret)"},
	"Variant":          {goType: "any", retGet: "getVariant(ret)", variant: true},
	"PackedByteArray":  {goType: "variant.Packed[uint8]", argSet: "putPacked(%[2]s, %[1]s)", retGet: "getPacked[uint8](ret)"},
	"PackedInt64Array": {goType: "variant.Packed[int64]", retGet: "getPacked[int64](ret)"},
}

// goResult is the Go result type of an engine return type.
func goResult(t string) string {
	if t == "Variant" {
		return "variant.Variant"
	}
	return utilityTypes[t].goType
}

func genUtilities(f *apiFile) (*genFile, error) {
	g := newGoFile(utilityDir + "/zutility.go")
	g.p("package utility\n")
	g.p("import (")
	g.p("\"github.com/gdpure/gdpure/internal/engine\"")
	g.p("\"github.com/gdpure/gdpure/internal/gdi\"")
	g.p("\"github.com/gdpure/gdpure/variant\"")
	g.p(")\n")
	var names []string
	var hashes []int64
	skipped := 0
	for _, u := range f.UtilityFunctions {
		supported := u.ReturnType == "" || utilityTypes[u.ReturnType].goType != ""
		for _, a := range u.Arguments {
			if _, ok := utilityTypes[a.Type]; !ok {
				supported = false
			}
		}
		if !supported {
			skipped++
			g.p("// %s (%s) is not generated: it takes or returns an engine type this package does not carry yet.\n", u.Name, u.Category)
			continue
		}
		idx := len(names)
		names = append(names, u.Name)
		hashes = append(hashes, u.Hash)
		if err := genUtility(g, u, idx); err != nil {
			return nil, fmt.Errorf("utility %s: %v", u.Name, err)
		}
	}
	g.p("// utilityNames and utilityHashes identify each generated function's engine utility, by index.")
	g.p("var utilityNames = [...]string{")
	for _, n := range names {
		g.p("%q,", n)
	}
	g.p("}\n")
	g.p("var utilityHashes = [...]int64{")
	for _, h := range hashes {
		g.p("%d,", h)
	}
	g.p("}\n")
	g.p("// utilityCount is the number of generated utility functions (%d of %d; %d not generated).", len(names), len(f.UtilityFunctions), skipped)
	g.p("const utilityCount = %d", len(names))
	return g, nil
}

func genUtility(g *genFile, u apiUtilityFunction, idx int) error {
	name := camel(u.Name)
	var params []string
	canFail := false
	for i, a := range u.Arguments {
		t := utilityTypes[a.Type]
		if t.variant {
			canFail = true
		}
		if t.argSet == "" && !t.variant {
			return fmt.Errorf("argument type %s cannot be passed", a.Type)
		}
		params = append(params, fmt.Sprintf("%s %s", argName(a.Name, i), t.goType))
	}
	if u.IsVararg {
		canFail = true
		params = append(params, "args ...any")
	}
	var results []string
	if u.ReturnType != "" {
		results = append(results, goResult(u.ReturnType))
	}
	if canFail {
		results = append(results, "error")
	}
	res := strings.Join(results, ", ")
	if len(results) > 1 {
		res = "(" + res + ")"
	}
	g.p("// %s calls the engine's utility function %s (%s).", name, u.Name, u.Category)
	if canFail {
		g.p("// A Go value that cannot become a Variant is an error.")
	}
	g.p("func %s(%s) %s {", name, strings.Join(params, ", "), res)
	g.p("f := engine.AcquireFrame()")
	g.p("defer f.Release()")
	n := fmt.Sprint(len(u.Arguments))
	if u.IsVararg {
		n = fmt.Sprintf("%d+len(args)", len(u.Arguments))
	}
	g.p("argc := %s", n)
	g.p("argv := allocArgs(f, argc)")
	var zero []string
	if u.ReturnType != "" {
		zero = append(zero, zeroOf(goResult(u.ReturnType)))
	}
	for i, a := range u.Arguments {
		t := utilityTypes[a.Type]
		slot := fmt.Sprintf("a%d", i)
		if t.variant {
			g.p("%s, err := putVariant(f, %s)", slot, argName(a.Name, i))
			g.p("if err != nil { return %s }", strings.Join(append(append([]string{}, zero...), "err"), ", "))
			g.p("defer destroyVariant(%s)", slot)
		} else {
			g.p("%s := f.Alloc(slotSize)", slot)
			g.p(t.argSet, argName(a.Name, i), slot)
			if a.Type == "String" {
				g.p("defer destroyString(%s)", slot)
			}
		}
		g.p("setArg(argv, %d, %s)", i, slot)
	}
	if u.IsVararg {
		g.p("for j, extra := range args {")
		g.p("p, err := putVariant(f, extra)")
		g.p("if err != nil { return %s }", strings.Join(append(append([]string{}, zero...), "err"), ", "))
		g.p("defer destroyVariant(p)")
		g.p("setArg(argv, %d+j, p)", len(u.Arguments))
		g.p("}")
	}
	g.p("ret := f.Alloc(gdi.VariantSize)")
	g.p("utility(%d).Call(gdi.TypePtr(ret), argv, int32(argc))", idx)
	var out []string
	if u.ReturnType != "" {
		out = append(out, utilityTypes[u.ReturnType].retGet)
	}
	if canFail {
		out = append(out, "nil")
	}
	if len(out) > 0 {
		g.p("return %s", strings.Join(out, ", "))
	}
	g.p("}\n")
	return nil
}

// utilityReserved are names the generated bodies use; parameters with these names get a suffix.
var utilityReserved = map[string]bool{"variant": true, "gdi": true, "engine": true, "f": true,
	"argc": true, "argv": true, "ret": true, "err": true, "j": true, "extra": true, "p": true, "args": true}

func argName(n string, i int) string {
	if n == "" {
		return fmt.Sprintf("a%d", i)
	}
	name := goParamName(n, i)
	if utilityReserved[name] || len(name) == 2 && name[0] == 'a' && name[1] >= '0' && name[1] <= '9' {
		name += "Arg"
	}
	return name
}

func zeroOf(goType string) string {
	switch goType {
	case "float64", "int64":
		return "0"
	case "bool":
		return "false"
	case "string":
		return `""`
	}
	return goType + "{}"
}
