// tokens: true returns the raw tokens: kinds, names, rawName, index, value and inlineValue.
const { parseArgs } = require('util');
const { tokens, values, positionals } = parseArgs({
  args: ['-v', '--name=x', '--out', 'o.txt', 'pos', '-abc', '--', '--not-an-option', '-x'],
  options: { v: { type: 'boolean' }, name: { type: 'string' }, out: { type: 'string' }, a: { type: 'boolean' }, b: { type: 'boolean' }, c: { type: 'boolean' } },
  allowPositionals: true,
  tokens: true,
});
for (const t of tokens) console.log(JSON.stringify(t));
console.log(JSON.stringify({ ...values }), JSON.stringify(positionals));
