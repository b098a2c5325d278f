// a redirect to another origin drops authorization and cookie headers, keeps the rest
const { start } = require('./_server');
(async () => {
  const b = await start((req, res) => {
    console.log('B', req.get('authorization') || '-', req.get('cookie') || '-', req.get('x-keep') || '-');
    res.send(200, {}, 'from B');
  });
  const a = await start((req, res) => {
    console.log('A', req.get('authorization') || '-', req.get('cookie') || '-');
    if (req.target === '/same') return res.send(302, { Location: '/end' });
    if (req.target === '/end') return res.send(200, {}, 'from A');
    res.send(307, { Location: b.url + '/x' });
  });
  const h = { authorization: 'Bearer t', cookie: 'c=1', 'x-keep': 'k' };
  console.log(await (await fetch(a.url + '/go', { headers: h })).text());
  console.log(await (await fetch(a.url + '/same', { headers: h })).text());
  a.close(); b.close();
})();
