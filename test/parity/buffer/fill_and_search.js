// fill with strings, numbers, buffers and encodings; indexOf/lastIndexOf/includes with strings,
// numbers, buffers, encodings and offsets (including empty needles and NaN offsets).
const { t } = require('./_t');
t('fill str', () => Buffer.alloc(5).fill('ab'));
t('fill num', () => Buffer.alloc(3).fill(257));
t('fill neg', () => Buffer.alloc(3).fill(-1));
t('fill float', () => Buffer.alloc(2).fill(3.7));
t('fill buf', () => Buffer.alloc(5).fill(Buffer.from([1, 2])));
t('fill utf16', () => Buffer.alloc(6).fill('\u00e9', 'utf16le'));
t('fill enc arg', () => Buffer.alloc(4).fill('a', 1, 'latin1'));
t('fill bad enc', () => Buffer.alloc(4).fill('a', 'nope'));
t('fill empty buf', () => Buffer.alloc(2).fill(Buffer.alloc(0)));
t('fill bool', () => Buffer.alloc(2).fill(true));
const b = Buffer.from('this is a buffer, a buffer');
t('indexOf str', () => [b.indexOf('buffer'), b.indexOf('buffer', 11), b.indexOf('nope'), b.indexOf('')]);
t('indexOf num', () => [b.indexOf(97), b.indexOf(97 + 256), b.indexOf(-159)]);
t('indexOf buf', () => [b.indexOf(Buffer.from('a b')), b.indexOf(new Uint8Array([115, 32]))]);
t('indexOf neg', () => [b.indexOf('a', -5), b.indexOf('a', -100)]);
t('indexOf NaN', () => [b.indexOf('a', NaN), b.lastIndexOf('a', NaN)]);
t('indexOf enc', () => [b.indexOf('6973', 0, 'hex'), b.indexOf('aXM=', 'base64'), b.indexOf('is', 'latin1')]);
t('lastIndexOf', () => [b.lastIndexOf('buffer'), b.lastIndexOf('buffer', 15), b.lastIndexOf('', 4), b.lastIndexOf('a', -3)]);
t('includes', () => [b.includes('is a'), b.includes('is a', 5), b.includes(Buffer.from('zz'))]);
t('utf16', () => { const u = Buffer.from('abcab', 'utf16le'); return [u.indexOf('b', 0, 'utf16le'), u.lastIndexOf('b', undefined, 'ucs2'), u.indexOf('b', 1, 'utf16le')]; });
t('indexOf bad', () => b.indexOf({}));
t('indexOf empty buf', () => b.indexOf(Buffer.alloc(0), 3));
t('indexOf string offset', () => b.indexOf('a', '10'));
