// strict: false accepts unknown options (booleans, or the inline value), positionals by
// default, and values that start with a dash.
const { parseArgs } = require('util');
const options = { file: { type: 'string' } };
for (const args of [['--unknown', 'pos'], ['--unknown=val', '-xyz'], ['--file', '--flag'], ['--file'], ['-u', '5']]) {
  const r = parseArgs({ args, options, strict: false });
  console.log(JSON.stringify(args), JSON.stringify({ ...r.values }), JSON.stringify(r.positionals));
}
const r = parseArgs({ args: ['--__proto__', '--constructor'], strict: false });
console.log('prototype names:', JSON.stringify(Object.keys(r.values)), Object.getPrototypeOf({}).polluted);
