// question with an AbortSignal: an already aborted signal rejects at once, aborting while
// waiting rejects with AbortError (cause = reason) and the next line is a plain 'line'.
const readline = require('readline/promises');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input, output: null });
rl.on('line', (l) => console.log('line', l));
(async () => {
  try {
    await rl.question('q1', { signal: AbortSignal.abort('early') });
  } catch (e) {
    console.log('1:', e.name, e.code, e.message, e.cause);
  }
  const ac = new AbortController();
  const p = rl.question('q2', { signal: ac.signal });
  ac.abort(new Error('late'));
  try {
    await p;
  } catch (e) {
    console.log('2:', e.name, e.code, e.cause.message);
  }
  input.write('after abort\n');
  await new Promise((r) => setImmediate(r));
  const ac2 = new AbortController();
  const p3 = rl.question('q3', { signal: ac2.signal });
  input.write('answered\n');
  console.log('3:', await p3);
  ac2.abort();
  try {
    await rl.question('q4', { signal: 'nope' });
  } catch (e) {
    console.log('4:', e.code);
  }
  rl.close();
})();
