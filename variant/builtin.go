package variant

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
)

// Builtin methods of the engine's builtin types, resolved on first use (with the hash pinned in
// extension_api.json) into an index table, and called through ptrcall. The generated methods name
// their method by its index in builtinBinds (zbuiltin_binds.go).

type builtinBindInfo struct {
	t           Type
	class, name string
	hash        int64
}

var builtinPtrs = engine.NewLookups(len(builtinBinds), lookUpBuiltin)

// builtinAt returns the engine's ptrcall function of builtin method i of builtinBinds, resolving it
// on first use.
func builtinAt(i int) gdi.PtrBuiltInMethod { return builtinPtrs.At(i) }

// lookUpBuiltin asks the engine for builtin method i. A method the engine lacks panics with a
// message naming class, method and hash.
func lookUpBuiltin(i int) gdi.PtrBuiltInMethod {
	b := builtinBinds[i]
	f := engine.AcquireFrame()
	defer f.Release()
	fn := gdi.VariantGetPtrBuiltinMethod(gdi.VariantType(b.t), gdi.ConstStringNamePtr(f.StringName(b.name)), gdi.Int(b.hash))
	if fn == 0 {
		panic(fmt.Sprintf("gdpure: the engine has no %s.%s with hash %d", b.class, b.name, b.hash))
	}
	return fn
}

// builtinIndex maps "Class.method" to its index in builtinBinds, for the hand-written methods.
var builtinIndex = sync.OnceValue(func() map[string]int {
	m := make(map[string]int, len(builtinBinds))
	for i, b := range builtinBinds {
		m[b.class+"."+b.name] = i
	}
	return m
})

// A builtinRef names a builtin method for hand-written code: the index is looked up once.
type builtinRef struct {
	class, name string
	index       atomic.Int32 // index+1; 0 until looked up
}

func (r *builtinRef) get() gdi.PtrBuiltInMethod {
	i := r.index.Load()
	if i == 0 {
		j, ok := builtinIndex()[r.class+"."+r.name]
		if !ok {
			panic(fmt.Sprintf("gdpure: no generated bind for %s.%s", r.class, r.name))
		}
		i = int32(j) + 1
		r.index.Store(i)
	}
	return builtinAt(int(i - 1))
}

// Operator evaluators, resolved on first use: entry op*typeCount+t evaluates op with both operands
// of type t.
var operatorPtrs = engine.NewLookups(int(operatorCount)*int(typeCount), lookUpOperator)

func operatorAt(op Operator, t Type) gdi.PtrOperatorEvaluator {
	return operatorPtrs.At(int(op)*int(typeCount) + int(t))
}

func lookUpOperator(i int) gdi.PtrOperatorEvaluator {
	op, t := Operator(i/int(typeCount)), Type(i%int(typeCount))
	fn := gdi.VariantGetPtrOperatorEvaluator(gdi.VariantOperator(op), gdi.VariantType(t), gdi.VariantType(t))
	if fn == 0 {
		panic(fmt.Sprintf("gdpure: the engine has no operator %s for %s", op, t))
	}
	return fn
}
