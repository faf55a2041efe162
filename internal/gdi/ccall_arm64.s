//go:build linux && arm64 && cgo && !gdpure_purego

#include "textflag.h"

// The AAPCS64 (arm64 procedure call standard) twins of ccall_amd64.s. Integer arguments travel in
// R0–R7 and the result in R0; R19–R28, R29 (frame pointer) and R30 (link register) are the
// callee's to preserve. Go's assembler may use R27 (REGTMP) as a scratch register, so code here
// that C calls saves it.

// ccallTrampoline(frame *ccallFrame) runs on the system stack with the C ABI (runtime.cgocall,
// frame in R0). It calls frame.fn(frame.a1 … frame.a7) and stores the result in frame.ret. frame
// is on the goroutine stack, which a callback into Go during the call may move: the frame's depth
// below the goroutine's stack top is taken before the call, and the frame is found again from that
// depth after it (cgo's _cgo_topofstack method).
//
// Frame offsets: fn 0, a1..a7 8..56, ret 64.
GLOBL ·ccallTrampolineABI0(SB), NOPTR, $8
DATA ·ccallTrampolineABI0(SB)/8, $ccallTrampoline(SB)
TEXT ccallTrampoline(SB), NOSPLIT|NOFRAME, $0
	STP.W (R29, R30), -32(RSP) // frame record; RSP stays 16-byte aligned
	MOVD RSP, R29
	STP (R19, R20), 16(RSP)
	MOVD R0, R19               // R19 = frame (callee-saved)
	BL _cgo_topofstack(SB)     // R0 = goroutine stack top
	SUB R19, R0, R20           // R20 = depth of the frame below the stack top (callee-saved)
	MOVD 0(R19), R9
	MOVD 8(R19), R0
	MOVD 16(R19), R1
	MOVD 24(R19), R2
	MOVD 32(R19), R3
	MOVD 40(R19), R4
	MOVD 48(R19), R5
	MOVD 56(R19), R6
	BL (R9)
	MOVD R0, R19               // R19 = result
	BL _cgo_topofstack(SB)     // R0 = goroutine stack top, maybe moved
	SUB R20, R0, R0            // R0 = frame at its current place
	MOVD R19, 64(R0)
	LDP 16(RSP), (R19, R20)
	LDP.P 32(RSP), (R29, R30)
	MOVD ZR, R0                // what runtime.cgocall returns
	RET

// callbackCommon is entered from a callback type's entry with R9 = the type's index and the C
// arguments in R0–R5. It builds a callbackFrame on this C stack, enters Go through crosscall2
// (which saves the C callee-saved registers and switches to a goroutine, creating one for a thread
// Go did not start), and returns the frame's result.
//
// Stack: R29 and R30 at 0 and 8, R27 at 16; the frame at 32: kind 32, args 40..80, ret 88.
TEXT callbackCommon(SB), NOSPLIT|NOFRAME, $0
	SUB $96, RSP
	STP (R29, R30), 0(RSP)
	MOVD RSP, R29
	MOVD R27, 16(RSP)
	MOVD R9, 32(RSP)
	STP (R0, R1), 40(RSP)
	STP (R2, R3), 56(RSP)
	STP (R4, R5), 72(RSP)
	MOVD ZR, 88(RSP)
	MOVD $·callbackDispatchFunc(SB), R0 // the func value's address ...
	MOVD (R0), R0                       // ... the func value ...
	MOVD (R0), R0                       // ... its ABIInternal entry
	ADD $32, RSP, R1                    // the frame
	MOVD ZR, R2
	MOVD ZR, R3                         // no context
	BL crosscall2(SB)
	MOVD 88(RSP), R0
	MOVD 16(RSP), R27
	LDP 0(RSP), (R29, R30)
	ADD $96, RSP
	RET
