// parity-env: TERM=xterm-256color
// Tab completion: a unique completion is inserted, a common prefix is extended, a second tab
// lists the candidates; async completers (callback) work the same way.
const term = require('./_term');
const words = ['apple', 'apricot', 'banana', 'blueberry', 'cherry'];
const completer = (line) => {
  const hits = words.filter((w) => w.startsWith(line));
  return [hits.length ? hits : words, line];
};
const t = term({ rl: { completer } });
const wait = () => new Promise((r) => setImmediate(r));
(async () => {
  t.type('ch\t'); await wait();
  console.log('unique', JSON.stringify(t.rl.line), t.flush());
  t.type('\x15'); t.flush();
  t.type('a\t'); await wait();
  console.log('prefix', JSON.stringify(t.rl.line), t.flush());
  t.type('\t'); await wait();
  console.log('list', JSON.stringify(t.rl.line), t.flush());
  t.rl.close();
  const t2 = term({ rl: { completer: (line, cb) => setImmediate(cb, null, [['bananas'], line]) } });
  t2.type('ban\t'); await wait(); await wait();
  console.log('async', JSON.stringify(t2.rl.line));
  t2.rl.close();
})();
