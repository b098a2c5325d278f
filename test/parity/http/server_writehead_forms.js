// writeHead with an object, an array of pairs, a flat raw list, a reason phrase, merged with
// setHeader values; invalid status codes and header values.
'use strict';
const http = require('http');
const net = require('net');
const variants = [
  (res) => res.writeHead(200, { 'X-A': '1', 'Content-Length': 2 }).end('ok'),
  (res) => res.writeHead(202, 'Fine', [['X-B', '1'], ['X-B', '2']]).end(),
  (res) => res.writeHead(200, ['X-C', 'a', 'X-C', 'b', 'Content-Type', 'text/x']).end('raw'),
  (res) => { res.setHeader('X-D', 'set'); res.setHeader('X-E', 'keep'); res.writeHead(200, { 'X-D': 'head' }); res.end(); },
  (res) => { res.setHeader('X-F', 'set'); res.writeHead(200, ['X-F', 'one', 'X-F', 'two']); res.end(); },
  (res) => { try { res.writeHead(99); } catch (e) { console.log(e.name, e.code, e.message); } try { res.writeHead(1000); } catch (e) { console.log(e.code, e.message); } res.writeHead(404).end(); },
  (res) => { try { res.setHeader('X-Bad', 'a\nb'); } catch (e) { console.log(e.name, e.code, e.message); } try { res.setHeader('Bad Name', 'v'); } catch (e) { console.log(e.name, e.code, e.message); } try { res.setHeader('x', undefined); } catch (e) { console.log(e.code, e.message); } res.end(); },
  (res) => res.writeHead(599).end(),
];
let i = 0;
const server = http.createServer((req, res) => variants[i](res));
server.listen(0, '127.0.0.1', async () => {
  for (; i < variants.length; i++) {
    const out = await new Promise((resolve) => {
      const s = net.connect(server.address().port, '127.0.0.1');
      let data = '';
      s.on('data', (d) => { data += d; });
      s.on('close', () => resolve(data));
      s.end('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    });
    console.log(i, JSON.stringify(out.replace(/Date: [^\r]*/, 'Date: <date>')));
  }
  server.close();
});
