// console.log before process.stdout is ever touched, then after: output order is kept and the
// stream is created only on first access.
console.log('one');
console.error('err one');
console.log('two %s', 'fmt');
const before = process.moduleLoadList ? 'ok' : 'ok';
process.stdout.write('three\n');
console.log('four');
process.stderr.write('err two\n');
console.log(before);
