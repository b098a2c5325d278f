// Validation of the parseArgs configuration itself.
const { parseArgs } = require('util');
const configs = [
  { args: 'x' },
  { strict: 'yes' },
  { allowPositionals: 1 },
  { tokens: null },
  { allowNegative: 'no' },
  { options: 5 },
  { options: { a: 'string' } },
  { options: { a: {} } },
  { options: { a: { type: 'number' } } },
  { options: { a: { type: 'string', short: 5 } } },
  { options: { a: { type: 'string', short: 'ab' } } },
  { options: { a: { type: 'string', multiple: 'yes' } } },
];
for (const c of configs) {
  try { parseArgs({ args: [], ...c }); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
