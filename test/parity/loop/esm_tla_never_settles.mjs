// A top-level await that never settles: Node warns and exits with code 13.
process.on('exit', (c) => console.log('exit', c));
console.log('waiting forever');
await new Promise(() => {});
