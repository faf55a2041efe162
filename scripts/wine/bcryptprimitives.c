/* bcryptprimitives.dll for wine 8 (Debian 12), which lacks it: the Go runtime (1.24 and newer)
 * loads it at start-up for ProcessPrng, its source of random bytes, and dies without it. Built
 * with mingw-w64 into the test wine prefix by scripts/cross-tools.sh; test tooling, not part of
 * the binding (a Windows Godot machine has the real one). */
#include <windows.h>
#define SystemFunction036 NTAPI SystemFunction036
#include <ntsecapi.h>
#undef SystemFunction036

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) { return RtlGenRandom(data, (ULONG)len); }
