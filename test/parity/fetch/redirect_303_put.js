// 303 turns PUT into GET and drops the body headers; 307 keeps PUT and its body
const { start } = require('./_server');
start((req, res) => {
  console.log(req.method, req.target, req.get('content-type') || '-', req.get('content-length') || '-', JSON.stringify(req.body.toString()));
  if (req.target === '/303') return res.send(303, { Location: '/end' });
  if (req.target === '/307') return res.send(307, { Location: '/end' });
  res.send(200, {}, 'end');
}).then(async (s) => {
  await (await fetch(s.url + '/303', { method: 'PUT', body: 'x=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).text();
  await (await fetch(s.url + '/307', { method: 'PUT', body: 'y=2' })).text();
  s.close();
});
