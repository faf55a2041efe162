package main

import (
	"encoding/json"
	"fmt"
	"os"
)

// apiFile is the part of extension_api.json gdgen reads: the builtin (Variant) classes and their
// methods.
type apiFile struct {
	Header struct {
		VersionFullName string `json:"version_full_name"`
		Precision       string `json:"precision"`
	} `json:"header"`
	BuiltinClasses   []apiBuiltinClass    `json:"builtin_classes"`
	UtilityFunctions []apiUtilityFunction `json:"utility_functions"`
	Classes          []apiClass           `json:"classes"`
	Singletons       []apiSingleton       `json:"singletons"`
	NativeStructures []apiNativeStructure `json:"native_structures"`
	GlobalEnums      []apiEnum            `json:"global_enums"`
}

type apiUtilityFunction struct {
	Name       string `json:"name"`
	ReturnType string `json:"return_type"`
	Category   string `json:"category"`
	IsVararg   bool   `json:"is_vararg"`
	Hash       int64  `json:"hash"`
	Arguments  []struct {
		Name string `json:"name"`
		Type string `json:"type"`
	} `json:"arguments"`
}

type apiBuiltinClass struct {
	Name      string             `json:"name"`
	Methods   []apiBuiltinMethod `json:"methods"`
	Operators []struct {
		Name       string `json:"name"`
		RightType  string `json:"right_type"`
		ReturnType string `json:"return_type"`
	} `json:"operators"`
	Constants []struct {
		Name  string `json:"name"`
		Type  string `json:"type"`
		Value string `json:"value"`
	} `json:"constants"`
}

type apiBuiltinMethod struct {
	Name       string `json:"name"`
	Hash       int64  `json:"hash"`
	ReturnType string `json:"return_type"`
	IsVararg   bool   `json:"is_vararg"`
	IsConst    bool   `json:"is_const"`
	IsStatic   bool   `json:"is_static"`
	Arguments  []struct {
		Name string `json:"name"`
		Type string `json:"type"`
	} `json:"arguments"`
}

func loadAPI(path string) (*apiFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	f, err := parseAPI(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return f, nil
}

// parseAPI reads extension_api.json.
func parseAPI(data []byte) (*apiFile, error) {
	var f apiFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, err
	}
	if len(f.BuiltinClasses) == 0 {
		return nil, fmt.Errorf("no builtin_classes")
	}
	if err := validateAPI(&f); err != nil {
		return nil, err
	}
	return &f, nil
}

// variantDir is the package of the builtin (Variant) types.
const variantDir = "variant"

// genBuiltinHashes writes internal/enginetest/zbuiltin_hashes.go (the equivalence tests resolve the
// engine's builtin methods with it): for every builtin class with methods, the
// name and hash of each method (the hash variant_get_ptr_builtin_method checks), in the order of
// extension_api.json.
func genBuiltinHashes(f *apiFile) (*genFile, error) {
	g := newGoFile(enginetestDir + "/zbuiltin_hashes.go")
	g.p("package main\n")
	n := 0
	for _, c := range f.BuiltinClasses {
		n += len(c.Methods)
	}
	g.p("// builtinMethodHashes holds the hash of each of the %d methods of the builtin classes of", n)
	g.p("// %s (extension_api.json), by class and method name.", f.Header.VersionFullName)
	g.p("var builtinMethodHashes = map[string]map[string]int64{")
	for _, c := range f.BuiltinClasses {
		if len(c.Methods) == 0 {
			continue
		}
		seen := map[string]bool{}
		g.p("%q: {", c.Name)
		for _, m := range c.Methods {
			if seen[m.Name] {
				return nil, fmt.Errorf("builtin class %s: method %s listed twice", c.Name, m.Name)
			}
			seen[m.Name] = true
			g.p("%q: %d,", m.Name, m.Hash)
		}
		g.p("},")
	}
	g.p("}")
	return g, nil
}
