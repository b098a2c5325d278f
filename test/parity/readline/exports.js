// The shape of node:readline and node:readline/promises.
const readline = require('readline');
const rlp = require('readline/promises');
console.log(Object.keys(readline).sort().join(','));
console.log(Object.keys(rlp).sort().join(','));
console.log(readline.promises === rlp, require('node:readline') === readline);
for (const k of ['clearLine', 'clearScreenDown', 'cursorTo', 'moveCursor', 'createInterface', 'emitKeypressEvents']) {
  console.log(k, typeof readline[k], readline[k].length);
}
console.log(typeof rlp.Readline, rlp.Readline.name, typeof rlp.Interface);
console.log(require('module').builtinModules.filter((m) => m.startsWith('readline')));
