//go:build linux && amd64 && !gdpure_purego

#include "textflag.h"

// ccallTrampoline(frame *ccallFrame) runs on the system stack with the C ABI (runtime.cgocall).
// It calls frame.fn(frame.a1 … frame.a7) and stores the result in frame.ret. frame is on the
// goroutine stack, which a callback into Go during the call may move: the frame's depth below the
// goroutine's stack top is taken before the call, and the frame is found again from that depth
// after it (cgo's _cgo_topofstack method).
//
// Frame offsets: fn 0, a1..a7 8..56, ret 64.
GLOBL ·ccallTrampolineABI0(SB), NOPTR, $8
DATA ·ccallTrampolineABI0(SB)/8, $ccallTrampoline(SB)
TEXT ccallTrampoline(SB), NOSPLIT|NOFRAME, $0
	PUSHQ BP
	MOVQ SP, BP
	PUSHQ BX
	PUSHQ R12
	SUBQ $16, SP              // room for the 7th argument; SP stays 16-byte aligned
	MOVQ DI, BX               // BX = frame (callee-saved)
	CALL _cgo_topofstack(SB)  // AX = goroutine stack top
	SUBQ BX, AX
	MOVQ AX, R12              // R12 = depth of the frame below the stack top (callee-saved)
	MOVQ 56(BX), AX
	MOVQ AX, 0(SP)            // a7 on the stack
	MOVQ 8(BX), DI
	MOVQ 16(BX), SI
	MOVQ 24(BX), DX
	MOVQ 32(BX), CX
	MOVQ 40(BX), R8
	MOVQ 48(BX), R9
	MOVQ 0(BX), R10
	XORL AX, AX               // no vector registers used (variadic convention)
	CALL R10
	MOVQ AX, BX               // BX = result
	CALL _cgo_topofstack(SB)  // AX = goroutine stack top, maybe moved
	SUBQ R12, AX              // AX = frame at its current place
	MOVQ BX, 64(AX)
	ADDQ $16, SP
	POPQ R12
	POPQ BX
	POPQ BP
	XORL AX, AX
	RET

// callbackCommon is entered from a callback type's entry with AX = the type's index and the C
// arguments in DI, SI, DX, CX, R8, R9. It builds a callbackFrame on this C stack, enters Go through
// crosscall2 (which saves the C callee-saved registers and switches to a goroutine, creating one
// for a thread Go did not start), and returns the frame's result.
//
// Frame offsets: kind 0, args 8..48, ret 56; 104 bytes keep SP 16-byte aligned at the call.
TEXT callbackCommon(SB), NOSPLIT|NOFRAME, $0
	SUBQ $104, SP
	MOVQ AX, 0(SP)
	MOVQ DI, 8(SP)
	MOVQ SI, 16(SP)
	MOVQ DX, 24(SP)
	MOVQ CX, 32(SP)
	MOVQ R8, 40(SP)
	MOVQ R9, 48(SP)
	MOVQ $0, 56(SP)
	MOVQ ·callbackDispatchFunc(SB), DI // the func value ...
	MOVQ (DI), DI                      // ... its ABIInternal entry
	MOVQ SP, SI                        // the frame
	MOVQ $0, DX
	MOVQ $0, CX                        // no context
	CALL crosscall2(SB)
	MOVQ 56(SP), AX
	ADDQ $104, SP
	RET
