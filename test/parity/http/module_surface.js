// node:http's exports: METHODS, STATUS_CODES, maxHeaderSize, globalAgent, validateHeaderName
// and validateHeaderValue errors.
'use strict';
const http = require('http');
console.log(http.METHODS.join(' '));
console.log(Object.keys(http.STATUS_CODES).length, http.STATUS_CODES[418], http.STATUS_CODES[511]);
console.log(http.maxHeaderSize);
console.log(http.globalAgent instanceof http.Agent, http.globalAgent.keepAlive, http.globalAgent.options.timeout, http.globalAgent.scheduling, http.globalAgent.maxSockets, http.globalAgent.maxFreeSockets);
for (const [n, v] of [['ok', 'v'], ['bad name', 'v'], ['', 'v'], [1, 'v'], ['x', 'a\rb'], ['x', undefined], ['x', 'caf\u00e9']]) {
  try {
    http.validateHeaderName(n);
    http.validateHeaderValue(n, v);
    console.log('valid', JSON.stringify(n), JSON.stringify(v));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const k of ['Agent', 'ClientRequest', 'IncomingMessage', 'OutgoingMessage', 'Server', 'ServerResponse', 'createServer', 'get', 'request']) {
  console.log(k, typeof http[k]);
}
