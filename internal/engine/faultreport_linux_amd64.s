#include "textflag.h"

// faultHandler(sig int, info *siginfo, ctx *ucontext) is a C-ABI SIGSEGV handler. See
// faultreport_linux_amd64.go. It touches only static data and makes raw system calls, and keeps
// DI, SI and DX (the signal, info and context) intact for the handler it forwards to.
GLOBL ·faultHandlerABI0(SB), NOPTR, $8
DATA ·faultHandlerABI0(SB)/8, $faultHandler(SB)
GLOBL ·faultRestorerABI0(SB), NOPTR, $8
DATA ·faultRestorerABI0(SB)/8, $faultRestorer(SB)

#define MSGSIZE 160
#define KINDS 6

TEXT faultHandler(SB), NOSPLIT|NOFRAME, $0
	MOVQ 16(SI), AX                 // info->si_addr
	MOVQ ·guardRegionBase(SB), R8
	TESTQ R8, R8
	JZ forward
	CMPQ AX, R8
	JB forward
	CMPQ AX, ·guardRegionEnd(SB)
	JAE forward
	SUBQ R8, AX
	SHRQ $12, AX                    // page index (4 KiB pages)
	MOVQ ·guardPageTable(SB), R9
	MOVBQZX (R9)(AX*1), R10         // state | kind
	MOVQ R10, R11
	ANDQ $15, R11                   // R11 = owner kind
	ANDQ $0xf0, R10
	XORQ R9, R9                     // R9 = message set: 0 freed
	CMPQ R10, $0x30
	JEQ report
	MOVQ $1, R9                     // 1 guard page
	CMPQ R10, $0x20
	JEQ report
	JMP forward
report:
	PUSHQ DI
	PUSHQ SI
	PUSHQ DX
	MOVQ R9, R10
	IMULQ $KINDS, R10
	ADDQ R11, R10                   // R10 = set*KINDS + kind
	LEAQ ·faultMsgLens(SB), R8
	MOVQ (R8)(R10*8), DX            // length
	IMULQ $MSGSIZE, R10
	LEAQ ·faultMsgs(SB), SI
	ADDQ R10, SI                    // message
	MOVQ $2, DI                     // stderr
	MOVQ $1, AX                     // SYS_write
	SYSCALL
	POPQ DX
	POPQ SI
	POPQ DI
forward:
	MOVQ ·oldSegvAction(SB), R10    // the previous handler
	CMPQ R10, $1
	JLS restore                     // SIG_DFL or SIG_IGN: put it back and fault again
	JMP R10                         // tail call with the same arguments and return address
restore:
	MOVQ $11, DI                    // SIGSEGV
	LEAQ ·oldSegvAction(SB), SI
	XORQ DX, DX
	MOVQ $8, R10
	MOVQ $13, AX                    // SYS_rt_sigaction
	SYSCALL
	RET

TEXT faultRestorer(SB), NOSPLIT|NOFRAME, $0
	MOVQ $15, AX                    // SYS_rt_sigreturn
	SYSCALL
	INT $3
