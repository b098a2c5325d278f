// Everything written to stdout and stderr before process.exit arrives.
const lines = [];
for (let i = 0; i < 3000; i++) lines.push('line ' + i);
process.stdout.write(lines.join('\n') + '\n');
for (let i = 0; i < 100; i++) console.error('err', i);
console.log('last line');
process.exit(0);
