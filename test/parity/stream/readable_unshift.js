// unshift puts data back at the front; after 'end' it is an error.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('world');
const first = r.read(2);
r.unshift(first);
r.unshift(Buffer.from('hello '));
console.log(String(r.read()));
r.push(null);
r.on('end', () => {
  r.on('error', (e) => console.log('error', e.code, e.message));
  r.unshift('late');
});
r.on('close', () => console.log('close'));
r.resume();
