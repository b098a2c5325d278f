#!/bin/sh
# run.sh PROGRAM.exe ARGS... runs a Windows build of gnode under Wine (Debian's wine64 8.0).
# Used as PARITY_WRAPPER for the parity cases; see README.md. Needs wine64 and, once, the
# MinGW compiler (gcc-mingw-w64-x86-64) for the ProcessPrng stand-in Go 1.22+ requires.
set -e
here=$(cd "$(dirname "$0")" && pwd)
: "${WINEPREFIX:=/tmp/gnode-wine}"
export WINEPREFIX WINEDEBUG=-all
wine=$(command -v wine64 || echo /usr/lib/wine/wine64)
dll="$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"
if [ ! -f "$dll" ]; then
  "$wine" cmd /c exit >/dev/null 2>&1 || true # creates the prefix
  x86_64-w64-mingw32-gcc -shared -O2 -o "$dll" "$here/bcryptprimitives.c" -ladvapi32
fi
# keep one wineserver for a minute after the last program, not one start-up per case
"$(dirname "$wine")/wineserver" -p60 2>/dev/null || wineserver -p60 2>/dev/null || true
exec "$wine" "$@"
