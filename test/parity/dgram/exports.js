// dgram: the module's exports and Socket's prototype chain.
const dgram = require('dgram');
const EventEmitter = require('events');
console.log(Object.keys(dgram).sort());
const s = dgram.createSocket('udp4');
console.log(s instanceof dgram.Socket, s instanceof EventEmitter, s.type);
console.log(['bind', 'send', 'close', 'address', 'connect', 'disconnect', 'remoteAddress', 'ref', 'unref',
  'setTTL', 'setBroadcast', 'addMembership', 'dropMembership', 'getRecvBufferSize'].map((m) => typeof s[m]).join());
s.close();
