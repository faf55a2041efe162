//go:build linux && amd64 && !gdpure_purego

#include "textflag.h"

// wordCallTrampoline(frame *wordCallFrame) runs on the system stack with the C ABI
// (runtime.cgocall). It makes a ptrcall whose arguments and result are 8-byte words:
// frame.fn(frame.method, frame.obj, argv, &ret), where argv points at four words of this C stack
// holding frame.w0..w3 and ret is a zeroed word of this C stack, and stores ret in frame.ret.
// The engine reads the arguments and writes the result only during the call, and the C stack
// below them is where a callback into Go runs, so nothing the engine sees outlives the call or is
// Go memory. frame itself is on the goroutine stack, found again after the call as ccallTrampoline
// does (its depth below the stack top).
//
// Frame offsets: fn 0, method 8, obj 16, w0..w3 24..48, ret 56.
// C stack: words 0..24(SP), argv 32..56(SP), ret 64(SP); 80 bytes keep SP 16-byte aligned.
GLOBL ·wordCallTrampolineABI0(SB), NOPTR, $8
DATA ·wordCallTrampolineABI0(SB)/8, $wordCallTrampoline(SB)
TEXT wordCallTrampoline(SB), NOSPLIT|NOFRAME, $0
	PUSHQ BP
	MOVQ SP, BP
	PUSHQ BX
	PUSHQ R12
	SUBQ $80, SP
	MOVQ DI, BX               // BX = frame (callee-saved)
	CALL _cgo_topofstack(SB)  // AX = goroutine stack top
	SUBQ BX, AX
	MOVQ AX, R12              // R12 = depth of the frame below the stack top (callee-saved)
	MOVQ 24(BX), AX
	MOVQ AX, 0(SP)
	MOVQ 32(BX), AX
	MOVQ AX, 8(SP)
	MOVQ 40(BX), AX
	MOVQ AX, 16(SP)
	MOVQ 48(BX), AX
	MOVQ AX, 24(SP)
	LEAQ 0(SP), AX
	MOVQ AX, 32(SP)
	LEAQ 8(SP), AX
	MOVQ AX, 40(SP)
	LEAQ 16(SP), AX
	MOVQ AX, 48(SP)
	LEAQ 24(SP), AX
	MOVQ AX, 56(SP)
	MOVQ $0, 64(SP)
	MOVQ 8(BX), DI            // method bind
	MOVQ 16(BX), SI           // object
	LEAQ 32(SP), DX           // argv
	LEAQ 64(SP), CX           // result
	MOVQ 0(BX), R10
	XORL AX, AX
	CALL R10
	CALL _cgo_topofstack(SB)  // AX = goroutine stack top, maybe moved
	SUBQ R12, AX              // AX = frame at its current place
	MOVQ 64(SP), BX
	MOVQ BX, 56(AX)
	ADDQ $80, SP
	POPQ R12
	POPQ BX
	POPQ BP
	XORL AX, AX
	RET

// variantCallTrampoline(frame *variantCallFrame) runs on the system stack with the C ABI
// (runtime.cgocall). It copies the Variant frame.v to this C stack and calls, when frame.direct is
// 0, frame.fn(frame.base, argv, &ret, 1) (a builtin method: argv points at the Variant, ret is a
// zeroed word of this C stack), else ret = frame.fn(frame.base, &v, frame.direct) (an interface function taking
// a Variant's address); it stores ret in frame.ret, found again after the call by its depth below
// the goroutine's stack top (as wordCallTrampoline). Nothing the engine sees is Go memory or
// outlives the call.
//
// Frame offsets: fn 0, base 8, v 16..32, direct 40, ret 48.
// C stack: the Variant 0..16(SP), argv 24(SP), ret 32(SP), direct 40(SP); 48 bytes keep SP
// 16-byte aligned. direct is read from the C stack after the call: the frame may have moved.
GLOBL ·variantCallTrampolineABI0(SB), NOPTR, $8
DATA ·variantCallTrampolineABI0(SB)/8, $variantCallTrampoline(SB)
TEXT variantCallTrampoline(SB), NOSPLIT|NOFRAME, $0
	PUSHQ BP
	MOVQ SP, BP
	PUSHQ BX
	PUSHQ R12
	SUBQ $48, SP
	MOVQ DI, BX               // BX = frame (callee-saved)
	CALL _cgo_topofstack(SB)  // AX = goroutine stack top
	SUBQ BX, AX
	MOVQ AX, R12              // R12 = depth of the frame below the stack top (callee-saved)
	MOVQ 16(BX), AX
	MOVQ AX, 0(SP)
	MOVQ 24(BX), AX
	MOVQ AX, 8(SP)
	MOVQ 32(BX), AX
	MOVQ AX, 16(SP)
	LEAQ 0(SP), AX
	MOVQ AX, 24(SP)
	MOVQ $0, 32(SP)
	MOVQ 40(BX), AX
	MOVQ AX, 40(SP)
	MOVQ 8(BX), DI            // base
	LEAQ 24(SP), SI           // argv
	LEAQ 32(SP), DX           // result
	MOVL $1, CX               // argument count
	CMPQ AX, $0
	JEQ vcall
	LEAQ 0(SP), SI            // direct: the Variant's address
	MOVQ AX, DX               // direct: its third argument
vcall:
	MOVQ 0(BX), R10
	XORL AX, AX
	CALL R10
	CMPQ 40(SP), $0
	JEQ vdone
	MOVQ AX, 32(SP)           // direct: fn's result
vdone:
	CALL _cgo_topofstack(SB)  // AX = goroutine stack top, maybe moved
	SUBQ R12, AX              // AX = frame at its current place
	MOVQ 32(SP), BX
	MOVQ BX, 48(AX)
	ADDQ $48, SP
	POPQ R12
	POPQ BX
	POPQ BP
	XORL AX, AX
	RET
