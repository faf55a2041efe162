#include "textflag.h"

// The crash dispatchers (crash_linux.go) for arm64: C-ABI signal handlers, (sig int, info
// *siginfo, ctx *ucontext) in R0, R1, R2. They read static data, make raw system calls and end in
// a tail jump that keeps R0, R1, R2 and the return address (R30, the signal trampoline) as the
// kernel left them.
GLOBL ·crashDispatchABI0(SB), NOPTR, $8
DATA ·crashDispatchABI0(SB)/8, $crashDispatch(SB)
GLOBL ·abortDispatchABI0(SB), NOPTR, $8
DATA ·abortDispatchABI0(SB)/8, $abortDispatch(SB)

// The interrupted instruction: ctx->uc_mcontext.pc (uc_flags, uc_link, uc_stack, uc_sigmask and
// padding take 176 bytes, then fault_address, 31 registers and sp before pc).
#define CTX_PC 440

// SIGSEGV, SIGFPE: a fault in this library's code goes to Go's handler, any other to the engine's.
TEXT crashDispatch(SB), NOSPLIT|NOFRAME, $0
	MOVD CTX_PC(R2), R9
	MOVD $·libTextStart(SB), R10
	MOVD (R10), R10
	CMP R10, R9
	BLO engine
	MOVD $·libTextEnd(SB), R10
	MOVD (R10), R10
	CMP R10, R9
	BHS engine
	MOVD $·goSignalHandler(SB), R10
	MOVD (R10), R10
	JMP (R10)
engine:
	MOVD $·engineCrashHandler(SB), R10
	MOVD (R10), R10
	JMP (R10)

// SIGABRT (installed with SA_RESETHAND, so the default action is back): raised in this library's
// code (Go's fatal error) it goes to the engine's crash handler; raised anywhere else it is raised
// again on this thread, blocked until this handler returns, then delivered with the default action.
TEXT abortDispatch(SB), NOSPLIT|NOFRAME, $0
	MOVD CTX_PC(R2), R9
	MOVD $·libTextStart(SB), R10
	MOVD (R10), R10
	CMP R10, R9
	BLO again
	MOVD $·libTextEnd(SB), R10
	MOVD (R10), R10
	CMP R10, R9
	BHS again
	MOVD $·engineCrashHandler(SB), R10
	MOVD (R10), R10
	JMP (R10)
again:
	MOVD $172, R8                   // SYS_getpid
	SVC
	MOVD R0, R11
	MOVD $178, R8                   // SYS_gettid
	SVC
	MOVD R0, R1
	MOVD R11, R0
	MOVD $6, R2                     // SIGABRT
	MOVD $131, R8                   // SYS_tgkill
	SVC
	RET
