// history, historySize and removeHistoryDuplicates as given; 'history' is emitted only by the
// terminal line editor.
const readline = require('readline');
const { PassThrough } = require('stream');
const history = ['older', 'old'];
const rl = readline.createInterface({ input: new PassThrough(), terminal: false, history, historySize: 5 });
console.log(rl.history === history, rl.history, rl.historySize, rl.removeHistoryDuplicates);
rl.on('history', (h) => console.log('history event', h));
rl.write('typed\n');
console.log(rl.history);
rl.close();
