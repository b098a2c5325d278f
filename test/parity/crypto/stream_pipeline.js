// Hash and Hmac as streams: write/end, setEncoding, data/finish/end events, pipeline from a
// Readable into an async generator; a Hash never used as a stream keeps only _options.
const crypto = require('crypto');
const { pipeline, Readable, Transform } = require('stream');
const h = crypto.createHash('sha1');
console.log(Object.keys(h), h instanceof Transform);
h.end('abc');
h.on('data', (d) => console.log('data', d.toString('hex')));
h.on('finish', () => console.log('finish'));
h.on('end', () => console.log('end'));
const m = crypto.createHmac('sha256', 'k');
m.setEncoding('hex');
m.on('data', (d) => console.log('hmac', d));
m.write('a'); m.write(Buffer.from('b')); m.end('c', 'utf8');
pipeline(Readable.from(['x', 'y', Buffer.from('z')]), crypto.createHash('md5'), async function* (src) { for await (const c of src) console.log('pipe', c.toString('hex')); }, (err) => console.log('pipeline done', err));
const plain = crypto.createHash('sha256').update('q');
console.log(plain.digest('hex').length, Object.keys(plain));
