// Output written before an uncaught exception is all there.
for (let i = 0; i < 3; i++) console.log('line', i);
console.error('to stderr first');
process.stdout.write('partial line without newline');
null.boom;
