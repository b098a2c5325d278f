// readline ends lines at \n, \r\n, a lone \r, and at U+2028 / U+2029, also when a chunk
// boundary falls between \r and \n.
const readline = require('readline');
const { Readable } = require('stream');
const rl = readline.createInterface({ input: Readable.from(['012\n345\r67\r', '\n89\u2028ABC\u2029', 'DEF\u0085GHI']) });
const lines = [];
rl.on('line', (l) => lines.push(l));
rl.on('close', () => console.log(JSON.stringify(lines)));
