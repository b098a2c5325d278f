// I/O completions of other builtins run in the store of the call: dns.lookup, crypto.randomFill.
const { AsyncLocalStorage } = require('async_hooks');
const dns = require('dns'); const crypto = require('crypto');
const als = new AsyncLocalStorage();
const seen = [];
als.run('dns', () => dns.lookup('localhost', () => seen.push('lookup: ' + als.getStore())));
als.run('crypto', () => crypto.randomFill(Buffer.alloc(8), () => seen.push('randomFill: ' + als.getStore())));
process.on('exit', () => console.log(seen.sort().join('\n')));
