// console.log goes through process.stdout.write, so replacing it captures console output.
const captured = [];
const orig = process.stdout.write;
process.stdout.write = function(chunk, enc, cb) {
  captured.push(String(chunk));
  return true;
};
console.log('hidden %d', 42);
console.info({ a: 1 });
process.stdout.write = orig;
console.log('captured', JSON.stringify(captured));
