//go:build ((linux && (amd64 || (arm64 && cgo))) || (windows && amd64 && cgo)) && !gdpure_purego

package gdi

import "testing"

// TestWordCallPassesWordsOnTheCStack makes word calls into a Go ptrcall handler (as the engine's
// object_method_bind_ptrcall would be called): the method and object arrive as given, each
// argument pointer points at its word, outside Go's memory (the C stack), and the word the
// handler writes comes back whole, also when the handler moves the goroutine stack of the caller.
func TestWordCallPassesWordsOnTheCStack(t *testing.T) {
	words := [4]uint64{0x1122334455667788, 0x8877665544332211, 0xdeadbeefcafebabe, 0x0102030405060708}
	const method, object = 0x5151, 0xa0b0c0d0
	var goStackLow, goStackHigh uintptr
	moved := 0
	entry := SetClassMethodPtrCallHandler(func(m uintptr, inst ClassInstancePtr, args uintptr, ret TypePtr) {
		if m != method || uintptr(inst) != object {
			t.Errorf("the handler got method %#x, object %#x; want %#x, %#x", m, uintptr(inst), method, object)
		}
		var sum uint64
		for i := range 4 {
			p := *(*uintptr)(CPtr(args + uintptr(i)*8))
			if p >= goStackLow && p < goStackHigh {
				t.Errorf("argument %d is on the caller's goroutine stack (%#x)", i, p)
			}
			if got := *(*uint64)(CPtr(p)); got != words[i] {
				t.Errorf("argument %d is %#x, want %#x", i, got, words[i])
			}
			sum = sum*31 + *(*uint64)(CPtr(p))
		}
		if *(*uint64)(CPtr(uintptr(ret))) != 0 {
			t.Errorf("the result word was not zeroed")
		}
		before := stackDepthMarker()
		growStack(64)
		if stackDepthMarker() != before {
			moved++
		}
		*(*uint64)(CPtr(uintptr(ret))) = sum
	})
	want := uint64(0)
	for _, w := range words {
		want = want*31 + w
	}
	for range 4 {
		// A fresh goroutine starts with a small stack: the handler's growth moves the caller's.
		done := make(chan uint64)
		go func() {
			marker := stackDepthMarker()
			goStackLow, goStackHigh = marker-64<<10, marker+64<<10
			done <- wordCall(uintptr(entry), method, object, words[0], words[1], words[2], words[3])
		}()
		if got := <-done; got != want {
			t.Fatalf("the word call returned %#x, want %#x", got, want)
		}
	}
	if moved == 0 {
		t.Fatal("the handler never moved the goroutine stack: the test proves nothing")
	}
}

// TestVariantCallPassesAVariantOnTheCStack makes variant calls both ways (a builtin method taking
// argv, an interface function taking the Variant's address) into Go handlers: the base arrives as
// given, the Variant's three words are whole, contiguous and outside the caller's goroutine stack,
// the builtin method's result word starts zeroed, and the result comes back whole when the handler
// moves the caller's goroutine stack.
func TestVariantCallPassesAVariantOnTheCStack(t *testing.T) {
	v := VariantWords{2, 0x1122334455667788, 0xdeadbeefcafebabe}
	const base = 0xb0b0
	var goStackLow, goStackHigh uintptr
	moved := 0
	check := func(p uintptr) uint64 {
		if p >= goStackLow && p < goStackHigh {
			t.Errorf("the Variant is on the caller's goroutine stack (%#x)", p)
		}
		got := *(*VariantWords)(CPtr(p))
		if got != v {
			t.Errorf("the Variant is %#x, want %#x", got, v)
		}
		before := stackDepthMarker()
		growStack(64)
		if stackDepthMarker() != before {
			moved++
		}
		return got[0] ^ got[1] ^ got[2]
	}
	want := v[0] ^ v[1] ^ v[2]
	method := SetPtrBuiltInMethodHandler(func(b TypePtr, args uintptr, ret TypePtr, argc int32) {
		if uintptr(b) != base || argc != 1 {
			t.Errorf("the method got base %#x and %d arguments; want %#x and 1", uintptr(b), argc, base)
		}
		if *(*uint64)(CPtr(uintptr(ret))) != 0 {
			t.Errorf("the result word was not zeroed")
		}
		*(*uint64)(CPtr(uintptr(ret))) = check(*(*uintptr)(CPtr(args)))
	})
	direct := SetClassGetVirtualCallDataHandler(func(b uintptr, p ConstStringNamePtr) uintptr {
		if b != base {
			t.Errorf("the function got base %#x; want %#x", b, base)
		}
		return uintptr(check(uintptr(p)))
	})
	// The text-word calls (StringNameNewWithUtf8Words) use the direct call's third argument.
	direct3 := SetClassGetVirtualCallData2Handler(func(b uintptr, p ConstStringNamePtr, third uint32) uintptr {
		if b != base || third != 17 {
			t.Errorf("the function got base %#x and third argument %d; want %#x and 17", b, third, base)
		}
		return uintptr(check(uintptr(p)))
	})
	for _, c := range []struct {
		name string
		call func() uint64
	}{
		{"builtin method", func() uint64 { return method.CallWithVariantWords(base, v) }},
		{"direct", func() uint64 { return variantCall(uintptr(direct), base, v, 1) }},
		{"direct, three arguments", func() uint64 { return variantCall(uintptr(direct3), base, v, 17) }},
	} {
		moved = 0
		for range 4 {
			done := make(chan uint64)
			go func() {
				marker := stackDepthMarker()
				goStackLow, goStackHigh = marker-64<<10, marker+64<<10
				done <- c.call()
			}()
			if got := <-done; got != want {
				t.Fatalf("%s: the call returned %#x, want %#x", c.name, got, want)
			}
		}
		if moved == 0 {
			t.Fatalf("%s: the handler never moved the goroutine stack: the test proves nothing", c.name)
		}
	}
}
