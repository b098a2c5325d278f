package buffer

import "github.com/dop251/goja"

// Bytes is the memory behind an ArrayBuffer or a typed array, shared with it (not copied), for
// other builtins that hash, fill or compare bytes in Go; nil for anything else (DataViews
// included: the caller's glue turns them into Uint8Arrays first).
func Bytes(v goja.Value) []byte { return viewBytes(v) }
