// util.inspect of a network Response and its Headers (insertion order, lower-cased, combined)
const { start } = require('./_server');
start((req, res) => res.send(200, [['Content-Type', 'text/plain'], ['X-B', '1'], ['x-a', '2'], ['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2'], ['X-B', '3']], 'hi'))
  .then(async (s) => {
    const r = await fetch(s.url + '/x#frag');
    console.log(r.url.replace(String(s.port), 'PORT'));
    console.log(r.status, r.statusText, r.ok, r.type, r.redirected, r.bodyUsed);
    console.log(r.headers);
    console.log([...r.headers]);
    console.log(r.headers.getSetCookie());
    console.log(r.body);
    console.log(await r.text(), r.bodyUsed);
    s.close();
  });
