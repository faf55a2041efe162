//go:build linux && amd64

#include "textflag.h"

// func lightCall4(fn, a, b, c, d uintptr) uintptr
//
// A 64 KiB frame (not NOSPLIT): the prologue grows the goroutine stack until the frame fits, so the
// C function gets the frame as its stack. SP is moved to the top of the frame, 16-byte aligned, for
// the call, and restored from R12 (callee-saved in the C ABI) after it. As an ABI0 function, its
// wrapper restores the Go ABI's g register (R14, callee-saved in C anyway) and X15 on return.
TEXT ·lightCall4(SB), 0, $65536-48
	MOVQ fn+0(FP), AX
	MOVQ a+8(FP), DI
	MOVQ b+16(FP), SI
	MOVQ c+24(FP), DX
	MOVQ d+32(FP), CX
	MOVQ SP, R12
	LEAQ 65536-64(SP), SP
	ANDQ $~15, SP
	CALL AX
	MOVQ R12, SP
	MOVQ AX, ret+40(FP)
	RET
