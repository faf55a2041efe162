package main

import (
	"unsafe"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/variantplumb"
)

// Raw engine calls the in-engine tests use. (The generated engine class API comes later; these go
// straight through the interface, with every argument and result in call-frame C memory.)

func methodBind(class, method string, hash int64) gdi.MethodBindPtr {
	return gdi.ClassdbGetMethodBind(gdi.ConstStringNamePtr(engine.StaticStringName(class)),
		gdi.ConstStringNamePtr(engine.StaticStringName(method)), gdi.Int(hash))
}

func construct(class string) gdi.ObjectPtr {
	return gdi.ClassdbConstructObject2(gdi.ConstStringNamePtr(engine.StaticStringName(class)))
}

var nodeGetChildCount, nodeAddChild, objectCall gdi.MethodBindPtr

func init() {
	engine.OnInit(engine.LevelScene, func() {
		nodeGetChildCount = methodBind("Node", "get_child_count", 894402480)
		nodeAddChild = methodBind("Node", "add_child", 3863233950)
		objectCall = methodBind("Object", "call", 3400424181)
	})
}

// childCount calls Node.get_child_count(false) through ptrcall.
func childCount(node gdi.ObjectPtr) int64 {
	f := engine.AcquireFrame()
	args := f.Alloc(8)
	includeInternal := f.Alloc(8) // bool false
	*(*uintptr)(gdi.CPtr(args)) = includeInternal
	ret := f.Alloc(8)
	gdi.ObjectMethodBindPtrcall(nodeGetChildCount, node, args, gdi.TypePtr(ret))
	n := *(*int64)(gdi.CPtr(ret))
	f.Release()
	return n
}

// addChild calls Node.add_child(child, false, 0) through ptrcall.
func addChild(node, child gdi.ObjectPtr) {
	f := engine.AcquireFrame()
	defer f.Release()
	args := f.Alloc(3 * 8)
	obj := f.Alloc(8)
	*(*gdi.ObjectPtr)(gdi.CPtr(obj)) = child
	*(*uintptr)(gdi.CPtr(args)) = obj
	*(*uintptr)(gdi.CPtr(args + 8)) = f.Alloc(8)  // force_readable_name = false
	*(*uintptr)(gdi.CPtr(args + 16)) = f.Alloc(8) // internal = INTERNAL_MODE_DISABLED
	gdi.ObjectMethodBindPtrcall(nodeAddChild, node, args, 0)
}

// callInt calls obj.call(method, arg) through the Variant (vararg) path and returns the int
// result, or the call error.
func callInt(obj gdi.ObjectPtr, method string, arg int64) (int64, gdi.CallError) {
	return callOne(obj, method, func(dst gdi.UninitializedVariantPtr) { variantplumb.SetInt(dst, arg) })
}

// callString is callInt with a String argument.
func callString(obj gdi.ObjectPtr, method, arg string) (int64, gdi.CallError) {
	return callOne(obj, method, func(dst gdi.UninitializedVariantPtr) { variantplumb.SetString(dst, arg) })
}

func callOne(obj gdi.ObjectPtr, method string, setArg func(gdi.UninitializedVariantPtr)) (int64, gdi.CallError) {
	f := engine.AcquireFrame()
	defer f.Release()
	nameVar := f.Alloc(gdi.VariantSize)
	gdi.GetVariantFromTypeConstructor(gdi.VariantTypeStringName).Call(gdi.UninitializedVariantPtr(nameVar), gdi.TypePtr(engine.StaticStringName(method)))
	argVar := f.Alloc(gdi.VariantSize)
	setArg(gdi.UninitializedVariantPtr(argVar))
	args := f.Alloc(2 * 8)
	*(*uintptr)(gdi.CPtr(args)) = nameVar
	*(*uintptr)(gdi.CPtr(args + 8)) = argVar
	ret := f.Alloc(gdi.VariantSize)
	cerr := f.Alloc(unsafe.Sizeof(gdi.CallError{}))
	gdi.ObjectMethodBindCall(objectCall, obj, args, 2, gdi.UninitializedVariantPtr(ret), cerr)
	e := *(*gdi.CallError)(gdi.CPtr(cerr))
	var n int64
	if e.Error == gdi.CallOk && gdi.VariantGetType(gdi.ConstVariantPtr(ret)) == gdi.VariantTypeInt {
		n, _ = variantplumb.ToInt(gdi.ConstVariantPtr(ret))
	}
	gdi.VariantDestroy(gdi.VariantPtr(nameVar))
	gdi.VariantDestroy(gdi.VariantPtr(argVar))
	gdi.VariantDestroy(gdi.VariantPtr(ret))
	return n, e
}

// newGoCalculator instantiates the Go class through the engine's ClassDB.
func newGoCalculator() gdi.ObjectPtr { return construct("GoCalculator") }
