// node examples/hello/hello.js — the same output on gnode and on Node v24.
const { setTimeout: sleep } = require('timers/promises');

console.log('hello from', process.release.name, process.version);
process.nextTick(() => console.log('nextTick runs before promises'));
Promise.resolve().then(() => console.log('then promises'));
setImmediate(() => console.log('then the check phase'));

(async () => {
  await sleep(5);
  console.log({ platform: process.platform, argv: process.argv.slice(2), nested: { list: [1, 2, 3] } });
})();
