// Short option groups: -abc, a string option inside a group takes the rest, tokens' indexes.
const { parseArgs } = require('util');
const options = {
  a: { type: 'boolean', short: 'a' },
  bee: { type: 'boolean', short: 'b' },
  file: { type: 'string', short: 'f' },
};
for (const args of [['-ab'], ['-abf', 'x.txt'], ['-abfFILE'], ['-fab'], ['-ba', '-f', 'y']]) {
  const r = parseArgs({ args, options, tokens: true });
  console.log(JSON.stringify(args), JSON.stringify({ ...r.values }), JSON.stringify(r.tokens));
}
