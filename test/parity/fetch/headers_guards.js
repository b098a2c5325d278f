// header guards: request headers are mutable, fetched response headers immutable
const { start } = require('./_server');
start((req, res) => res.send(200, { 'X-A': '1' }, 'ok')).then(async (s) => {
  const req = new Request(s.url, { headers: { a: '1' } });
  req.headers.set('b', '2');
  console.log([...req.headers]);
  const r = await fetch(s.url);
  for (const f of [() => r.headers.set('x', 'y'), () => r.headers.append('x', 'y'), () => r.headers.delete('x-a')]) {
    try { f(); } catch (e) { console.log(e.name, e.message); }
  }
  const c = r.clone();
  try { c.headers.set('x', 'y'); } catch (e) { console.log('clone', e.message); }
  const own = new Response('x', { headers: r.headers });
  own.headers.set('x', 'y');
  console.log([...own.headers]);
  await r.text(); await c.text();
  s.close();
});
