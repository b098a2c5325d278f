// requires: node:http
// JSON echo server for wrk: parses the POSTed JSON body and answers it re-serialised with a
// field added. node json-echo.server.js PORT (prints "listening PORT" when ready).
'use strict';
const http = require('node:http');
const port = Number(process.argv[2] || 8080);
http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let out;
    try {
      const obj = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      obj.echo = true;
      out = JSON.stringify(obj);
    } catch {
      res.writeHead(400); res.end(); return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(out) });
    res.end(out);
  });
}).listen(port, '127.0.0.1', () => console.log('listening ' + port));
