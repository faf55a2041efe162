//go:build cgo && !gdpure_purego

#include "textflag.h"

// The Win64 versions of wordcall_amd64.s's trampolines (the convention: ccall_windows_amd64.s).
// Each receives its frame in CX from runtime.cgocall and has a Go frame, so the linker gives it
// Windows unwind data.

// wordCallTrampoline(frame *wordCallFrame): frame.fn(frame.method, frame.obj, argv, &ret), where
// argv points at four words of this C stack holding frame.w0..w3 and ret is a zeroed word of this
// C stack; it stores ret in frame.ret, found again after the call by its depth below the
// goroutine's stack top. See wordcall_amd64.s.
//
// Frame offsets: fn 0, method 8, obj 16, w0..w3 24..48, ret 56.
// This stack: shadow space 0..24(SP), words 32..56(SP), argv 64..88(SP), ret 96(SP), saved BX
// 104(SP), saved R12 112(SP); with the return address and the saved BP, 144 bytes keep SP 16-byte
// aligned at the call.
GLOBL ·wordCallTrampolineABI0(SB), NOPTR, $8
DATA ·wordCallTrampolineABI0(SB)/8, $wordCallTrampoline(SB)
TEXT wordCallTrampoline(SB), NOSPLIT, $128
	MOVQ BX, 104(SP)
	MOVQ R12, 112(SP)
	MOVQ CX, BX               // BX = frame (callee-saved)
	CALL _cgo_topofstack(SB)  // AX = goroutine stack top
	SUBQ BX, AX
	MOVQ AX, R12              // R12 = depth of the frame below the stack top (callee-saved)
	MOVQ 24(BX), AX
	MOVQ AX, 32(SP)
	MOVQ 32(BX), AX
	MOVQ AX, 40(SP)
	MOVQ 40(BX), AX
	MOVQ AX, 48(SP)
	MOVQ 48(BX), AX
	MOVQ AX, 56(SP)
	LEAQ 32(SP), AX
	MOVQ AX, 64(SP)
	LEAQ 40(SP), AX
	MOVQ AX, 72(SP)
	LEAQ 48(SP), AX
	MOVQ AX, 80(SP)
	LEAQ 56(SP), AX
	MOVQ AX, 88(SP)
	MOVQ $0, 96(SP)
	MOVQ 8(BX), CX            // method bind
	MOVQ 16(BX), DX           // object
	LEAQ 64(SP), R8           // argv
	LEAQ 96(SP), R9           // result
	MOVQ 0(BX), R10
	CALL R10
	CALL _cgo_topofstack(SB)  // AX = goroutine stack top, maybe moved
	SUBQ R12, AX              // AX = frame at its current place
	MOVQ 96(SP), BX
	MOVQ BX, 56(AX)
	MOVQ 104(SP), BX
	MOVQ 112(SP), R12
	XORL AX, AX
	RET

// variantCallTrampoline(frame *variantCallFrame): with frame.direct 0, frame.fn(frame.base, argv,
// &ret, 1) (a builtin method: argv points at a copy of the Variant frame.v on this C stack, ret is
// a zeroed word of this C stack), else ret = frame.fn(frame.base, &v, frame.direct); it stores ret in
// frame.ret, found again after the call. See wordcall_amd64.s.
//
// Frame offsets: fn 0, base 8, v 16..32, direct 40, ret 48.
// This stack: shadow space 0..24(SP), the Variant 32..48(SP), argv 56(SP), ret 64(SP), direct
// 72(SP), saved BX 80(SP), saved R12 88(SP); with the return address and the saved BP, 112 bytes
// keep SP 16-byte aligned at the call. direct is read from this stack after the call: the frame
// may have moved.
GLOBL ·variantCallTrampolineABI0(SB), NOPTR, $8
DATA ·variantCallTrampolineABI0(SB)/8, $variantCallTrampoline(SB)
TEXT variantCallTrampoline(SB), NOSPLIT, $96
	MOVQ BX, 80(SP)
	MOVQ R12, 88(SP)
	MOVQ CX, BX               // BX = frame (callee-saved)
	CALL _cgo_topofstack(SB)  // AX = goroutine stack top
	SUBQ BX, AX
	MOVQ AX, R12              // R12 = depth of the frame below the stack top (callee-saved)
	MOVQ 16(BX), AX
	MOVQ AX, 32(SP)
	MOVQ 24(BX), AX
	MOVQ AX, 40(SP)
	MOVQ 32(BX), AX
	MOVQ AX, 48(SP)
	LEAQ 32(SP), AX
	MOVQ AX, 56(SP)
	MOVQ $0, 64(SP)
	MOVQ 40(BX), AX
	MOVQ AX, 72(SP)
	MOVQ 8(BX), CX            // base
	LEAQ 56(SP), DX           // argv
	LEAQ 64(SP), R8           // result
	MOVL $1, R9               // argument count
	CMPQ AX, $0
	JEQ vcall
	LEAQ 32(SP), DX           // direct: the Variant's address
	MOVQ AX, R8               // direct: its third argument
vcall:
	MOVQ 0(BX), R10
	CALL R10
	CMPQ 72(SP), $0
	JEQ vdone
	MOVQ AX, 64(SP)           // direct: fn's result
vdone:
	CALL _cgo_topofstack(SB)  // AX = goroutine stack top, maybe moved
	SUBQ R12, AX              // AX = frame at its current place
	MOVQ 64(SP), BX
	MOVQ BX, 48(AX)
	MOVQ 80(SP), BX
	MOVQ 88(SP), R12
	XORL AX, AX
	RET
