//go:build cgo && !gdpure_purego

#include "textflag.h"

// The Win64 versions of ccall_amd64.s's trampolines. Win64 passes the first four integer
// arguments in CX, DX, R8, R9 and the rest on the stack above a 32-byte shadow space the caller
// reserves; BX, BP, DI, SI, R12-R15 and X6-X15 are callee-saved. Unlike the System V versions,
// these have Go frames (the assembler's frame-pointer prologue), so the linker gives them the
// unwind data Windows needs to walk a stack through them, as when the engine raises an exception
// in a call made from here.

// ccallTrampoline(frame *ccallFrame) runs on the system stack with the C ABI (runtime.cgocall;
// the frame arrives in CX). It calls frame.fn(frame.a1 … frame.a7) and stores the result in
// frame.ret, found again after the call by its depth below the goroutine's stack top, as on
// System V.
//
// Frame offsets: fn 0, a1..a7 8..56, ret 64.
// This stack: shadow space 0..24(SP), a5..a7 32..48(SP), saved BX 56(SP), saved R12 64(SP); with
// the return address and the saved BP, 96 bytes keep SP 16-byte aligned at the call.
GLOBL ·ccallTrampolineABI0(SB), NOPTR, $8
DATA ·ccallTrampolineABI0(SB)/8, $ccallTrampoline(SB)
TEXT ccallTrampoline(SB), NOSPLIT, $80
	MOVQ BX, 56(SP)
	MOVQ R12, 64(SP)
	MOVQ CX, BX               // BX = frame (callee-saved)
	CALL _cgo_topofstack(SB)  // AX = goroutine stack top
	SUBQ BX, AX
	MOVQ AX, R12              // R12 = depth of the frame below the stack top (callee-saved)
	MOVQ 40(BX), AX
	MOVQ AX, 32(SP)           // a5..a7 on the stack, above the shadow space
	MOVQ 48(BX), AX
	MOVQ AX, 40(SP)
	MOVQ 56(BX), AX
	MOVQ AX, 48(SP)
	MOVQ 8(BX), CX
	MOVQ 16(BX), DX
	MOVQ 24(BX), R8
	MOVQ 32(BX), R9
	MOVQ 0(BX), R10
	CALL R10
	MOVQ AX, BX               // BX = result
	CALL _cgo_topofstack(SB)  // AX = goroutine stack top, maybe moved
	SUBQ R12, AX              // AX = frame at its current place
	MOVQ BX, 64(AX)
	MOVQ 56(SP), BX
	MOVQ 64(SP), R12
	XORL AX, AX
	RET

// callbackCommon is entered from a callback type's entry (zcallbacks_amd64.s) with AX = the
// type's index, the first four C arguments in CX, DX, R8, R9 and the fifth and sixth on the
// caller's stack, above its shadow space. It builds a callbackFrame on this C stack, enters Go
// through crosscall2 (which saves the C callee-saved registers and switches to a goroutine,
// creating one for a thread Go did not start), and returns the frame's result.
//
// This stack: crosscall2's shadow space 0..24(SP), the callbackFrame at 32(SP) (kind 32, args
// 40..80, ret 88); with the return address and the saved BP, 112 bytes keep SP 16-byte aligned
// at the call. The caller's fifth and sixth arguments are at a5+32(FP) and a6+40(FP) (FP is the
// caller's SP after the return address, where its shadow space starts).
TEXT callbackCommon(SB), NOSPLIT, $96
	MOVQ AX, 32(SP)
	MOVQ CX, 40(SP)
	MOVQ DX, 48(SP)
	MOVQ R8, 56(SP)
	MOVQ R9, 64(SP)
	MOVQ a5+32(FP), AX
	MOVQ AX, 72(SP)
	MOVQ a6+40(FP), AX
	MOVQ AX, 80(SP)
	MOVQ $0, 88(SP)
	MOVQ ·callbackDispatchFunc(SB), CX // the func value ...
	MOVQ (CX), CX                      // ... its ABIInternal entry
	LEAQ 32(SP), DX                    // the frame
	MOVQ $0, R8
	MOVQ $0, R9                        // no context
	CALL crosscall2(SB)
	MOVQ 88(SP), AX
	RET
