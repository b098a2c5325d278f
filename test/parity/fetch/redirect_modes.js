// redirect: 'manual' gives the 3xx response, 'error' fails, a loop stops after 20
const { start } = require('./_server');
let hops = 0;
start((req, res) => {
  if (req.target === '/loop') { hops++; return res.send(302, { Location: '/loop' }); }
  if (req.target === '/ftp') return res.send(302, { Location: 'ftp://x/' });
  res.send(301, { Location: '/elsewhere' }, 'moved');
}).then(async (s) => {
  const r = await fetch(s.url + '/m', { redirect: 'manual' });
  console.log(r.status, r.type, r.redirected, r.headers.get('location'), await r.text());
  try { await fetch(s.url + '/m', { redirect: 'error' }); } catch (e) { console.log(e, e.cause.message); }
  try { await fetch(s.url + '/loop'); } catch (e) { console.log(e.message, e.cause.message, hops); }
  try { await fetch(s.url + '/ftp'); } catch (e) { console.log(e.message, e.cause.message); }
  s.close();
});
