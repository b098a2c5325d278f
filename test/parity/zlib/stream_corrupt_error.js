// a gunzip stream fed garbage emits one error (code, errno, message) and closes
'use strict';
const zlib = require('zlib');
const g = zlib.createGunzip();
const events = [];
g.on('error', (e) => events.push('error ' + e.code + ' ' + e.errno + ' ' + e.message));
g.on('close', () => { events.push('close'); console.log(events.join('\n'), g._closed, g.destroyed); });
g.on('end', () => events.push('end'));
g.write(Buffer.from('this is not gzip data at all'));
