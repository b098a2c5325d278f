// AbortSignal: already aborted, aborted while waiting, custom reasons, abort during body read
const { start } = require('./_server');
let pending;
start((req, res) => {
  if (req.target === '/hang') { pending = res; return; }
  if (req.target === '/slowbody') { res.raw('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n01234'); return; }
  res.send(200, {}, 'ok');
}).then(async (s) => {
  const ac = new AbortController(); ac.abort();
  try { await fetch(s.url, { signal: ac.signal }); } catch (e) { console.log(1, e); }
  try { await fetch(s.url, { signal: AbortSignal.abort(new Error('mine')) }); } catch (e) { console.log(2, e); }
  const ac3 = new AbortController();
  const p = fetch(s.url + '/hang', { signal: ac3.signal });
  setTimeout(() => ac3.abort(), 50);
  try { await p; } catch (e) { console.log(3, e.name, e.message); }
  const ac4 = new AbortController();
  const r = await fetch(s.url + '/slowbody', { signal: ac4.signal });
  const t = r.text();
  ac4.abort('stop');
  try { await t; } catch (e) { console.log(4, e); }
  s.close();
});
