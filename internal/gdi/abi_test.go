package gdi

import (
	"fmt"
	"runtime"
	"sort"
	"testing"
	"unsafe"
)

// The call path's argument passing, against real C code of the platform: its C library calls
// back into Go (qsort) and is called with every argument register and the stack (snprintf), on
// whichever path this build uses (CallPath). make test runs these natively (asm and purego on
// linux/amd64), make test-cross under qemu-aarch64 (linux/arm64) and wine (windows/amd64).

// cBuffer is static Go data (never moved) for the C library to write into.
var cBuffer [128]byte

// TestCallPassesSevenArguments calls snprintf(buf, size, format, a, b, c, d): seven integer
// arguments, the last ones on the stack on every ABI gdpure builds for (System V: the 7th; Win64:
// the 5th to 7th, above the 32-byte shadow space). Each value uses all 64 bits.
func TestCallPassesSevenArguments(t *testing.T) {
	if runtime.GOOS == "darwin" && runtime.GOARCH == "arm64" {
		t.Skip("Apple's arm64 ABI passes variadic arguments on the stack; no interface function is variadic")
	}
	snprintf := cFunction(t, "snprintf")
	format := "%llx %llx %llx %llx\x00"
	vals := [4]uint64{0x1122334455667788, 0x8877665544332211, 0xdeadbeefcafebabe, 0x0102030405060708}
	n := ccall(snprintf, uintptr(unsafe.Pointer(&cBuffer[0])), uintptr(len(cBuffer)),
		uintptr(unsafe.Pointer(unsafe.StringData(format))), uintptr(vals[0]), uintptr(vals[1]), uintptr(vals[2]), uintptr(vals[3]))
	want := fmt.Sprintf("%x %x %x %x", vals[0], vals[1], vals[2], vals[3])
	got := string(cBuffer[:int32(n)])
	if got != want {
		t.Fatalf("snprintf through ccall (%s path) wrote %q, want %q", CallPath, got, want)
	}
}

// TestCallbackFromC has the C library's qsort call a callback type's fixed entry: two pointer
// arguments in, an int result out.
func TestCallbackFromC(t *testing.T) {
	qsort := cFunction(t, "qsort")
	calls := 0
	compare := SetPtrKeyedCheckerHandler(func(a, b ConstVariantPtr) uint32 {
		calls++
		x, y := *(*int64)(CPtr(uintptr(a))), *(*int64)(CPtr(uintptr(b)))
		switch {
		case x < y:
			return ^uint32(0) // -1 as a C int
		case x > y:
			return 1
		}
		return 0
	})
	vals := []int64{42, -7, 1 << 40, 0, -1 << 41, 13, 99, -100}
	arr := (*[8]int64)(unsafe.Pointer(&cBuffer[0]))
	copy(arr[:], vals)
	ccall(qsort, uintptr(unsafe.Pointer(arr)), uintptr(len(vals)), 8, uintptr(compare), 0, 0, 0)
	sort.Slice(vals, func(i, j int) bool { return vals[i] < vals[j] })
	if calls == 0 || fmt.Sprint(arr[:]) != fmt.Sprint(vals) {
		t.Fatalf("qsort with a Go comparison (%s path, %d calls) gave %v, want %v", CallPath, calls, arr[:], vals)
	}
}

// TestCallbackRoundTrip calls callback entries through ccall: six arguments in (the most any
// callback type has), a full 64-bit result out.
func TestCallbackRoundTrip(t *testing.T) {
	var got [6]uintptr
	entry := SetClassMethodCallHandler(func(a uintptr, b ClassInstancePtr, c uintptr, d Int, e VariantPtr, f uintptr) {
		got = [6]uintptr{a, uintptr(b), c, uintptr(d), uintptr(e), f}
	})
	want := [6]uintptr{}
	for i := range want {
		want[i] = uintptr(0x0101010101010101*uint64(i+1)) ^ 1<<(8*i+3)
	}
	ccall(uintptr(entry), want[0], want[1], want[2], want[3], want[4], want[5], 0)
	if got != want {
		t.Fatalf("a six-argument callback (%s path) received %#x, want %#x", CallPath, got, want)
	}
	ret := uintptr(0xfedcba9876543210 & uint64(^uintptr(0)))
	create := SetInstanceBindingCreateCallbackHandler(func(token, instance uintptr) uintptr { return token ^ instance ^ ret })
	if r := ccall(uintptr(create), 0x5a5a, 0x5a5a, 0, 0, 0, 0, 0); r != ret {
		t.Fatalf("a callback's pointer-sized result (%s path) came back as %#x, want %#x", CallPath, r, ret)
	}
}

// TestCallResultAfterCallbackMovesTheStack has the C library's bsearch call a Go comparison that
// grows the goroutine stack until the runtime moves it: ccall's argument block, which receives
// bsearch's result, is then somewhere else, and the result must land there (the trampoline finds
// the block again after the call), not in the stack the runtime has freed.
func TestCallResultAfterCallbackMovesTheStack(t *testing.T) {
	bsearch := cFunction(t, "bsearch")
	moved := 0
	compare := SetPtrKeyedCheckerHandler(func(a, b ConstVariantPtr) uint32 {
		before := stackDepthMarker()
		growStack(64)
		if stackDepthMarker() != before {
			moved++
		}
		x, y := *(*int64)(CPtr(uintptr(a))), *(*int64)(CPtr(uintptr(b)))
		switch {
		case x < y:
			return ^uint32(0)
		case x > y:
			return 1
		}
		return 0
	})
	arr := (*[8]int64)(unsafe.Pointer(&cBuffer[0]))
	*arr = [8]int64{-9, -3, 0, 4, 8, 15, 16, 23}
	key := (*int64)(unsafe.Pointer(&cBuffer[64]))
	*key = 15
	for i := 0; i < 4; i++ {
		// A fresh goroutine starts with a small stack, so growing it moves it.
		done := make(chan uintptr)
		go func() {
			done <- ccall(bsearch, uintptr(unsafe.Pointer(key)), uintptr(unsafe.Pointer(arr)), 8, 8, uintptr(compare), 0, 0)
		}()
		if got, want := <-done, uintptr(unsafe.Pointer(&arr[5])); got != want {
			t.Fatalf("bsearch through ccall (%s path) returned %#x after its callback moved the stack, want %#x", CallPath, got, want)
		}
	}
	if moved == 0 {
		t.Fatal("the callback never moved the goroutine stack: the test proves nothing")
	}
}

// stackDepthMarker returns the address of a local variable: it changes when the stack moves.
//
//go:noinline
func stackDepthMarker() uintptr {
	var x byte
	return uintptr(unsafe.Pointer(&x))
}

// growStack uses n KiB of goroutine stack.
//
//go:noinline
func growStack(n int) byte {
	var buf [1024]byte
	buf[n%1024] = byte(n)
	if n == 0 {
		return buf[0]
	}
	return growStack(n-1) + buf[n%1024]
}

// BenchmarkCall is one engine-call transition with a trivial C function (the C library's labs):
// the call path's own cost per call (make test-cross's wine stages run it on both Windows paths).
func BenchmarkCall(b *testing.B) {
	labs := cFunction(b, "labs")
	b.ReportAllocs()
	for b.Loop() {
		if ccall(labs, ^uintptr(41), 0, 0, 0, 0, 0, 0) != 42 {
			b.Fatal("labs(-42) through ccall is not 42")
		}
	}
}

// BenchmarkCallback is one call into C that is a callback type's entry: a call transition and
// a callback transition, as when the engine calls Go.
func BenchmarkCallback(b *testing.B) {
	entry := SetInstanceBindingCreateCallbackHandler(func(token, instance uintptr) uintptr { return token + instance })
	b.ReportAllocs()
	for b.Loop() {
		if ccall(uintptr(entry), 40, 2, 0, 0, 0, 0, 0) != 42 {
			b.Fatal("the callback's result is not 42")
		}
	}
}
