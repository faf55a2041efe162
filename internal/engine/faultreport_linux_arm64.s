#include "textflag.h"

// faultHandler(sig int, info *siginfo, ctx *ucontext) is a C-ABI SIGSEGV handler for arm64. See
// faultreport_linux.go. It touches only static data and makes raw system calls (which keep every
// register but R0), and keeps R0, R1, R2 (the signal, info and context) and R30 (the return
// address) intact for the handler it forwards to.
GLOBL ·faultHandlerABI0(SB), NOPTR, $8
DATA ·faultHandlerABI0(SB)/8, $faultHandler(SB)
GLOBL ·faultRestorerABI0(SB), NOPTR, $8
DATA ·faultRestorerABI0(SB)/8, $faultRestorer(SB)

#define MSGSIZE 160
#define KINDS 6

TEXT faultHandler(SB), NOSPLIT|NOFRAME, $0
	MOVD 16(R1), R9                 // info->si_addr
	MOVD $·guardRegionBase(SB), R10
	MOVD (R10), R10
	CBZ R10, forward
	CMP R10, R9
	BLO forward
	MOVD $·guardRegionEnd(SB), R11
	MOVD (R11), R11
	CMP R11, R9
	BHS forward
	SUB R10, R9, R9
	LSR $12, R9, R9                 // page index (4 KiB pages)
	MOVD $·guardPageTable(SB), R10
	MOVD (R10), R10
	ADD R9, R10, R10
	MOVBU (R10), R12                // state | kind
	AND $15, R12, R13               // R13 = owner kind
	AND $0xf0, R12, R12
	MOVD $0, R14                    // R14 = message set: 0 freed
	CMP $0x30, R12
	BEQ report
	MOVD $1, R14                    // 1 guard page
	CMP $0x20, R12
	BEQ report
	B forward
report:
	MOVD R0, R5
	MOVD R1, R6
	MOVD R2, R7
	MOVD $KINDS, R15
	MUL R15, R14, R14
	ADD R13, R14, R14               // R14 = set*KINDS + kind
	MOVD $·faultMsgLens(SB), R15
	LSL $3, R14, R12
	ADD R12, R15, R15
	MOVD (R15), R2                  // length
	MOVD $MSGSIZE, R15
	MUL R15, R14, R14
	MOVD $·faultMsgs(SB), R1
	ADD R14, R1, R1                 // message
	MOVD $2, R0                     // stderr
	MOVD $64, R8                    // SYS_write
	SVC
	MOVD R5, R0
	MOVD R6, R1
	MOVD R7, R2
forward:
	MOVD $·oldSegvAction(SB), R10
	MOVD (R10), R10                 // the previous handler
	CMP $1, R10
	BLS restore                     // SIG_DFL or SIG_IGN: put it back and fault again
	JMP (R10)                       // tail call with the same arguments and return address
restore:
	MOVD $11, R0                    // SIGSEGV
	MOVD $·oldSegvAction(SB), R1
	MOVD $0, R2
	MOVD $8, R3
	MOVD $134, R8                   // SYS_rt_sigaction
	SVC
	RET

// faultRestorer is rt_sigreturn in the instructions the C library's unwinder recognizes as a
// signal frame (mov x8, #139; svc #0).
TEXT faultRestorer(SB), NOSPLIT|NOFRAME, $0
	MOVD $139, R8                   // SYS_rt_sigreturn
	SVC
	BRK
