// clone() of a network response: both bodies read in full, in either order
const { start } = require('./_server');
start((req, res) => res.send(200, {}, 'cloned body')).then(async (s) => {
  const r = await fetch(s.url);
  const c = r.clone();
  console.log(await c.text(), await r.text(), r.bodyUsed, c.bodyUsed);
  s.close();
});
