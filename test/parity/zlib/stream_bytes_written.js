// bytesWritten of compress streams counts input bytes as they are processed
'use strict';
const zlib = require('zlib');
const g = zlib.createGzip();
g.resume();
g.write('a'.repeat(100), () => {
  console.log('after write', g.bytesWritten);
  g.end('b'.repeat(50));
});
g.on('finish', () => console.log('finish', g.bytesWritten));
g.on('end', () => console.log('end', g.bytesWritten));
