// multiple: true collects arrays; defaults fill only what was not given; default validation.
const { parseArgs } = require('util');
const options = {
  tag: { type: 'string', short: 't', multiple: true, default: ['none'] },
  flag: { type: 'boolean', multiple: true },
  level: { type: 'string', default: 'info' },
  quiet: { type: 'boolean', default: false },
};
const show = (args) => console.log(JSON.stringify(args), JSON.stringify({ ...parseArgs({ args, options }).values }));
show([]);
show(['-t', 'a', '--tag=b', '-tc']);
show(['--flag', '--flag', '--level', 'debug', '--quiet']);
for (const bad of [
  { x: { type: 'string', default: 1 } },
  { x: { type: 'string', multiple: true, default: 'a' } },
  { x: { type: 'boolean', default: 'yes' } },
  { x: { type: 'boolean', multiple: true, default: [true, 1] } },
]) {
  try { parseArgs({ args: [], options: bad }); } catch (e) { console.log(e.code, e.message); }
}
