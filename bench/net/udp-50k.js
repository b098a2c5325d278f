// requires: node:dgram
// 50,000 datagrams of 512 bytes from one udp4 socket to another on 127.0.0.1, 100 in flight.
// Checksum: datagrams received.
'use strict';
const dgram = require('node:dgram');
const msg = Buffer.alloc(512, 'u');
const rx = dgram.createSocket('udp4');
const tx = dgram.createSocket('udp4');
let got = 0, sent = 0;
const total = 50000;
rx.on('message', () => {
  if (++got === total) { rx.close(); tx.close(); console.log(String(got)); return; }
  if (sent < total) { sent++; tx.send(msg, rx.address().port, '127.0.0.1'); }
});
rx.bind(0, '127.0.0.1', () => {
  tx.bind(0, '127.0.0.1', () => {
    for (let i = 0; i < 100; i++) { sent++; tx.send(msg, rx.address().port, '127.0.0.1'); }
  });
});
