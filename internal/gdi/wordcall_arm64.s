//go:build linux && arm64 && cgo && !gdpure_purego

#include "textflag.h"

// wordCallTrampoline(frame *wordCallFrame): the AAPCS64 twin of wordcall_amd64.s (frame in R0).
// It calls frame.fn(frame.method, frame.obj, argv, &ret) with argv pointing at four words of this
// C stack holding frame.w0..w3 and ret a zeroed word of this C stack, and stores ret in frame.ret,
// found again after the call by its depth below the goroutine's stack top.
//
// Frame offsets: fn 0, method 8, obj 16, w0..w3 24..48, ret 56.
// C stack: R29 and R30 at 0 and 8, R19 and R20 at 16 and 24, words 32..56, argv 64..88, ret 96;
// 112 bytes keep RSP 16-byte aligned.
GLOBL ·wordCallTrampolineABI0(SB), NOPTR, $8
DATA ·wordCallTrampolineABI0(SB)/8, $wordCallTrampoline(SB)
TEXT wordCallTrampoline(SB), NOSPLIT|NOFRAME, $0
	STP.W (R29, R30), -112(RSP)
	MOVD RSP, R29
	STP (R19, R20), 16(RSP)
	MOVD R0, R19               // R19 = frame (callee-saved)
	BL _cgo_topofstack(SB)     // R0 = goroutine stack top
	SUB R19, R0, R20           // R20 = depth of the frame below the stack top (callee-saved)
	MOVD 24(R19), R0
	MOVD R0, 32(RSP)
	MOVD 32(R19), R0
	MOVD R0, 40(RSP)
	MOVD 40(R19), R0
	MOVD R0, 48(RSP)
	MOVD 48(R19), R0
	MOVD R0, 56(RSP)
	ADD $32, RSP, R0
	MOVD R0, 64(RSP)
	ADD $40, RSP, R0
	MOVD R0, 72(RSP)
	ADD $48, RSP, R0
	MOVD R0, 80(RSP)
	ADD $56, RSP, R0
	MOVD R0, 88(RSP)
	MOVD ZR, 96(RSP)
	MOVD 0(R19), R9
	MOVD 8(R19), R0            // method bind
	MOVD 16(R19), R1           // object
	ADD $64, RSP, R2           // argv
	ADD $96, RSP, R3           // result
	BL (R9)
	BL _cgo_topofstack(SB)     // R0 = goroutine stack top, maybe moved
	SUB R20, R0, R0            // R0 = frame at its current place
	MOVD 96(RSP), R1
	MOVD R1, 56(R0)
	LDP 16(RSP), (R19, R20)
	LDP.P 112(RSP), (R29, R30)
	MOVD ZR, R0                // what runtime.cgocall returns
	RET

// variantCallTrampoline(frame *variantCallFrame): the AAPCS64 twin of the one in wordcall_amd64.s
// (frame in R0). It copies the Variant frame.v to this C stack and calls, when frame.direct is 0,
// frame.fn(frame.base, argv, &ret, 1), else ret = frame.fn(frame.base, &v, frame.direct), and stores ret in
// frame.ret, found again after the call by its depth below the goroutine's stack top.
//
// Frame offsets: fn 0, base 8, v 16..32, direct 40, ret 48.
// C stack: R29 and R30 at 0 and 8, R19 and R20 at 16 and 24, the Variant 32..48, argv 56, ret 64,
// direct 72; 80 bytes keep RSP 16-byte aligned. direct is read from the C stack after the call.
GLOBL ·variantCallTrampolineABI0(SB), NOPTR, $8
DATA ·variantCallTrampolineABI0(SB)/8, $variantCallTrampoline(SB)
TEXT variantCallTrampoline(SB), NOSPLIT|NOFRAME, $0
	STP.W (R29, R30), -80(RSP)
	MOVD RSP, R29
	STP (R19, R20), 16(RSP)
	MOVD R0, R19               // R19 = frame (callee-saved)
	BL _cgo_topofstack(SB)     // R0 = goroutine stack top
	SUB R19, R0, R20           // R20 = depth of the frame below the stack top (callee-saved)
	MOVD 16(R19), R0
	MOVD R0, 32(RSP)
	MOVD 24(R19), R0
	MOVD R0, 40(RSP)
	MOVD 32(R19), R0
	MOVD R0, 48(RSP)
	ADD $32, RSP, R0
	MOVD R0, 56(RSP)
	MOVD ZR, 64(RSP)
	MOVD 40(R19), R4
	MOVD R4, 72(RSP)
	MOVD 0(R19), R9
	MOVD 8(R19), R0            // base
	ADD $56, RSP, R1           // argv
	ADD $64, RSP, R2           // result
	MOVD $1, R3                // argument count
	CBZ R4, vcall
	ADD $32, RSP, R1           // direct: the Variant's address
	MOVD R4, R2                // direct: its third argument
vcall:
	BL (R9)
	MOVD 72(RSP), R4
	CBZ R4, vdone
	MOVD R0, 64(RSP)           // direct: fn's result
vdone:
	BL _cgo_topofstack(SB)     // R0 = goroutine stack top, maybe moved
	SUB R20, R0, R0            // R0 = frame at its current place
	MOVD 64(RSP), R1
	MOVD R1, 48(R0)
	LDP 16(RSP), (R19, R20)
	LDP.P 80(RSP), (R29, R30)
	MOVD ZR, R0                // what runtime.cgocall returns
	RET
