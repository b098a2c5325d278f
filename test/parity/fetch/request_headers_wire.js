// the request head fetch puts on the wire: header order and case, defaults, content-length
const { start, stable } = require('./_server');
start((req, res) => { console.log(JSON.stringify(stable(req.raw, srv.port))); console.log(req.body.toString()); res.send(200, {}, 'ok'); })
  .then(async (s) => {
    global.srv = s;
    await (await fetch(s.url + '/a?b=1')).text();
    await (await fetch(s.url + '/p', { method: 'POST', body: 'hello', headers: { 'X-Custom': 'One', accept: 'text/html' } })).text();
    await (await fetch(s.url + '/put', { method: 'PUT' })).text();
    await (await fetch(s.url + '/ua', { headers: [['User-Agent', 'me'], ['accept-encoding', 'identity']] })).text();
    s.close();
  });
