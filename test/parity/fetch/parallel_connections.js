// two requests in flight at once use two connections; later ones reuse them
const { start } = require('./_server');
const held = [];
start((req, res) => {
  if (req.target.startsWith('/hold')) { held.push(res); if (held.length === 2) held.forEach((r, i) => r.send(200, {}, 'held' + i)); return; }
  res.send(200, {}, 'quick');
}).then(async (s) => {
  const both = await Promise.all([fetch(s.url + '/hold1').then((r) => r.text()), fetch(s.url + '/hold2').then((r) => r.text())]);
  console.log(both.sort(), s.connections());
  console.log(await (await fetch(s.url + '/q')).text());
  s.close();
});
