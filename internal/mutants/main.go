// Command mutants is gdpure's mutation suite for lifetime bugs (make mutants). It plants, one at a
// time, small lifetime bugs in the binding's source (through go build's -overlay, so the tree is
// never touched), runs the tests meant to catch each one in normal mode and under
// GDPURE_MEMGUARD=1 GDPURE_GCSTRESS=1 GOGC=1, and prints a table: mutant, caught in normal mode,
// caught in guard mode, by which test. It fails when a mutant survives both modes, when a mutant
// no longer applies (the code it changes moved: update the mutant), or when the unmutated tests
// fail. Mutants whose edits lie inside function bodies share one build, each switched on at run
// time (switched.go); the others get a build each.
//
//	go run ./internal/mutants              # every mutant
//	go run ./internal/mutants -only a,b    # some of them
//	go run ./internal/mutants -list        # their names
//	go run ./internal/mutants -check       # do they all still apply? (seconds, no engine)
//	go run ./internal/mutants -until-caught # CI: no guard-mode run for a mutant normal mode caught
//	go run ./internal/mutants -separate    # a build for every mutant, none switched
//	go run ./internal/mutants -normal-only # normal mode only (a first look at new mutants)
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

// A mutant is one planted bug: old replaced by new in file (and the further edits in more), caught
// (we expect) by the in-engine tests matching engine and by the Go tests of the packages in
// goTests.
type mutant struct {
	name, what string
	file       string
	old, new   string
	more       []edit
	engine     string   // in-engine tests to run (a GODOTTEST_RUN expression); "" for none
	host       string   // host-side tests of internal/enginetest that launch engines of their own (a -test.run expression)
	goTests    []string // other packages whose tests run too ("./internal/lifetimecheck")
	arch       string   // "arm64": file is built, and goTests run, for linux/arm64 (under qemu-aarch64); "windows": for windows/amd64 with cgo (under wine)
}

// An edit is one more replacement of a mutant, in the same file.
type edit struct{ old, new string }

var mutants = []mutant{
	{
		name: "stale-generation", what: "a release and a liveness check ignore the value's generation, so a copy kept after Destroy reaches the next value of its handle",
		file:   "variant/owned.go",
		old:    "	if !slotAt(index).state.CompareAndSwap(uint64(gen)<<1|1, uint64(gen)<<1) {\n		return false\n	}",
		new:    "	s := slotAt(index)\n	st := s.state.Load()\n	if st&1 == 0 || !s.state.CompareAndSwap(st, st&^1) {\n		return false\n	}",
		more:   []edit{{"return slotAt(r.index).state.Load() == uint64(r.gen)<<1|1", "return slotAt(r.index).state.Load()&1 != 0"}},
		engine: "Ownership/(StaleCopyOfARecycledHandle|StaleCleanup|Churn)",
	},
	{
		name: "double-release", what: "Destroy destroys the engine value and pools its handle without claiming the slot",
		file:   "variant/owned.go",
		old:    "	if h == nil || !claim(h.index, r.gen) {\n		return\n	}",
		new:    "	if h == nil {\n		return\n	}\n	claim(h.index, r.gen)",
		engine: "Variant/ExactlyOnceRelease|Ownership/StaleCopyOfARecycledHandle",
	},
	{
		name: "missing-keepalive", what: "String.String does not keep its receiver alive across the engine call",
		file:   "variant/strings.go",
		old:    "	out := stringAt(gdi.ConstStringPtr(ptrOf(s.h, TypeString)))\n	runtime.KeepAlive(s.h)",
		new:    "	out := stringAt(gdi.ConstStringPtr(ptrOf(s.h, TypeString)))",
		engine: "Ownership/ReceiverKeptAlive", goTests: []string{"./internal/lifetimecheck"},
	},
	{
		name: "go-stack-result", what: "a dynamic call's result slot is on the goroutine stack",
		file:   "variant/variantvalue.go",
		old:    "	ret := newHandle(variantTypeForDestroy, gdi.VariantSize)\n	call(f.StringName(method), argv, len(vs), ret.addr, cerr)",
		new:    "	var onStack [gdi.VariantSize]byte\n	call(f.StringName(method), argv, len(vs), uintptr(unsafe.Pointer(&onStack)), cerr)\n	ret := newHandle(variantTypeForDestroy, gdi.VariantSize)\n	copyC(ret.addr, uintptr(unsafe.Pointer(&onStack)), gdi.VariantSize)",
		engine: "Ownership/DynamicCallWhoseCallbackMovesTheStack",
	},
	{
		name: "no-rederivation", what: "the asm trampoline writes the result to the frame's address from before the call",
		file:    "internal/gdi/ccall_amd64.s",
		old:     "	MOVQ AX, BX               // BX = result\n	CALL _cgo_topofstack(SB)  // AX = goroutine stack top, maybe moved\n	SUBQ R12, AX              // AX = frame at its current place\n	MOVQ BX, 64(AX)",
		new:     "	MOVQ AX, 64(BX)           // mutant: the frame as it was before the call",
		goTests: []string{"./internal/gdi"}, arch: "amd64",
	},
	{
		name: "no-rederivation-arm64", what: "the arm64 trampoline writes the result to the frame's address from before the call",
		file:    "internal/gdi/ccall_arm64.s",
		old:     "	MOVD R0, R19               // R19 = result\n	BL _cgo_topofstack(SB)     // R0 = goroutine stack top, maybe moved\n	SUB R20, R0, R0            // R0 = frame at its current place\n	MOVD R19, 64(R0)",
		new:     "	MOVD R0, 64(R19)           // mutant: the frame as it was before the call",
		goTests: []string{"./internal/gdi"}, arch: "arm64",
	},
	{
		name: "word-call-no-rederivation", what: "the word-call trampoline writes the result to the frame's address from before the call",
		file:    "internal/gdi/wordcall_amd64.s",
		old:     "	CALL _cgo_topofstack(SB)  // AX = goroutine stack top, maybe moved\n	SUBQ R12, AX              // AX = frame at its current place\n	MOVQ 64(SP), BX",
		new:     "	MOVQ BX, AX               // mutant: the frame as it was before the call\n	MOVQ 64(SP), BX",
		goTests: []string{"./internal/gdi"}, arch: "amd64",
	},
	{
		name: "variant-call-no-rederivation", what: "the variant-call trampoline (a Variant argument on the C stack) writes the result to the frame's address from before the call",
		file:    "internal/gdi/wordcall_amd64.s",
		old:     "	CALL _cgo_topofstack(SB)  // AX = goroutine stack top, maybe moved\n	SUBQ R12, AX              // AX = frame at its current place\n	MOVQ 32(SP), BX",
		new:     "	MOVQ BX, AX               // mutant: the frame as it was before the call\n	MOVQ 32(SP), BX",
		goTests: []string{"./internal/gdi"}, arch: "amd64",
	},
	{
		name: "no-rederivation-windows", what: "the Win64 trampoline writes the result to the frame's address from before the call",
		file:    "internal/gdi/ccall_windows_amd64.s",
		old:     "	MOVQ AX, BX               // BX = result\n	CALL _cgo_topofstack(SB)  // AX = goroutine stack top, maybe moved\n	SUBQ R12, AX              // AX = frame at its current place\n	MOVQ BX, 64(AX)",
		new:     "	MOVQ AX, 64(BX)           // mutant: the frame as it was before the call",
		goTests: []string{"./internal/gdi"}, arch: "windows",
	},
	{
		name: "callback-shadow-space-windows", what: "the Win64 callback entry takes its fifth argument from the caller's shadow space instead of above it",
		file:    "internal/gdi/ccall_windows_amd64.s",
		old:     "	MOVQ a5+32(FP), AX",
		new:     "	MOVQ a5+24(FP), AX",
		goTests: []string{"./internal/gdi"}, arch: "windows",
	},
	{
		name: "variant-call-direct-argv-windows", what: "the Win64 variant-call trampoline hands an interface function the argument array instead of the Variant's address",
		file:    "internal/gdi/wordcall_windows_amd64.s",
		old:     "	LEAQ 32(SP), DX           // direct: the Variant's address\n",
		new:     "",
		goTests: []string{"./internal/gdi"}, arch: "windows",
	},
	{
		name: "variant-call-direct-no-third", what: "the variant-call trampoline's direct call leaves its third argument (a text's length) unset",
		file:    "internal/gdi/wordcall_amd64.s",
		old:     "	MOVQ AX, DX               // direct: its third argument\n",
		new:     "",
		goTests: []string{"./internal/gdi"}, arch: "amd64",
	},
	{
		name: "text-words-short", what: "a text of 24 bytes reaches the engine's String constructor with its last byte lost",
		file:   "variant/convert.go",
		old:    "	copy(unsafe.Slice((*byte)(unsafe.Pointer(&w)), gdi.TextWords), s)",
		new:    "	copy(unsafe.Slice((*byte)(unsafe.Pointer(&w)), gdi.TextWords-1), s)",
		engine: "Variant/ShortTextsCrossOnTheCStack",
	},
	{
		name: "variant-call-direct-argv", what: "the variant-call trampoline hands an interface function (a Dictionary's index) the argument array instead of the Variant's address",
		file:    "internal/gdi/wordcall_amd64.s",
		old:     "	LEAQ 0(SP), SI            // direct: the Variant's address\n",
		new:     "",
		goTests: []string{"./internal/gdi"}, arch: "amd64",
	},
	{
		name: "instance-binding-apart", what: "a Go instance's binding is allocated apart from its value (two allocations per instance)",
		file:   "classdb/engine.go",
		old:    "	freed := classhook.BindObject(unsafe.Add(mem, c.bindingOffset), ",
		new:    "	freed := classhook.BindObject(nil, ",
		engine: "Memory/GoInstanceIsOneAllocation",
	},
	{
		name: "hidden-escapes", what: "escape.Hidden lets the compiler see its argument flow into the result, so a container's int key or value is boxed on the heap again",
		file:    "internal/escape/hidden_asm.go",
		old:     "//\n//go:noescape\nfunc Hidden",
		new:     "//\nfunc Hidden",
		goTests: []string{"./internal/escape"},
	},
	{
		name: "array-count-misplaced", what: "an Array's element count is read from the word before the one the layout check found (the engine's capacity)",
		file:   "variant/array_storage.go",
		old:    "	return data, int(*(*int64)(gdi.CPtr(data - arraySizeBefore)))",
		new:    "	return data, int(*(*int64)(gdi.CPtr(data - arraySizeBefore - 8)))",
		engine: "Arrays/ElementsReadWhereTheEngineKeepsThem",
	},
	{
		name: "array-block-kept", what: "iterating an Array reads its element block and count once, before a loop body that may move or resize them",
		file:   "variant/array.go",
		old:    "		for i := 0; ; i++ {\n			x, ok, err := a.at(i)\n",
		new:    "		data, n := arrayElements(a.ptr())\n		for i := 0; ; i++ {\n			var x T\n			var err error\n			ok := i < n\n			if ok {\n				x, err = readVariant[T](gdi.ConstVariantPtr(data + uintptr(i)*gdi.VariantSize))\n			}\n",
		engine: "Arrays/ElementsReadWhereTheEngineKeepsThem",
	},
	{
		name: "thread-self-shared", what: "the cheap thread identity is the same on every thread, so every goroutine counts as the engine's main thread",
		file:    "internal/osthread/self_linux_amd64.s",
		old:     "	BYTE $0x64; BYTE $0x48; BYTE $0x8B; BYTE $0x04; BYTE $0x25; LONG $0\n",
		new:     "	MOVQ $1, AX\n",
		goTests: []string{"./internal/osthread"},
	},
	{
		name: "word-call-no-rederivation-arm64", what: "the arm64 word-call trampoline writes the result to the frame's address from before the call",
		file:    "internal/gdi/wordcall_arm64.s",
		old:     "	BL _cgo_topofstack(SB)     // R0 = goroutine stack top, maybe moved\n	SUB R20, R0, R0            // R0 = frame at its current place\n	MOVD 96(RSP), R1",
		new:     "	MOVD R19, R0               // mutant: the frame as it was before the call\n	MOVD 96(RSP), R1",
		goTests: []string{"./internal/gdi"}, arch: "arm64",
	},
	{
		name: "variant-call-no-rederivation-arm64", what: "the arm64 variant-call trampoline writes the result to the frame's address from before the call",
		file:    "internal/gdi/wordcall_arm64.s",
		old:     "	BL _cgo_topofstack(SB)     // R0 = goroutine stack top, maybe moved\n	SUB R20, R0, R0            // R0 = frame at its current place\n	MOVD 64(RSP), R1",
		new:     "	MOVD R19, R0               // mutant: the frame as it was before the call\n	MOVD 64(RSP), R1",
		goTests: []string{"./internal/gdi"}, arch: "arm64",
	},
	{
		name: "word-call-receiver-not-kept", what: "a word call does not keep its receiver alive until the engine returns",
		file:   "godot/wordcall.go",
		old:    "		runtime.KeepAlive(o.h) // the object (a RefCounted's last reference, say) lives through the call\n",
		new:    "		_ = runtime.GOOS // mutant: the receiver is not kept alive\n",
		engine: "Objects/TemporaryReceiversAndArgumentsLiveUntilTheCallReturns",
	},
	{
		name: "owner-call-frame", what: "AcquireFrame hands out a frame that is still in use",
		file:   "internal/engine/frame.go",
		old:    "		if f.busy.Load() == 0 && f.busy.CompareAndSwap(0, 1) {",
		new:    "		if f.busy.Swap(1) >= 0 {",
		engine: "Ownership/CallFrameLivesUntilTheCallReturns",
	},
	{
		name: "owner-registration", what: "method registration info is freed before the register call",
		file:   "classdb/engine.go",
		old:    "	gdi.ClassdbRegisterExtensionClassMethod(extlib.Handle(), class, uintptr(unsafe.Pointer(mi)))",
		new:    "	reg.release()\n	gdi.ClassdbRegisterExtensionClassMethod(extlib.Handle(), class, uintptr(unsafe.Pointer(mi)))",
		engine: "Calls/GoClassThroughEngineCall|gdscript/test_names",
	},
	{
		name: "owner-property-list", what: "a property list is freed before the engine reads it",
		file:   "classdb/hooks.go",
		old:    "	if faults.EarlyFreePropertyList {",
		new:    "	if true || faults.EarlyFreePropertyList {",
		engine: "gdscript/test_properties",
	},
	{
		name: "crash-forwarded-by-go", what: "a fault outside Go code goes through Go's forwarding call, which cuts the engine's backtrace",
		file: "internal/engine/crash_linux.go",
		old:  "	goSignalHandler, engineCrashHandler = segv.handler, ill.handler",
		new:  "	goSignalHandler, engineCrashHandler = segv.handler, segv.handler",
		host: "^TestEngineFaultKeepsItsBacktrace$",
	},
	{
		name: "init-panic-leaks", what: "a Go class whose Init panicked leaves the engine object it was made of alive",
		file:   "classdb/engine.go",
		old:    "		if !freed.Load() {\n			gdi.ObjectDestroy(obj)\n		}",
		new:    "",
		engine: "Panics/EveryCallbackKind",
	},
	{
		name: "owner-library", what: "the empty Dictionary zero values read lives in a released call frame",
		file:   "variant/owned.go",
		old:    "		p := engine.LibraryOwner().Alloc(gdi.VariantSize)\n		gdi.VariantGetPtrConstructor(gdi.VariantType(t), 0).Call(gdi.UninitializedTypePtr(p), 0)",
		new:    "		fr := engine.AcquireFrame()\n		p := fr.Alloc(gdi.VariantSize)\n		gdi.VariantGetPtrConstructor(gdi.VariantType(t), 0).Call(gdi.UninitializedTypePtr(p), 0)\n		fr.Release()",
		engine: "Ownership/(ZeroValue|EveryMethodOnZeroValues)",
	},
	{
		name: "owner-value", what: "a value's buffer is freed before the engine destroys the value in it",
		file:   "variant/owned.go",
		old:    "	destroy(Type(t), addr)\n	engine.FreeBuffer(addr)",
		new:    "	engine.FreeBuffer(addr)\n	destroy(Type(t), addr)",
		engine: "Variant/ExactlyOnceRelease|Ownership/StaleCleanup",
	},
	{
		name: "owner-permanent", what: "a cached StringName of a literal name lives in a released call frame",
		file:   "internal/engine/stringname.go",
		old:    "	slot := Permanent.Alloc(unsafe.Sizeof(uintptr(0)))",
		new:    "	fr := AcquireFrame()\n	slot := fr.Alloc(unsafe.Sizeof(uintptr(0)))\n	defer fr.Release()",
		engine: "Calls/|gdscript/test_names|Ownership/ValueReturningCall",
	},
	{
		name: "zero-shared-writable", what: "PushBack on a zero PackedStrings writes to the shared empty value",
		file:   "variant/zbuiltin_methods.go",
		old:    "\tbase := mutPtr(&p.h, TypePackedStringArray)\n\tret := f.Alloc(gdi.VariantSize)\n\tbuiltinAt(887)",
		new:    "\tbase := argHandle(p.h, TypePackedStringArray)\n\tret := f.Alloc(gdi.VariantSize)\n\tbuiltinAt(887)",
		engine: "Ownership/(ZeroValue|EveryMethodOnZeroValues)",
	},
	{
		name: "off-main-thread-release", what: "values that can hold objects are destroyed on whatever thread releases them",
		file:   "variant/owned.go",
		old:    "	case variantTypeForDestroy, TypeArray, TypeDictionary, TypeCallable:\n		return true",
		new:    "	case variantTypeForDestroy, TypeArray, TypeDictionary, TypeCallable:\n		return false",
		engine: "Ownership/MainThreadOnly",
	},
	{
		name: "shutdown-unmarked", what: "shutdown destroys live values without marking them released",
		file:   "variant/owned.go",
		old:    "		if st&1 != 0 {\n			release(i, uint32(st>>1))\n		}",
		new:    "		if st&1 != 0 && slots.closed.Load() && slotAt(i).data != 0 {\n			destroy(slotAt(i).typ, slotAt(i).data)\n		}",
		engine: "Ownership/(ValuesKeptOverShutdown|UseAfterShutdown)",
	},
	{
		name: "ptrcall-stale-result", what: "a ptrcall whose Go method returns an error leaves the result slot as it was",
		file:   "classdb/engine.go",
		old:    "			failure(m, obj, \"ptrcall\", err)\n			m.zeroResult(ret)",
		new:    "			failure(m, obj, \"ptrcall\", err)",
		engine: "gdscript/test_failures",
	},
	{
		name: "null-object-argument", what: "a null object argument of a ptrcall is read through its null pointer",
		file:   "classdb/codec.go",
		old:    "	if e == 0 {\n		return 0\n	}\n	return *(*uintptr)(gdi.CPtr(e))",
		new:    "	return *(*uintptr)(gdi.CPtr(e))",
		engine: "gdscript/test_failures",
	},
	{
		name: "deferred-reentrant", what: "deferred functions share the queue that every drain runs (GC stress at each engine call, CollectGarbage, shutdown of values)",
		file:   "internal/engine/mainthread.go",
		old:    "	q := &deferQueue",
		new:    "	q := &mainQueue",
		engine: "Classes/DeferredWorkNeverRunsReentrantly",
	},
	{
		name: "deferred-unbounded", what: "Defer queues without bound: a goroutine never waits for the main thread",
		file:   "internal/engine/mainthread.go",
		old:    "		for q.n.Load() >= maxDeferred && mainThread.Load() != 0 {",
		new:    "		for false {",
		engine: "Classes/CallDeferredIsBounded",
	},
	{
		name: "typed-array-unchecked", what: "an Array[T] argument or property value is taken without checking its elements",
		file:   "classdb/codec.go",
		old:    "		c := checkedArrayCodec(ownedCodec(t))\n		if elem, ok := variantplumb.ArrayElementTypeName(t); ok {",
		new:    "		c := ownedCodec(t)\n		if elem, ok := variantplumb.ArrayElementTypeName(t); ok {",
		engine: "gdscript/test_arrays",
	},
	{
		name: "handed-over-reference", what: "a Ref<T> result for an object Go already wraps keeps the reference the engine handed over",
		file:   "godot/object.go",
		old:    "		if owned {\n			unreference(ptr) // Go's handle already holds a reference: this one cannot be the last\n		}\n		return h",
		new:    "		return h",
		engine: "Objects/ReferenceHandedOverForAnObjectGoHolds|Classes/RefCountedCountedExactly",
	},
	{
		name: "object-release-off-main", what: "Go's last reference to an object is released on the garbage collector's cleanup thread",
		file:   "godot/object.go",
		old:    "	engine.RunOnMainThread(r.release)\n",
		new:    "	r.release()\n",
		engine: "Objects/LastGoReferenceIsReleasedOnTheMainThread",
	},
	{
		name: "call-receiver-not-kept", what: "the class call layer does not keep a call's receiver (or object argument) alive until the engine returns",
		file:   "godot/call.go",
		old:    "	c.self = self.ptr() // before the frame: a panic here leaves nothing to release\n	c.hold(self.h)",
		new:    "	c.self = self.ptr() // before the frame: a panic here leaves nothing to release",
		more:   []edit{{"		*(*uintptr)(gdi.CPtr(p)) = o.h.b.ptr\n		c.hold(o.h)", "		*(*uintptr)(gdi.CPtr(p)) = o.h.b.ptr"}},
		engine: "Objects/TemporaryReceiversAndArgumentsLiveUntilTheCallReturns",
	},
	{
		name: "virtual-ref-uncounted", what: "a Go virtual writes a RefCounted result into the engine's Ref<T> slot without a reference of the slot's own",
		file:   "godot/virtual.go",
		old:    "		gdi.RefSetObject(gdi.RefPtr(ret), gdi.ObjectPtr(p))",
		new:    "		*(*uintptr)(gdi.CPtr(ret)) = p",
		engine: "Objects/VirtualReturningARefCountedGivesTheEngineItsOwnReference|gdscript/test_object_lifetimes",
	},
	{
		name: "packed-view-unkept", what: "Packed.View does not keep its array alive while fn runs",
		file:   "variant/packed.go",
		old:    "	data := infoOf[T]().indexRead(gdi.ConstTypePtr(p.ptr()), 0)\n	fn(unsafe.Slice((*T)(gdi.CPtr(data)), n))\n	runtime.KeepAlive(p.h)",
		new:    "	data := infoOf[T]().indexRead(gdi.ConstTypePtr(p.ptr()), 0)\n	fn(unsafe.Slice((*T)(gdi.CPtr(data)), n))",
		engine: "Objects/PackedViewKeepsItsArrayAlive",
	},
	{
		name: "hook-result-uncounted", what: "the Get and revert hooks copy a Variant's bytes into the engine's slot without a reference of its own",
		file:   "classdb/hooks.go",
		old:    "	variantplumb.WriteVariant(v, gdi.UninitializedVariantPtr(ret))\n	return 1",
		new:    "	for i := uintptr(0); i < gdi.VariantSize; i++ {\n		*(*byte)(gdi.CPtr(uintptr(ret) + i)) = *(*byte)(gdi.CPtr(uintptr(variantplumb.VariantPtr(v)) + i))\n	}\n	return 1",
		engine: "Objects/GetAndRevertHooksCopyIntoTheEngineSlot|gdscript/test_object_lifetimes",
	},
	{
		name: "variant-call-unkept", what: "Variant.Call does not keep its receiver alive across the engine call",
		file:   "variant/variantvalue.go",
		old:    "			gdi.Int(argc), gdi.UninitializedVariantPtr(ret), cerr)\n		runtime.KeepAlive(v.h)",
		new:    "			gdi.Int(argc), gdi.UninitializedVariantPtr(ret), cerr)",
		engine: "Objects/TemporaryReceiversAndArgumentsLiveUntilTheCallReturns",
	},
	{
		name: "freed-object-by-address", what: "the object of a Variant is read by its address, not looked up by its instance id",
		file: "variant/object.go",
		old:  "	obj := gdi.ObjectGetInstanceFromId(id)\n	if obj == 0 {\n		return 0, &FreedObjectError{uint64(id)}\n	}\n	return obj, nil",
		new: "	f := engine.AcquireFrame()\n	defer f.Release()\n	slot := f.Alloc(8)\n" +
			"	toType[TypeObject].Call(gdi.UninitializedTypePtr(slot), gdi.VariantPtr(p))\n	return *(*gdi.ObjectPtr)(gdi.CPtr(slot)), nil",
		engine: "Classes/(VariantOfAFreedObjectIsAnError|AllChildrenIteratesASnapshot)",
	},
	{
		name: "embedded-class-offset", what: "a method of a Go base class runs on the derived instance's start, not on its embedded base",
		file:   "classdb/instances.go",
		old:    "	return unsafe.Add(inst.ptr, off), true",
		new:    "	_ = off\n	return inst.ptr, true",
		engine: "Objects/GoBaseAtAnOffsetRunsItsOwnMethods",
	},
	{
		name: "to-string-unmarked", what: "a Go class's String hook writes the text but does not mark it valid",
		file:   "classdb/hooks.go",
		old:    "	variantplumb.NewStringAt(gdi.UninitializedStringPtr(rOut), s)\n	*(*gdi.Bool)(gdi.CPtr(rIsValid)) = 1",
		new:    "	variantplumb.NewStringAt(gdi.UninitializedStringPtr(rOut), s)",
		engine: "gdscript/test_classes",
	},
	{
		name: "validate-type-dropped", what: "ValidateProperty's change of a property's type does not reach the engine",
		file:   "classdb/hooks.go",
		old:    "	pi.Type, pi.Hint, pi.Usage = gdi.VariantType(out.Type), uint32(out.Hint), uint32(out.Usage)",
		new:    "	pi.Hint, pi.Usage = uint32(out.Hint), uint32(out.Usage)",
		engine: "Objects/ValidatePropertyChangesTheListing",
	},
	{
		name: "set-hook-always-true", what: "the Set hook tells the engine it took every property, also those the Go class refused",
		file:   "classdb/hooks.go",
		old:    "	if inst.value.(Setter).Set(variantplumb.StringNameAt(name), variantplumb.CopyVariant(value)) {\n		return 1\n	}\n	return 0",
		new:    "	inst.value.(Setter).Set(variantplumb.StringNameAt(name), variantplumb.CopyVariant(value))\n	return 1",
		engine: "Objects/PropertyTheSetHookRefusesReachesTheEngine",
	},
	{
		name: "too-few-arguments", what: "a Variant call with too few arguments is not refused",
		file:   "classdb/engine.go",
		old:    "	case n < required:\n		setCallError(cerr, gdi.CallErrorTooFewArguments, 0, int32(required))",
		new:    "	case n < 0:\n		setCallError(cerr, gdi.CallErrorTooFewArguments, 0, int32(required))",
		engine: "Objects/BadVariantCallsAreCallErrors",
	},
	{
		name: "invalid-argument-index", what: "a Variant call's bad argument is reported at the next index (generated dispatch and reflection)",
		file:   "classdb/engine.go",
		old:    "		setCallError(cerr, gdi.CallErrorInvalidArgument, int32(bad), expected)",
		new:    "		setCallError(cerr, gdi.CallErrorInvalidArgument, int32(bad)+1, expected)",
		more:   []edit{{"		setCallError(cerr, gdi.CallErrorInvalidArgument, int32(ae.Index), int32(ae.Want))", "		setCallError(cerr, gdi.CallErrorInvalidArgument, int32(ae.Index)+1, int32(ae.Want))"}},
		engine: "Objects/BadVariantCallsAreCallErrors",
	},
	{
		name: "freed-receiver-unchecked", what: "a call on a freed object goes to the engine with its dangling pointer",
		file:   "godot/object.go",
		old:    "	b := h.b\n	if b.freed.Load() {\n		panic(&FreedError{Class: b.class, ID: b.id})",
		new:    "	b := h.b\n	if false {\n		panic(&FreedError{Class: b.class, ID: b.id})",
		engine: "Classes/FreedObjectIsAGoError|GoClasses/FreedInstanceIsAGoError",
	},
	{
		name: "as-int-truncates", what: "variant.As into a narrower Go integer truncates a value that does not fit",
		file:   "variant/as.go",
		old:    "			x.SetInt(i)\n			if x.Int() != i {",
		new:    "			x.SetInt(i)\n			if false {",
		engine: "Variant/AsConversions",
	},
	{
		name: "array-set-negative", what: "Array.Set takes a negative index to the engine",
		file:   "variant/array.go",
		old:    "	if n := a.Len(); i < 0 || i >= n {\n		return fmt.Errorf(\"gdpure: index %d out of range [0, %d)\", i, n)\n	}\n	if w, ok := variantWords(x); ok {",
		new:    "	if n := a.Len(); i >= n {\n		return fmt.Errorf(\"gdpure: index %d out of range [0, %d)\", i, n)\n	}\n	if w, ok := variantWords(x); ok {",
		engine: "Builtin/ArrayIndexOutOfRange",
	},
	{
		name: "packed-forwarder-wrong-info", what: "a generated Packed[T] method forwards another element type's info to its body (the bind and type of PackedInt32Array)",
		file:   "variant/zbuiltin_methods.go",
		old:    "\tinfo := infoOf[T]()\n\tbase := mutPtr(&p.h, info.typ)\n\treturn packedMethodInsert(",
		new:    "\tinfo := &packedInt32\n\tbase := mutPtr(&p.h, info.typ)\n\treturn packedMethodInsert(",
		engine: "Builtin/TypedArrayAndPackedMethods",
	},
	{
		name: "array-forwarder-no-mut", what: "a generated mutating Array[T] method hands its body the receiver's handle without making a zero Array a typed, empty one first",
		file:   "variant/zbuiltin_methods.go",
		old:    "\tbase := a.mut()\n\tarrayMethodPushFront(",
		new:    "\tbase := a.h.ptr()\n\tarrayMethodPushFront(",
		engine: "Builtin/TypedArrayAndPackedMethods",
	},
	{
		name: "callable-error-unreported", what: "a Go callable's error leaves the engine's call error at OK",
		file:   "variant/callable.go",
		old:    "	engine.PrintError(fmt.Sprintf(\"Go callable %s: %v\", e.name, err))\n	(*gdi.CallError)(gdi.CPtr(cerr)).Error = gdi.CallErrorInvalidMethod",
		new:    "	engine.PrintError(fmt.Sprintf(\"Go callable %s: %v\", e.name, err))",
		engine: "Conformance/StaticFunctionCallables",
	},
	{
		name: "callable-keys-ignored", what: "two Go callables with the same key are not equal",
		file:   "variant/callable.go",
		old:    "	if a == b || oka && okb && ea.opts.Key != nil && ea.opts.Key == eb.opts.Key {",
		new:    "	_, _, _, _ = ea, oka, eb, okb\n	if a == b {",
		engine: "Conformance/GoCallablesDescribeThemselves",
	},
	{
		name: "emit-cause-dropped", what: "Emit of a typed signal drops the error of a Go handler it ran",
		file:   "classdb/signal_emit.go",
		old:    "	if cause := callfail.Take(since, obj); cause != \"\" {",
		new:    "	if cause := callfail.Take(since, obj); false && cause != \"\" {",
		engine: "GoClasses/SignalsFromGo",
	},
	{
		name: "listed-hint-dropped", what: "PropertyList's hint of a property does not reach the engine",
		file:   "classdb/hooks.go",
		old:    "		pi.Hint = uint32(p.Hint)\n",
		new:    "		pi.Hint = 0\n",
		engine: "Objects/PropertyListHookDescribesEachProperty",
	},
	{
		name: "listed-hint-text-dropped", what: "PropertyList's hint text of a property does not reach the engine",
		file:   "classdb/hooks.go",
		old:    "		if p.HintString != \"\" {\n			variantplumb.NewStringAt(gdi.UninitializedStringPtr(pi.HintString), p.HintString)",
		new:    "		if false {\n			variantplumb.NewStringAt(gdi.UninitializedStringPtr(pi.HintString), p.HintString)",
		engine: "Objects/PropertyListHookDescribesEachProperty",
	},
	{
		name: "listed-class-dropped", what: "PropertyList's class name of an object property does not reach the engine",
		file:   "classdb/hooks.go",
		old:    "		if p.ClassName != \"\" {\n			pi.ClassName = gdi.StringNamePtr(pl.frame.StringName(p.ClassName))",
		new:    "		if false {\n			pi.ClassName = gdi.StringNamePtr(pl.frame.StringName(p.ClassName))",
		engine: "Objects/PropertyListHookDescribesEachProperty",
	},
	{
		name: "listed-usage-zero", what: "a property PropertyList gives no usage is listed with none (hidden, not stored), not the default",
		file:   "classdb/hooks.go",
		old:    "		if p.Usage == 0 {\n			pi.Usage = uint32(godot.PropertyUsageDefault)",
		new:    "		if false {\n			pi.Usage = uint32(godot.PropertyUsageDefault)",
		engine: "Objects/PropertyListHookDescribesEachProperty",
	},
	{
		name: "from-uint-wraps", what: "variant.From of a uint64 beyond the engine's int64 wraps to a negative int",
		file:   "variant/variantvalue.go",
		old:    "		if u > 1<<63-1 {",
		new:    "		if false {",
		engine: "Variant/FromAndBack",
	},
	{
		name: "typed-dict-values-unchecked", what: "TypedDictionary.CheckElements passes a value that is not a V",
		file:   "variant/typed_dictionary.go",
		old:    "		if verr != nil {\n			return fmt.Errorf(\"%s: the value of %s: %w\", d.typeName(), text, verr)",
		new:    "		if false {\n			return fmt.Errorf(\"%s: the value of %s: %w\", d.typeName(), text, verr)",
		engine: "Conformance/TypedDictionaries",
	},
	{
		name: "typed-dict-iterates-wrong-values", what: "TypedDictionary.All yields a zero V for a value that is not a V, silently",
		file:   "variant/typed_dictionary.go",
		old:    "			val, err := As[V](v)\n			if err != nil {",
		new:    "			val, err := As[V](v)\n			if false && err != nil {",
		engine: "Conformance/TypedDictionaries",
	},
	{
		name: "registered-hint-dropped", what: "a Go method's argument or result (or a signal's argument) is registered without its hint (a typed array's element type)",
		file:   "classdb/engine.go",
		old:    "	pi.Hint = uint32(c.hint)\n",
		new:    "	pi.Hint = 0\n",
		engine: "gdscript/test_classes",
	},
	{
		name: "registered-usage-dropped", what: "a Go method's argument or result is registered without its usage (a Variant result's NIL_IS_VARIANT)",
		file:   "classdb/engine.go",
		old:    "	if c.usage != 0 {\n		pi.Usage = c.usage",
		new:    "	if false {\n		pi.Usage = c.usage",
		engine: "gdscript/test_classes",
	},
	{
		name: "registered-class-dropped", what: "a Go method's object argument or result is registered without its class name",
		file:   "classdb/engine.go",
		old:    "	if c.className != \"\" {\n		pi.ClassName = gdi.StringNamePtr(reg.frame.StringName(c.className))",
		new:    "	if false {\n		pi.ClassName = gdi.StringNamePtr(reg.frame.StringName(c.className))",
		engine: "gdscript/test_classes",
	},
	{
		name: "as-unchecked", what: "godot.As converts an object to a class it is not of",
		file:   "godot/construct.go",
		old:    "	runtime.KeepAlive(o.h)\n	if !ok {",
		new:    "	runtime.KeepAlive(o.h)\n	if false && !ok {",
		engine: "Classes/CastsAreChecked",
	},
	{
		name: "instance-of-unrelated", what: "classdb.InstanceOf of another Go class's instance returns nil, no error",
		file:   "classdb/instances.go",
		old:    "	p, ok := inst.pointerAs(c)\n	if !ok {\n		return nil, fmt.Errorf(\"classdb: %s is not a %s: it is a %s\"",
		new:    "	p, ok := inst.pointerAs(c)\n	if false && !ok {\n		return nil, fmt.Errorf(\"classdb: %s is not a %s: it is a %s\"",
		engine: "GoClasses/GoSubclassVirtualsAndMethods",
	},
	{
		name: "instantiate-uncounted", what: "godot.Instantiate of a RefCounted class takes no reference for Go",
		file:   "godot/construct.go",
		old:    "	return Object{adoptNew(p, gdi.ObjectCastTo(gdi.ConstObjectPtr(p), refCountedTag) != 0, nil)}, nil",
		new:    "	return Object{adoptNew(p, false, nil)}, nil",
		engine: "Objects/InstantiateHoldsOneReference",
	},
	{
		name: "bound-uncounted", what: "a gdpure_bound build registers a class whose bindings miss some of its methods",
		file:   "classdb/methods_bound.go",
		old:    "	if n := pt.NumMethod(); n > known {",
		new:    "	if n := pt.NumMethod(); false && n > known {",
		engine: "GoClasses/MethodsFromBindingsOrReflection",
	},
	{
		name: "bound-no-mixins", what: "a gdpure_bound build leaves out the methods a class gets from a mixin of its package",
		file:   "classdb/methods_bound.go",
		old:    "	for name, m := range c.gen.Methods {\n		out = append(out, goMethod{Name: name, Func: m.Value})",
		new:    "	for name, m := range c.gen.Methods {\n		if m.Promoted {\n			continue\n		}\n		out = append(out, goMethod{Name: name, Func: m.Value})",
		engine: "GoClasses/MethodsFromBindingsOrReflection",
	},
	{
		name: "value-read-short", what: "a math value read from a Variant loses its last four bytes (Color's alpha, a Transform's origin.y)",
		file:   "variant/values.go",
		old:    "	copy(unsafe.Slice((*byte)(rv.UnsafePointer()), size), unsafe.Slice((*byte)(gdi.CPtr(p)), size))",
		new:    "	copy(unsafe.Slice((*byte)(rv.UnsafePointer()), size-4), unsafe.Slice((*byte)(gdi.CPtr(p)), size))",
		engine: "Fuzz/EveryVariantType",
	},
	{
		name: "value-written-short", what: "a math value written into a Variant loses its last four bytes",
		file:   "variant/values.go",
		old:    "	copy(unsafe.Slice((*byte)(gdi.CPtr(p)), size), unsafe.Slice((*byte)(rv.UnsafePointer()), size))",
		new:    "	copy(unsafe.Slice((*byte)(gdi.CPtr(p)), size-4), unsafe.Slice((*byte)(rv.UnsafePointer()), size))",
		engine: "Fuzz/EveryVariantType",
	},
	{
		name: "self-binding-apart", what: "a Go instance's own object does not become the engine's instance binding, so the engine's handle is a second binding of the same object",
		file:   "godot/object.go",
		old:    "	gdi.ObjectSetInstanceBinding(gdi.ObjectPtr(obj), bindingToken, uintptr(b.index)+1, bindingCallbacks)\n",
		new:    "",
		engine: "GoClasses/OneBindingPerInstance",
	},
	{
		name: "self-binding-slot-dropped", what: "the binding table slot of a Go instance's object is released while the engine still holds it, so the slot's next binding answers for two objects",
		file:   "godot/object.go",
		old:    "	if gdi.ObjectGetInstanceBinding(gdi.ObjectPtr(obj), bindingToken, 0) != uintptr(b.index)+1 {",
		new:    "	if gdi.ObjectGetInstanceBinding(gdi.ObjectPtr(obj), bindingToken, 0) != 0 {",
		engine: "GoClasses/OneBindingPerInstance",
	},
	{
		name: "binding-slot-kept", what: "the engine's binding free callback marks the binding freed but keeps its table slot (a leak per object)",
		file:   "godot/object.go",
		old:    "	removeBinding(uint32(index - 1)).freed.Store(true)",
		new:    "	bindings.mu.RLock()\n	b := bindings.slots[index-1]\n	bindings.mu.RUnlock()\n	b.freed.Store(true)",
		engine: "GoClasses/OneBindingPerInstance",
	},
	{
		name: "init-free-returns-object", what: "a Go class whose Init freed its own object hands the engine the freed object",
		file:   "classdb/engine.go",
		old:    "	if freed.Load() {\n		// Init freed its own object: the engine gets null rather than a pointer to freed memory.\n		c.initPanic.Store(\"its Init freed its own object\")\n		return 0\n	}\n",
		new:    "",
		engine: "GoClasses/InitThatFreesItsObject",
	},
	{
		name: "new-ref-uncounted", what: "classdb.NewRef takes no reference for Go on the new RefCounted instance",
		file:   "classdb/new.go",
		old:    "	x, alive := classhook.AdoptNew(uintptr(obj), c.refCounted, inst.freed)",
		new:    "	x, alive := classhook.AdoptNew(uintptr(obj), false, inst.freed)",
		engine: "GoClasses/NewRefLivesWhileGoHoldsIt",
	},
}

var modes = []struct {
	name string
	env  []string
}{
	{"normal", nil},
	{"guard", []string{"GDPURE_MEMGUARD=1", "GDPURE_GCSTRESS=1", "GOGC=1"}},
}

type outcome struct {
	caught  bool
	skipped bool // not run (-until-caught)
	by      string
}

func (o outcome) String() string {
	if o.skipped {
		return "skipped"
	}
	return fmt.Sprint(o.caught)
}

func main() {
	only := flag.String("only", "", "comma-separated mutant names to run (default all)")
	list := flag.Bool("list", false, "list the mutants and exit")
	check := flag.Bool("check", false, "only check that every mutant still applies (and compiles), then exit")
	untilCaught := flag.Bool("until-caught", false, "skip a mutant's guard-mode run when normal mode caught it (CI: the verdict needs one catch)")
	separate := flag.Bool("separate", false, "build every mutant on its own, none switched in a shared build")
	normalOnly := flag.Bool("normal-only", false, "run normal mode only (a quick look at new mutants; the verdict needs guard mode for those it misses)")
	flag.Parse()
	if *list {
		for _, m := range mutants {
			fmt.Printf("%-24s %s\n", m.name, m.what)
		}
		return
	}
	root, err := moduleRoot()
	if err != nil {
		fail("%v", err)
	}
	selected := mutants
	if *only != "" {
		selected = nil
		for _, n := range strings.Split(*only, ",") {
			m, ok := byName(n)
			if !ok {
				fail("no mutant %q (see -list)", n)
			}
			selected = append(selected, m)
		}
	}
	tmp, err := os.MkdirTemp("", "gdpure-mutants")
	if err != nil {
		fail("%v", err)
	}
	tmpDir = tmp
	defer os.RemoveAll(tmp)
	// The mutants that can be switched share one build (switched.go); they run first, the others
	// (built one by one) after them.
	var switchOverlay string
	switched := map[string]bool{}
	if !*separate {
		if switchOverlay, switched, err = plantSwitched(root, tmp, selected); err != nil {
			fail("planting the switched mutants: %v", err)
		}
		sort.SliceStable(selected, func(i, j int) bool { return switched[selected[i].name] && !switched[selected[j].name] })
	}
	if *check {
		for _, m := range selected {
			overlay, err := plant(root, tmp, m)
			if err != nil {
				fail("%s: %v", m.name, err)
			}
			env, tags := []string(nil), libraryTags
			if crossArch(m.arch) {
				// Vet only (no C compiler, no emulator): the architecture's files, cgo's included.
				env, tags = []string{"GOOS=linux", "GOARCH=" + m.arch, "CGO_ENABLED=0"}, libraryTags+",cgo"
				if m.arch == "windows" {
					env[0], env[1] = "GOOS=windows", "GOARCH=amd64"
				}
			}
			if out, err := goCmd(root, overlay, env, "vet", "-tags", tags, "./"+filepath.Dir(m.file)); err != nil {
				fail("%s does not compile:\n%s", m.name, out)
			}
			how := "applies (a build of its own)"
			if switched[m.name] {
				how = "applies (switched)"
			}
			fmt.Printf("%-24s %s\n", m.name, how)
		}
		if switchOverlay != "" {
			if out, err := goCmd(root, switchOverlay, nil, "vet", "-tags", libraryTags, "./..."); err != nil {
				fail("the switched mutants do not compile together:\n%s", out)
			}
			fmt.Println("the switched mutants compile together")
		}
		return
	}

	start := time.Now()
	// The host side of the in-engine suite (the enginetest test binary: it only builds projects and
	// launches the engine) is linked once for the whole run, unmutated; each mutant's planted bug
	// lives in its extension library, built once and run in both modes (GODOTTEST_LIBRARY).
	r := runner{root: root, host: filepath.Join(tmp, "enginetest.test")}
	if out, err := goCmd(root, "", nil, "test", "-c", "-o", r.host, "./internal/enginetest"); err != nil {
		fail("building the in-engine suite's host: %v\n%s", err, out)
	}
	// The unmutated tests must pass, or a "caught" would mean nothing: in the unmutated library, and
	// in the switched mutants' library with none of them switched on.
	filters := func(switchedOnly bool) string {
		var fs []string
		for _, m := range selected {
			if m.engine != "" && (!switchedOnly || switched[m.name]) {
				fs = append(fs, m.engine)
			}
		}
		return strings.Join(fs, "|")
	}
	var lib string
	if filters(false) != "" || hostTests(selected) {
		if lib, err = r.buildLibrary("", nil, filepath.Join(tmp, "unmutated.so")); err != nil {
			fail("building the unmutated extension: %v", err)
		}
	}
	// Each library is built while the previous mutant's tests run (a build keeps both cores busy, an
	// engine run mostly one): one build ahead, in order; the first while the unmutated tests run.
	// Builds write to a build cache of their own, removed once the tests that need them have run: a
	// mutated package and everything above it compile anew, and a whole run would otherwise leave
	// gigabytes in the user's cache.
	baseCache, err := goEnv("GOCACHE")
	if err != nil {
		fail("%v", err)
	}
	type prepared struct {
		overlay, lib string
		env          []string // the mutant's GOCACHE (and GDPURE_MUTANT)
		dir          string   // removed after the mutant's tests ("" for the shared switched build)
		err          error
	}
	newCache := func(dir string) []string {
		cache := filepath.Join(dir, "gocache")
		if err := linkTree(baseCache, cache); err != nil {
			fmt.Fprintf(os.Stderr, "mutants: %s: the build cache starts empty (%v)\n", dir, err)
		}
		return []string{"GOCACHE=" + cache}
	}
	var switchedLib string
	var switchedEnv []string
	ready := make(chan prepared)
	go func() {
		for _, m := range selected {
			var p prepared
			p.overlay, p.err = plant(root, tmp, m)
			if p.err == nil && switched[m.name] {
				if switchedLib == "" {
					dir := filepath.Dir(switchOverlay)
					switchedEnv = newCache(dir)
					if switchedLib, p.err = r.buildLibrary(switchOverlay, switchedEnv, filepath.Join(dir, "lib.so")); p.err != nil {
						p.err = fmt.Errorf("the switched mutants do not compile: %v", p.err)
					}
				}
				p.lib, p.env = switchedLib, append(append([]string(nil), switchedEnv...), mutantEnv+"="+m.name)
			} else if p.err == nil {
				p.dir = filepath.Dir(p.overlay)
				p.env = newCache(p.dir)
				if m.engine != "" || m.host != "" {
					if p.lib, p.err = r.buildLibrary(p.overlay, p.env, filepath.Join(p.dir, "lib.so")); p.err != nil {
						p.err = fmt.Errorf("does not compile: %v", p.err)
					}
				} else if out, err := goCmd(root, p.overlay, append(p.env, archEnv(root, m.arch)...), "vet", "./"+filepath.Dir(m.file)); err != nil {
					p.err = fmt.Errorf("does not compile:\n%s", out)
				}
			}
			ready <- p
		}
	}()
	// A mode's unmutated runs come before the first mutant run in that mode that needs them. With
	// -until-caught (CI) the guard-mode ones wait until a mutant survives normal mode: when every
	// mutant is caught there, guard mode never runs (make test has just run the whole suite in it).
	verified := map[string]bool{}
	verify := func(j int, library string, env []string, switchedOnly bool) {
		key := fmt.Sprint(j, switchedOnly)
		if verified[key] || lib == "" {
			return
		}
		t := time.Now()
		o := r.runTests("", library, mutant{engine: filters(switchedOnly)}, append(append([]string(nil), env...), modes[j].env...), unmutatedTimeout)
		what := "the unmutated library"
		if switchedOnly {
			what = "the switched mutants' library, none switched on"
		}
		if o.caught {
			fail("the unmutated tests fail in %s mode in %s (%s): fix that first", modes[j].name, what, o.by)
		}
		verified[key] = true
		fmt.Printf("unmutated: the selected tests pass in %s mode in %s (%.0f s)\n", modes[j].name, what, time.Since(t).Seconds())
	}
	// The Go tests a mutant names must pass unmutated too, once per mode and architecture.
	verifyGo := func(j int, m mutant) {
		for _, pkg := range m.goTests {
			key := fmt.Sprint(j, pkg, m.arch)
			if verified[key] {
				continue
			}
			o := r.runTests("", "", mutant{goTests: []string{pkg}, arch: m.arch}, modes[j].env, "")
			if o.caught {
				fail("the unmutated tests of %s fail in %s mode%s (%s): fix that first", pkg, modes[j].name, archNote(m.arch), o.by)
			}
			verified[key] = true
		}
	}
	for j := range modes {
		if j == 0 || !*untilCaught {
			verify(j, lib, nil, false)
		}
	}
	fmt.Println()

	results := make([][2]outcome, len(selected))
	survived := 0
	for i, m := range selected {
		p := <-ready
		if p.err != nil {
			fail("%s: %v", m.name, p.err)
		}
		for j, mode := range modes {
			if j > 0 && (*normalOnly || *untilCaught && results[i][0].caught) {
				results[i][j] = outcome{skipped: true}
				continue
			}
			verify(j, lib, nil, false)
			verifyGo(j, m)
			if switched[m.name] {
				verify(j, p.lib, switchedEnv, true)
			}
			results[i][j] = r.runTests(p.overlay, p.lib, m, append(append([]string(nil), p.env...), mode.env...), mutantTimeout[j])
		}
		if p.dir != "" {
			os.RemoveAll(p.dir) // the mutant's source, library and build cache
		} else if p.overlay != "" {
			os.RemoveAll(filepath.Dir(p.overlay)) // its source alone (goTests): the library is shared
		}
		if !results[i][0].caught && !results[i][1].caught {
			survived++
		}
		how := ""
		if switched[m.name] {
			how = " switched"
		}
		fmt.Printf("%-24s normal: %-6v guard: %-7s (%.0f s)%s\n", m.name, results[i][0].caught, results[i][1].String(), time.Since(start).Seconds(), how)
	}
	if switchOverlay != "" {
		os.RemoveAll(filepath.Dir(switchOverlay)) // the switched sources, library and build cache
	}

	fmt.Printf("\n| mutant | planted bug | caught (normal) | caught (guard + GC stress) | by |\n|---|---|---|---|---|\n")
	for i, m := range selected {
		by := results[i][0].by
		if results[i][1].by != "" && results[i][1].by != by {
			if by != "" {
				by += "; guard: "
			}
			by += results[i][1].by
		}
		guard := yes(results[i][1].caught)
		if results[i][1].skipped {
			guard = "not run"
		}
		fmt.Printf("| %s | %s | %s | %s | %s |\n", m.name, m.what, yes(results[i][0].caught), guard, by)
	}
	fmt.Printf("\n%d mutants, %d caught, %d survived, in %.0f s\n", len(selected), len(selected)-survived, survived, time.Since(start).Seconds())
	if survived > 0 {
		os.Exit(1)
	}
}

func yes(b bool) string {
	if b {
		return "yes"
	}
	return "**no**"
}

func byName(n string) (mutant, bool) {
	for _, m := range mutants {
		if m.name == n {
			return m, true
		}
	}
	return mutant{}, false
}

// tmpDir is the run's temporary directory, removed on failure too.
var tmpDir string

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "mutants: "+format+"\n", args...)
	if tmpDir != "" {
		os.RemoveAll(tmpDir)
	}
	os.Exit(1)
}

func goEnv(name string) (string, error) {
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		return "", fmt.Errorf("go env %s: %v", name, err)
	}
	return strings.TrimSpace(string(out)), nil
}

// linkTree makes dst a copy of the directory src made of hard links (a build cache's files are
// only ever added, never changed in content, so the copy shares them and costs no space). It fails
// when src and dst are on different file systems.
func linkTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		return os.Link(path, target)
	})
}

func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", err
	}
	return filepath.Dir(strings.TrimSpace(string(out))), nil
}

// plant writes the mutated file and an overlay that puts it in place of the original.
func plant(root, tmp string, m mutant) (string, error) {
	path := filepath.Join(root, m.file)
	src, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	mutated := string(src)
	for _, e := range append([]edit{{m.old, m.new}}, m.more...) {
		if n := strings.Count(mutated, e.old); n != 1 {
			return "", fmt.Errorf("the code to mutate occurs %d times in %s (want 1): update the mutant", n, m.file)
		}
		mutated = strings.Replace(mutated, e.old, e.new, 1)
	}
	dir := filepath.Join(tmp, m.name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	file := filepath.Join(dir, filepath.Base(m.file))
	if err := os.WriteFile(file, []byte(mutated), 0o644); err != nil {
		return "", err
	}
	overlay := filepath.Join(dir, "overlay.json")
	data, _ := json.Marshal(map[string]map[string]string{"Replace": {path: file}})
	return overlay, os.WriteFile(overlay, data, 0o644)
}

// goCmd runs the go command in root with the overlay (through GOFLAGS, so the go build that the
// in-engine harness runs sees it too) and extra environment.
func goCmd(root, overlay string, env []string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), env...)
	if overlay != "" {
		cmd.Env = append(cmd.Env, "GOFLAGS=-overlay="+overlay)
	}
	out, err := cmd.CombinedOutput()
	return string(out), err
}

var (
	failLine    = regexp.MustCompile(`--- FAIL: (\S+)`)
	memguardMsg = regexp.MustCompile(`gdpure memguard: [^\n]*`)
	problemLine = regexp.MustCompile(`in-engine run failed:\n\s+([^\n]+)`)
)

// A runner runs the in-engine suite's host binary against extension libraries.
type runner struct {
	root string
	host string // the enginetest test binary, linked once
}

// How long one engine run of the tests may take (GODOTTEST_TIMEOUT): a mutant's selection, and
// the unmutated run of all selections at once in guard mode with GC stress, while the first
// mutant's library builds beside it (it took 2 minutes on a loaded 2-core machine).
// In normal mode a mutant's selection takes seconds, so a minute is ample; under guard mode and GC
// stress it takes tens of seconds.
var mutantTimeout = [2]string{"1m", "2m"}

const unmutatedTimeout = "8m"

// libraryTags are the build tags of the suite's extension on the asm path, as TestEngine/asm
// builds it: classes registered from their generated bindings.
const libraryTags = "gdpure_bound"

// buildLibrary builds the in-engine suite's extension (asm path) with the overlay into out.
func (r runner) buildLibrary(overlay string, env []string, out string) (string, error) {
	if o, err := goCmd(r.root, overlay, env, "build", "-buildmode=c-shared", "-tags", libraryTags, "-o", out, "./internal/enginetest"); err != nil {
		return "", fmt.Errorf("%v\n%s", err, o)
	}
	return out, nil
}

// runTests runs the mutant's tests and reports whether they failed, and which: the in-engine tests
// of m.engine against the library lib, and the Go tests of m.goTests with the overlay.
func (r runner) runTests(overlay, lib string, m mutant, env []string, timeout string) outcome {
	var names []string
	caught := false
	if m.engine != "" {
		cmd := exec.Command(r.host, "-test.count=1", "-test.run", "TestEngine/asm$")
		cmd.Dir = filepath.Join(r.root, "internal", "enginetest")
		// A planted bug may hang the engine: a mutant's selected run of the suite takes well under a
		// minute, so one that takes mutantTimeout counts as caught (a timeout) without waiting the
		// default 5 minutes. The unmutated run (every mutant's tests at once) gets longer.
		cmd.Env = append(append(os.Environ(), env...), "GODOTTEST_RUN="+m.engine, "GODOTTEST_LIBRARY="+lib, "GODOTTEST_TIMEOUT="+timeout)
		out, err := cmd.CombinedOutput()
		if err != nil {
			caught = true
			names = append(names, explain(string(out))...)
		}
	}
	if m.host != "" {
		cmd := exec.Command(r.host, "-test.count=1", "-test.run", m.host)
		cmd.Dir = filepath.Join(r.root, "internal", "enginetest")
		cmd.Env = append(append(os.Environ(), env...), "GODOTTEST_LIBRARY="+lib, "GODOTTEST_TIMEOUT="+timeout)
		out, err := cmd.CombinedOutput()
		if err != nil {
			caught = true
			names = append(names, explain(string(out))...)
		}
	}
	args := []string{"test", "-count=1"}
	if crossArch(m.arch) {
		env = append(env, archEnv(r.root, m.arch)...)
		args = append(args, "-short", "-exec", archExec(r.root, m.arch))
	}
	for _, pkg := range m.goTests {
		out, err := goCmd(r.root, overlay, env, append(args, pkg)...)
		if err != nil {
			caught = true
			names = append(names, explain(out)...)
		}
	}
	return outcome{caught: caught, by: strings.Join(names, ", ")}
}

// explain names what failed: the deepest failing tests, a guard-mode report, or the run's problem.
func explain(out string) []string {
	var names []string
	seen := map[string]bool{}
	for _, m := range failLine.FindAllStringSubmatch(out, -1) {
		n := m[1]
		if strings.Count(n, "/") < 2 && n != "TestModuleFollowsTheLifetimeRules" && (n == "TestEngine" || strings.Contains(n, "/")) {
			continue // a parent of a failing subtest
		}
		n = strings.TrimPrefix(n, "TestEngine/asm/")
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	if m := memguardMsg.FindString(out); m != "" {
		names = append(names, "crash: "+strings.TrimPrefix(m, "gdpure memguard: "))
	} else if m := problemLine.FindStringSubmatch(out); m != nil && len(names) == 0 {
		names = append(names, m[1])
	}
	if len(names) == 0 {
		names = append(names, "go test failed")
	}
	sort.Strings(names)
	return names
}

// archEnv is the environment that builds for arch ("" for this machine's): for "arm64", linux/arm64
// with cgo and Debian's cross compiler, and QEMU_ROOT, the arm64 root file system that
// scripts/qemu-arm64.sh runs test binaries in; for "windows", windows/amd64 with cgo and
// mingw-w64's compiler, and the wine prefix. scripts/cross-tools.sh provides them (once).
func archEnv(root, arch string) []string {
	if !crossArch(arch) {
		return nil
	}
	t := crossTools(root, arch)
	switch arch {
	case "arm64":
		return []string{"GOOS=linux", "GOARCH=arm64", "CGO_ENABLED=1", "CC=aarch64-linux-gnu-gcc", "QEMU_ROOT=" + t["QEMU_ROOT"]}
	case "windows":
		return []string{"GOOS=windows", "GOARCH=amd64", "CGO_ENABLED=1", "CC=x86_64-w64-mingw32-gcc", "WINEPREFIX=" + t["WINEPREFIX"], "WINEDEBUG=-all"}
	}
	fail("mutant architecture %q: this %s machine runs only its own, arm64 (under qemu) and windows (under wine)", arch, runtime.GOARCH)
	return nil
}

// archExec is the go test -exec program that runs arch's test binaries here.
func archExec(root, arch string) string {
	if arch == "windows" {
		return crossTools(root, arch)["WINE"]
	}
	return filepath.Join(root, "scripts", "qemu-arm64.sh")
}

// crossTools runs scripts/cross-tools.sh for arch once and returns the variables it prints.
func crossTools(root, arch string) map[string]string {
	crossMu.Lock()
	defer crossMu.Unlock()
	if vars, ok := crossVars[arch]; ok {
		return vars
	}
	cmd := exec.Command(filepath.Join(root, "scripts", "cross-tools.sh"), arch)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		fail("scripts/cross-tools.sh %s: %v", arch, err)
	}
	vars := map[string]string{}
	for _, line := range strings.Split(string(out), "\n") {
		if k, v, ok := strings.Cut(line, "="); ok {
			vars[k] = strings.Trim(v, "'\"")
		}
	}
	crossVars[arch] = vars
	return vars
}

var (
	crossMu   sync.Mutex
	crossVars = map[string]map[string]string{}
)

// crossArch reports whether a mutant's architecture is another than this machine's.
func crossArch(arch string) bool {
	return arch != "" && arch != runtime.GOARCH && !(arch == "windows" && runtime.GOOS == "windows")
}

func archNote(arch string) string {
	if arch == "" {
		return ""
	}
	return " for " + arch
}

// hostTests reports whether a mutant runs host-side tests (which need the extension library).
func hostTests(ms []mutant) bool {
	for _, m := range ms {
		if m.host != "" {
			return true
		}
	}
	return false
}
