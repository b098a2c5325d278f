// Chunked responses with trailers reach the client as res.trailers/rawTrailers after 'end'.
'use strict';
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeHead(200, { Trailer: 'X-Checksum, X-Count' });
  res.write('part1 ');
  res.write('part2');
  res.addTrailers([['X-Checksum', 'abc'], ['X-Count', '2'], ['X-Count', '3']]);
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, agent: false }, (res) => {
    let b = '';
    res.on('data', (c) => { b += c; });
    res.on('end', () => {
      console.log(JSON.stringify(b), res.headers['transfer-encoding'], res.headers.trailer);
      console.log(JSON.stringify(res.trailers), JSON.stringify(res.rawTrailers));
      server.close();
    });
  });
});
