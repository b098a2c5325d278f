// A top-level await that never settles: Node's warning and exit code 13.
console.log('before');
await new Promise(() => {});
console.log('never');
