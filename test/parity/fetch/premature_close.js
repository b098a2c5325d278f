// the server closes mid-body: text() rejects with TypeError terminated (cause: other side closed)
const { start } = require('./_server');
start((req, res) => { res.raw('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc'); setTimeout(() => res.socket.destroy(), 20); })
  .then(async (s) => {
    const r = await fetch(s.url);
    try { await r.text(); } catch (e) { console.log(e.name, e.message, e.cause.name, e.cause.code, e.cause.message); }
    s.close();
  });
