#include "textflag.h"

// faultHandler(sig int, info *siginfo, ctx *ucontext) is a C-ABI SIGSEGV handler. See
// faultreport_linux_amd64.go. It touches only static data and makes raw system calls.
GLOBL ·faultHandlerABI0(SB), NOPTR, $8
DATA ·faultHandlerABI0(SB)/8, $faultHandler(SB)
GLOBL ·faultRestorerABI0(SB), NOPTR, $8
DATA ·faultRestorerABI0(SB)/8, $faultRestorer(SB)

#define ENTRIES 8192
#define MSGSIZE 160

TEXT faultHandler(SB), NOSPLIT|NOFRAME, $0
	MOVQ 16(SI), AX                 // info->si_addr
	LEAQ ·faultTable(SB), R8
	XORQ R9, R9
loop:
	CMPQ R9, $ENTRIES
	JGE restore
	MOVQ 0(R8), R10                 // base
	CMPQ AX, R10
	JB next
	MOVQ 8(R8), R11                 // end
	CMPQ AX, R11
	JAE next
	MOVQ 16(R8), R10                // owner kind
	LEAQ ·faultMsgLens(SB), R11
	MOVQ (R11)(R10*8), DX           // length
	IMULQ $MSGSIZE, R10
	LEAQ ·faultMsgs(SB), SI
	ADDQ R10, SI                    // message
	MOVQ $2, DI                     // stderr
	MOVQ $1, AX                     // SYS_write
	SYSCALL
	JMP restore
next:
	ADDQ $24, R8
	INCQ R9
	JMP loop
restore:
	MOVQ $11, DI                    // SIGSEGV
	LEAQ ·oldSegvAction(SB), SI
	XORQ DX, DX
	MOVQ $8, R10
	MOVQ $13, AX                    // SYS_rt_sigaction
	SYSCALL
	RET                             // the access faults again, into the previous handler

TEXT faultRestorer(SB), NOSPLIT|NOFRAME, $0
	MOVQ $15, AX                    // SYS_rt_sigreturn
	SYSCALL
	INT $3
