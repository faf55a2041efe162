//go:build linux && amd64 && gdpure_bench_asmcgocall

#include "textflag.h"

// asmTrampoline(frame *asmFrame) runs on the system stack with the C ABI (runtime.asmcgocall):
// frame.ret = frame.fn(frame.a1, frame.a2, frame.a3, frame.a4). Offsets: fn 0, a1..a4 8..32, ret 40.
GLOBL ·asmTrampolineABI0(SB), NOPTR, $8
DATA ·asmTrampolineABI0(SB)/8, $asmTrampoline(SB)
TEXT asmTrampoline(SB), NOSPLIT|NOFRAME, $0
	PUSHQ BP
	MOVQ SP, BP
	PUSHQ BX
	SUBQ $8, SP  // SP 16-byte aligned at the call
	MOVQ DI, BX  // BX = frame (callee-saved)
	MOVQ 8(BX), DI
	MOVQ 16(BX), SI
	MOVQ 24(BX), DX
	MOVQ 32(BX), CX
	MOVQ 0(BX), AX
	CALL AX
	MOVQ AX, 40(BX)
	ADDQ $8, SP
	POPQ BX
	POPQ BP
	RET
