// fetch over ::1
const net = require('net');
const srv = net.createServer((s) => s.once('data', (d) => {
  console.log(d.toString().split('\r\n')[1].replace(/\d+$/, 'PORT'));
  s.end('HTTP/1.1 200 OK\r\nContent-Length: 4\r\nConnection: close\r\n\r\nv6ok');
}));
srv.listen(0, '::1', async () => {
  const r = await fetch(`http://[::1]:${srv.address().port}/`);
  console.log(await r.text());
  srv.close();
});
