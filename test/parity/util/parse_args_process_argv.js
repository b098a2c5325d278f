// parity-args: --port 8080 -v extra -- --raw
// Without args, parseArgs reads process.argv after the script.
const { parseArgs } = require('util');
const r = parseArgs({ options: { port: { type: 'string' }, v: { type: 'boolean' } }, allowPositionals: true });
console.log(JSON.stringify({ ...r.values }), JSON.stringify(r.positionals));
console.log('config is optional:', JSON.stringify(parseArgs({ strict: false }).positionals));
