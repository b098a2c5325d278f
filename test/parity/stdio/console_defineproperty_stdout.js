// Replacing process.stdout with defineProperty redirects the global console.
const lines = [];
const real = process.stdout;
Object.defineProperty(process, 'stdout', {
  configurable: true, enumerable: true, writable: true,
  value: new (require('stream').Writable)({ write(c, e, cb) { lines.push(String(c)); cb(); } }),
});
console.log('to the fake');
console.log('again', 1);
Object.defineProperty(process, 'stdout', { configurable: true, enumerable: true, writable: true, value: real });
console.log('restored', JSON.stringify(lines));
