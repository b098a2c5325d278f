// readline.Interface works with and without new, with positional arguments, and is an
// EventEmitter; readline/promises Interface is a subclass of the same base.
const readline = require('readline');
const rlp = require('readline/promises');
const EventEmitter = require('events');
const { PassThrough } = require('stream');
const a = readline.Interface(new PassThrough());
const b = new readline.Interface(new PassThrough(), null, undefined, false);
const c = rlp.createInterface({ input: new PassThrough() });
console.log(a instanceof readline.Interface, b instanceof readline.Interface, a instanceof EventEmitter);
console.log(c instanceof rlp.Interface, c instanceof readline.Interface, Object.getPrototypeOf(rlp.Interface.prototype) === Object.getPrototypeOf(readline.Interface.prototype));
console.log(typeof a.question, typeof c.question, typeof a.getCursorPos, typeof a[Symbol.asyncIterator]);
console.log(b.terminal, a.terminal, JSON.stringify(a.line), a.history === undefined ? 'no history' : a.history);
for (const r of [a, b, c]) r.close();
