// Helper: a terminal-mode interface over a PassThrough input and an output that records
// every write (columns 80), plus a way to type keys.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

module.exports = function term(options = {}) {
  const input = new PassThrough();
  const writes = [];
  const output = new Writable({
    write(chunk, enc, cb) { writes.push(String(chunk)); cb(); },
  });
  output.columns = options.columns || 80;
  output.isTTY = true;
  const rl = readline.createInterface({ input, output, terminal: true, ...options.rl });
  return {
    rl, input, output, writes,
    type(s) { input.write(s); },
    flush() { const w = writes.join(''); writes.length = 0; return JSON.stringify(w); },
  };
};
