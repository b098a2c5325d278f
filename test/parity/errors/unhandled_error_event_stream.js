// A stream destroyed with an error and no 'error' listener: emitted from Node's internals
// ("on Readable instance"), so only the error's own frames are user code.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.destroy(new Error('bad stream'));
