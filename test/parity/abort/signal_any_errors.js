// AbortSignal.any argument errors.
for (const v of [1, null, [1], [AbortSignal.abort(), {}], 'str']) {
  try { AbortSignal.any(v); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
