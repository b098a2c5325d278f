// a chunked response with many chunks read with text()
const { start } = require('./_server');
start((req, res) => {
  let out = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n';
  for (let i = 0; i < 50; i++) { const p = `chunk${i};`; out += p.length.toString(16) + '\r\n' + p + '\r\n'; }
  res.raw(out + '0\r\n\r\n');
}).then(async (s) => {
  const t = await (await fetch(s.url)).text();
  console.log(t.length, t.slice(0, 20), t.slice(-10));
  s.close();
});
