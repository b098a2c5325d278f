// POST JSON and read the JSON answer
const { start } = require('./_server');
start((req, res) => {
  const data = JSON.parse(req.body);
  res.send(200, { 'Content-Type': 'application/json' }, JSON.stringify({ got: data, type: req.get('content-type') }));
}).then(async (s) => {
  const r = await fetch(s.url, { method: 'POST', body: JSON.stringify({ n: 1, s: 'é' }), headers: { 'Content-Type': 'application/json' } });
  console.log(await r.json());
  s.close();
});
