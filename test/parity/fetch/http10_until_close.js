// an HTTP/1.0 response without Content-Length: the body runs until the server closes
const { start } = require('./_server');
start((req, res) => { res.raw('HTTP/1.0 200 OK\r\nX-Old: yes\r\n\r\nold style body'); res.socket.end(); }).then(async (s) => {
  const r = await fetch(s.url);
  console.log(r.status, r.statusText, r.headers.get('x-old'), await r.text());
  s.close();
});
