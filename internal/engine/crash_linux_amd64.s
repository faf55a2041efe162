#include "textflag.h"

// The crash dispatchers (crash_linux_amd64.go): C-ABI signal handlers, (sig int, info *siginfo,
// ctx *ucontext) in DI, SI, DX. They read static data, make raw system calls and end in a tail
// jump that keeps DI, SI, DX and the return address (the restorer) as the kernel left them.
GLOBL ·crashDispatchABI0(SB), NOPTR, $8
DATA ·crashDispatchABI0(SB)/8, $crashDispatch(SB)
GLOBL ·abortDispatchABI0(SB), NOPTR, $8
DATA ·abortDispatchABI0(SB)/8, $abortDispatch(SB)

// The interrupted instruction: ctx->uc_mcontext.gregs[REG_RIP] (uc_flags, uc_link, uc_stack take
// 40 bytes, then 16 general registers before RIP).
#define CTX_RIP 168

// SIGSEGV, SIGFPE: a fault in this library's code goes to Go's handler, any other to the engine's.
TEXT crashDispatch(SB), NOSPLIT|NOFRAME, $0
	MOVQ CTX_RIP(DX), AX
	CMPQ AX, ·libTextStart(SB)
	JB engine
	CMPQ AX, ·libTextEnd(SB)
	JAE engine
	MOVQ ·goSignalHandler(SB), R10
	JMP R10
engine:
	MOVQ ·engineCrashHandler(SB), R10
	JMP R10

// SIGABRT (installed with SA_RESETHAND, so the default action is back): raised in this library's
// code (Go's fatal error) it goes to the engine's crash handler; raised anywhere else it is raised
// again on this thread, blocked until this handler returns, then delivered with the default action.
TEXT abortDispatch(SB), NOSPLIT|NOFRAME, $0
	MOVQ CTX_RIP(DX), AX
	CMPQ AX, ·libTextStart(SB)
	JB again
	CMPQ AX, ·libTextEnd(SB)
	JAE again
	MOVQ ·engineCrashHandler(SB), R10
	JMP R10
again:
	MOVQ $39, AX                    // SYS_getpid
	SYSCALL
	MOVQ AX, R12
	MOVQ $186, AX                   // SYS_gettid
	SYSCALL
	MOVQ AX, SI
	MOVQ R12, DI
	MOVQ $6, DX                     // SIGABRT
	MOVQ $234, AX                   // SYS_tgkill
	SYSCALL
	RET
