// A lone ESC becomes the 'escape' key after the interface's escapeCodeTimeout; data arriving in
// one chunk with several keys is split into keypresses.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
readline.emitKeypressEvents(input, { escapeCodeTimeout: 20 });
input.on('keypress', (s, key) => console.log(JSON.stringify(s), key.name, key.meta, JSON.stringify(key.sequence)));
input.write('xy\x1b[Az');
input.write('\x1b');
setTimeout(() => console.log('after timeout'), 100);
