// Breaking out of for await closes the interface; lines arriving before the loop starts in the
// same tick are not lost.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
rl.on('close', () => console.log('close event'));
input.write('1\n2\n3\n4\n');
(async () => {
  for await (const line of rl) {
    console.log('line', line);
    if (line === '2') break;
  }
  console.log('after loop closed', rl.closed);
})();
