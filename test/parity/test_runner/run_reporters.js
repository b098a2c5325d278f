// run() piped through node:test/reporters: tap (a generator) and spec (a Transform).
const path = require('path');
const { run } = require('node:test');
const { tap, spec } = require('node:test/reporters');
const files = [path.join(__dirname, 'fixtures', 'run', 'two.test.js')];
run({ files }).compose(tap).on('data', (s) => process.stdout.write(s)).on('end', () => {
  console.log('--- spec');
  run({ files }).compose(spec).pipe(process.stdout);
});
