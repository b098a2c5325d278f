// Content-Length: 0 gives an empty (non-null) body
const { start } = require('./_server');
start((req, res) => res.send(200, {}, '')).then(async (s) => {
  const r = await fetch(s.url);
  console.log(r.body !== null, JSON.stringify(await r.text()));
  const r2 = await fetch(s.url);
  const chunks = [];
  for await (const c of r2.body) chunks.push(c);
  console.log(chunks.length);
  s.close();
});
