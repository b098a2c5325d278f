// AbortSignal.timeout: the fetch rejects with a TimeoutError DOMException
const { start } = require('./_server');
start(() => {}).then(async (s) => {
  try { await fetch(s.url, { signal: AbortSignal.timeout(30) }); } catch (e) { console.log(e); console.log(e.name, e.code); }
  s.close();
});
