// a response body read as a stream arrives in chunks as the server sends them
const { start } = require('./_server');
start((req, res) => {
  res.raw('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nfirst\r\n');
  setTimeout(() => res.raw('6\r\nsecond\r\n0\r\n\r\n'), 30);
}).then(async (s) => {
  const r = await fetch(s.url);
  const reader = r.body.getReader();
  console.log(r.bodyUsed, r.body.locked);
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    console.log(value.constructor.name, Buffer.from(value).toString());
  }
  console.log(r.bodyUsed);
  s.close();
});
