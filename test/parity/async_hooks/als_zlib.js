// zlib work finishes in the async context of the call: gzip/gunzip callbacks, stream events.
const { AsyncLocalStorage } = require('async_hooks');
const zlib = require('zlib');
const als = new AsyncLocalStorage();
const seen = [];
als.run('gzip', () => zlib.gzip('hello', (err, buf) => {
  seen.push('gzip callback: ' + als.getStore());
  als.run('gunzip', () => zlib.gunzip(buf, (e, out) => seen.push('gunzip callback: ' + als.getStore() + ' ' + out)));
}));
als.run('stream', () => {
  const gz = zlib.createGzip();
  gz.on('data', () => { if (!seen.includes('stream data: ' + als.getStore())) seen.push('stream data: ' + als.getStore()); });
  gz.on('end', () => seen.push('stream end: ' + als.getStore()));
  gz.end('x'.repeat(1000));
  gz.resume();
});
process.on('exit', () => console.log(seen.sort().join('\n')));
