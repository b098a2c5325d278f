// sequential fetches reuse one keep-alive connection; Connection: close forces a new one
const { start } = require('./_server');
start((req, res) => {
  if (req.target === '/close') return res.send(200, { Connection: 'close' }, 'bye');
  res.send(200, {}, req.target);
}).then(async (s) => {
  for (let i = 0; i < 5; i++) console.log(await (await fetch(s.url + '/n' + i)).text());
  console.log('reused', s.connections() < 5);
  console.log(await (await fetch(s.url + '/close')).text());
  await new Promise((r) => setTimeout(r, 20));
  console.log(await (await fetch(s.url + '/after')).text());
  s.close();
});
