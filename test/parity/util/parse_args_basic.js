// parseArgs: booleans, strings (separate and inline values), short aliases, positionals.
const { parseArgs } = require('util');
const options = {
  verbose: { type: 'boolean', short: 'v' },
  name: { type: 'string', short: 'n' },
  out: { type: 'string' },
};
const show = (r) => console.log(JSON.stringify({ values: { ...r.values }, positionals: r.positionals }), Object.getPrototypeOf(r.values));
show(parseArgs({ args: ['-v', '--name', 'alice', '--out=file.txt'], options }));
show(parseArgs({ args: ['--verbose', '-n', 'bob', 'pos1', 'pos2'], options, allowPositionals: true }));
show(parseArgs({ args: ['-nCAROL', '--out='], options }));
show(parseArgs({ args: [], options }));
show(parseArgs({ args: ['--name', '-', '--out', 'x=y'], options }));
show(parseArgs({ args: ['--name=a=b'], options }));
