// AbortSignal.timeout argument validation.
for (const v of [-1, 1.5, 'x', 2 ** 32, undefined, NaN]) {
  try { AbortSignal.timeout(v); console.log(v, 'ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
