// question() and write() after close throw ERR_USE_AFTER_CLOSE.
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough } = require('stream');
const rl = readline.createInterface({ input: new PassThrough() });
rl.close();
try { rl.question('x', () => {}); } catch (e) { console.log(e.name, e.code, e.message); }
try { rl.write('x'); } catch (e) { console.log(e.name, e.code, e.message); }
const rl2 = rlp.createInterface({ input: new PassThrough() });
rl2.close();
rl2.question('x').then(() => console.log('resolved'), (e) => console.log('rejected', e.code, e.message));
