/* Wine 8.0 (Debian 12) lacks bcryptprimitives.dll, whose ProcessPrng the Go runtime (1.22+)
   needs at start-up. This stand-in forwards to RtlGenRandom, which Wine has. Test use only. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
