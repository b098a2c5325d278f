// Two async loops awaiting plain values alternate strictly, one step per microtask turn.
const log = [];
async function loop(name) {
  for (let i = 0; i < 4; i++) {
    log.push(name + i);
    await i;
  }
}
loop('a');
loop('b');
setImmediate(() => console.log(log.join(' ')));
