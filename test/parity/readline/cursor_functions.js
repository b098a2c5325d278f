// readline.cursorTo/moveCursor/clearLine/clearScreenDown write control sequences, call back,
// return the write's result, and check their arguments.
const readline = require('readline');
const { Writable } = require('stream');
const writes = [];
const out = new Writable({ write(c, e, cb) { writes.push(String(c)); cb(); } });
const order = [];
console.log(readline.cursorTo(out, 3), readline.cursorTo(out, 3, 4, () => order.push('cursorTo cb')));
readline.moveCursor(out, -2, 3);
readline.moveCursor(out, 5, -1);
readline.moveCursor(out, 0, 0, () => order.push('moveCursor noop cb'));
readline.clearLine(out, -1);
readline.clearLine(out, 1);
readline.clearLine(out, 0, () => order.push('clearLine cb'));
readline.clearScreenDown(out, () => order.push('clearScreenDown cb'));
console.log(readline.cursorTo(null, 1), readline.moveCursor(undefined, 1, 1), readline.clearLine(null, 0), readline.clearScreenDown(null));
readline.cursorTo(out, 'a', 'b');
readline.cursorTo(out, 2, () => order.push('cursorTo y as cb'));
for (const f of [() => readline.cursorTo(out, NaN), () => readline.cursorTo(out, 1, NaN),
  () => readline.cursorTo(out, undefined, 2), () => readline.cursorTo(out, 1, 1, 'x'),
  () => readline.moveCursor(out, 1, 1, 5), () => readline.clearLine(out, 0, {}), () => readline.clearScreenDown(out, 1)]) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(JSON.stringify(writes));
setImmediate(() => console.log(order));
