// emitKeypressEvents decodes characters and escape sequences into key objects.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input); // a second call changes nothing
const seen = [];
input.on('keypress', (s, key) => seen.push([s, key]));
const seqs = ['a', 'A', '1', ' ', '\r', '\n', '\t', '\x7f', '\b', '\x01', '\x1a', '\x1ba', '\x1bA',
  '\x1b[A', '\x1b[B', '\x1b[C', '\x1b[D', '\x1b[H', '\x1b[F', '\x1bOA', '\x1bOP', '\x1b[11~',
  '\x1b[15~', '\x1b[24~', '\x1b[3~', '\x1b[5~', '\x1b[6~', '\x1b[2~', '\x1b[1;5C', '\x1b[1;2A',
  '\x1b[1;3D', '\x1b[3;5~', '\x1b[Z', '\x1b[a', '\x1bOa', '\x1b[[A', '\x1b[200~', '\x1b[201~',
  '\x1b[7^', '\x1b[8$', '\x1b[E', '\x1b\r', '\x1b\x1b[A', 'é', '😀', '.', '\x1b[99x'];
for (const s of seqs) input.write(s);
for (const [s, key] of seen) console.log(JSON.stringify(s), JSON.stringify(key));
