// status lines: custom reason phrases, an empty one, unusual codes
const { start } = require('./_server');
const lines = { '/a': '299 Custom Reason Here', '/b': '200 ', '/c': '418 I\'m a teapot', '/d': '599 Last' };
start((req, res) => res.raw(`HTTP/1.1 ${lines[req.target]}\r\nContent-Length: 0\r\n\r\n`)).then(async (s) => {
  for (const p of Object.keys(lines)) {
    const r = await fetch(s.url + p);
    console.log(p, r.status, JSON.stringify(r.statusText), r.ok);
  }
  s.close();
});
