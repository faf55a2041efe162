#include "textflag.h"

// func Hidden(x *any) any: the two words of *x.
TEXT ·Hidden(SB), NOSPLIT, $0-24
	MOVD x+0(FP), R0
	MOVD 0(R0), R1
	MOVD 8(R0), R2
	MOVD R1, ret_type+8(FP)
	MOVD R2, ret_data+16(FP)
	RET
