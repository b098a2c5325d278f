// Strict mode errors: unknown options (with and without positionals), missing values, values
// for booleans, unexpected positionals, ambiguous dash values.
const { parseArgs } = require('util');
const options = { file: { type: 'string', short: 'f' }, flag: { type: 'boolean', short: 'x' } };
const cases = [
  { args: ['--unknown'] },
  { args: ['-u'] },
  { args: ['--unknown'], allowPositionals: true },
  { args: ['--file'] },
  { args: ['-f'] },
  { args: ['--flag=yes'] },
  { args: ['-xvalue'] },
  { args: ['positional'] },
  { args: ['--file', '--flag'] },
  { args: ['-f', '-x'] },
  { args: ['--file', '-'] },
];
for (const c of cases) {
  try {
    const r = parseArgs({ options, ...c });
    console.log(JSON.stringify(c.args), 'ok', JSON.stringify({ ...r.values }));
  } catch (e) {
    console.log(JSON.stringify(c.args), e.name, e.code);
    console.log(e.message);
  }
}
