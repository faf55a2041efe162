package variant

import (
	"runtime"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
)

// Reading an Array's elements where the engine keeps them, without a call.
//
// An engine Array is one pointer to its shared data (ArrayPrivate), which holds, at an offset
// this package learns at start-up, the pointer to the elements: a contiguous block of Variants
// (gdi.VariantSize bytes each) whose element count is the 64-bit word just before the first
// element, or a null pointer when the array is empty (the engine's copy-on-write vector). Reading
// the length and the elements through those two pointers costs a few loads where the engine's
// size and index functions cost a call each (30–40 ns through runtime.cgocall).
//
// Memory rules: the element block moves whenever the array grows, shrinks or is first written
// after a copy, and any engine call can do that (a signal, a script, the loop's own body), so the
// pointers are read again for every element and never kept across a call; an index is checked
// against the length read with them. The block is the engine's memory: Go reads it during one
// step and never writes it. An engine whose layout differs from what the check finds (a different
// version, a different build) makes arrayStorage false, and every access goes through the
// engine's functions as before.

// arrayLayoutFound reports whether the layout was checked and found (see checkArrayStorage);
// arrayDataOffset is then the offset of the element pointer in the array's shared data.
// arrayStorage, which the accessors read, is arrayLayoutFound unless a test switched it off. The
// check runs at the servers level, once everything it uses was set up at the core level; arrays
// used before then go through the engine's functions.
var (
	arrayLayoutFound bool
	arrayDataOffset  uintptr
	arraySizeBefore  uintptr // the element count is the int64 this many bytes before the block
	arrayStorage     bool
)

func init() {
	engine.OnInit(engine.LevelServers, func() {
		arrayDataOffset, arraySizeBefore, arrayLayoutFound = checkArrayStorage()
		arrayStorage = arrayLayoutFound
	})
}

// arrayElements returns the address of the first element of the engine Array at p (C memory) and
// the element count, read from the engine's memory (arrayStorage must be true). data is 0 when
// the array is empty.
func arrayElements(p uintptr) (data uintptr, n int) {
	shared := *(*uintptr)(gdi.CPtr(p))
	if shared == 0 {
		return 0, 0
	}
	data = *(*uintptr)(gdi.CPtr(shared + arrayDataOffset))
	if data == 0 {
		return 0, 0
	}
	return data, int(*(*int64)(gdi.CPtr(data - arraySizeBefore)))
}

// checkArrayStorage finds the element pointer in an Array's shared data and the place of the
// element count before the block, and checks every fact arrayElements relies on against the
// engine's own functions: the pointer is the address array_operator_index gives for element 0,
// consecutive elements are gdi.VariantSize apart, exactly one word before the block is the size
// the engine reports at three sizes, all of it still true after the array grows (its block
// reallocated), and an empty array's pointer is null. Any disagreement reports false.
func checkArrayStorage() (dataOffset, sizeBefore uintptr, ok bool) {
	defer func() {
		if recover() != nil { // an engine without the functions used here: stay on its functions
			ok = false
		}
	}()
	a := NewArray[int64]()
	defer a.Destroy()
	empty := NewArray[int64]()
	defer empty.Destroy()
	index := func(arr Array[int64], i int) uintptr {
		p := uintptr(gdi.ArrayOperatorIndexConst(gdi.ConstTypePtr(arr.ptr()), gdi.Int(i)))
		runtime.KeepAlive(arr.h)
		return p
	}
	word := func(p uintptr) uintptr { return *(*uintptr)(gdi.CPtr(p)) }
	grow := func(n int) bool {
		for range n {
			if a.Append(int64(a.Len())) != nil {
				return false
			}
		}
		return true
	}
	if !grow(3) {
		return 0, 0, false
	}
	shared, first := word(a.ptr()), index(a, 0)
	if shared == 0 || first == 0 || index(a, 2) != first+2*gdi.VariantSize {
		return 0, 0, false
	}
	found := 0
	for off := uintptr(0); off < 64; off += 8 {
		if word(shared+off) == first {
			dataOffset, found = off, found+1
		}
	}
	if found != 1 || word(word(empty.ptr())+dataOffset) != 0 {
		return 0, 0, false
	}
	// The count: a word among the four before the block that follows the size as it grows.
	candidates := map[uintptr]bool{8: true, 16: true, 24: true, 32: true}
	for _, add := range []int{0, 200, 1} {
		if !grow(add) {
			return 0, 0, false
		}
		n := arrayLenByCall(a.ptr())
		data := word(word(a.ptr()) + dataOffset)
		if data != index(a, 0) || index(a, n-1) != data+uintptr(n-1)*gdi.VariantSize {
			return 0, 0, false
		}
		for before := range candidates {
			if int(word(data-before)) != n {
				delete(candidates, before)
			}
		}
	}
	if len(candidates) != 1 {
		return 0, 0, false
	}
	for sizeBefore = range candidates {
	}
	// And the elements are where the engine's index said: the last one holds its index.
	data := word(word(a.ptr()) + dataOffset)
	n := int(word(data - sizeBefore))
	if x, err := toInt(gdi.ConstVariantPtr(data + uintptr(n-1)*gdi.VariantSize)); err != nil || x != int64(n-1) {
		return 0, 0, false
	}
	return dataOffset, sizeBefore, true
}

// arrayLenByCall returns the size of the engine Array at p through the engine's size method.
func arrayLenByCall(p uintptr) int {
	f := engine.AcquireFrame()
	defer f.Release()
	ret := f.Alloc(8)
	arraySize.get().Call(gdi.TypePtr(p), 0, gdi.TypePtr(ret), 0)
	return int(*(*int64)(gdi.CPtr(ret)))
}
