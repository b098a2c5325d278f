// The underscore methods libraries still call exist on readline.Interface.
const readline = require('readline');
const { PassThrough } = require('stream');
const names = ['_setRawMode', '_onLine', '_writeToOutput', '_addHistory', '_refreshLine', '_normalWrite',
  '_insertString', '_tabComplete', '_wordLeft', '_wordRight', '_deleteLeft', '_deleteRight',
  '_deleteWordLeft', '_deleteWordRight', '_deleteLineLeft', '_deleteLineRight', '_line',
  '_historyNext', '_historyPrev', '_getDisplayPos', '_getCursorPos', '_moveCursor', '_ttyWrite'];
for (const n of names) console.log(n, typeof readline.Interface.prototype[n]);
const rl = readline.createInterface({ input: new PassThrough() });
rl.on('line', (l) => console.log('line', l));
rl._onLine('direct');
rl._normalWrite(Buffer.from('normal\n'));
const out = [];
rl.output = { write: (s) => out.push(s) };
rl._writeToOutput('hello');
console.log(out);
try { rl._writeToOutput(1); } catch (e) { console.log(e.code); }
rl.close();
