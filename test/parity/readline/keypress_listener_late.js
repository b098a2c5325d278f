// emitKeypressEvents decodes only while someone listens for 'keypress'; data written before a
// listener exists is not decoded.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
readline.emitKeypressEvents(input);
input.write('early');
const keys = [];
input.on('keypress', (s, k) => keys.push(k.name));
input.write('ab\x1b[B');
console.log(keys);
input.removeAllListeners('keypress');
input.write('zz');
input.on('keypress', (s, k) => keys.push('again ' + k.name));
input.write('c');
console.log(keys);
