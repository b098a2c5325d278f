// duplexPair(): what one side writes, the other reads; end propagates.
const { duplexPair } = require('stream');
const [a, b] = duplexPair();
const log = [];
b.on('data', (d) => log.push('b got ' + d));
a.on('data', (d) => log.push('a got ' + d));
b.on('end', () => log.push('b end'));
a.write('hello');
b.write('world');
a.end();
setTimeout(() => console.log(log.join('\n')), 10);
