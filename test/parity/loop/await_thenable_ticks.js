// How many microtask turns await and promise resolution take (native, thenable, async return).
const log = [];
let tick = 0;
function counter() {
  if (tick < 8) { tick++; log.push('t' + tick); Promise.resolve().then(counter); }
}
Promise.resolve().then(counter);
(async () => { await 1; log.push('await-value'); })();
(async () => { await Promise.resolve(); log.push('await-native'); })();
(async () => { await { then(r) { r(); } }; log.push('await-thenable'); })();
(async () => { return Promise.resolve(); })().then(() => log.push('async-returns-promise'));
new Promise((r) => r(Promise.resolve())).then(() => log.push('resolve-with-promise'));
Promise.resolve().then(() => Promise.resolve()).then(() => log.push('then-returns-promise'));
setImmediate(() => console.log(log.join(' ')));
