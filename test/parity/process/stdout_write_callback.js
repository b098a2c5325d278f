// process.stdout.write returns true and calls its callback asynchronously.
const r = process.stdout.write('first\n', () => console.log('callback 1'));
console.log('write returned', r);
process.stdout.write('second\n', 'utf8', () => console.log('callback 2'));
process.stdout.write(new Uint8Array([104, 105, 10]));
process.nextTick(() => console.log('nextTick'));
console.log('sync end');
