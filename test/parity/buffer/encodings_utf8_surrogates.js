// UTF-8 of lone and paired surrogates, invalid byte sequences decoded with U+FFFD, partial writes
// that never split a character, and utf16le/latin1/ascii/binary round trips.
const { t } = require('./_t');
const cps = (s) => [...s].map((c) => c.codePointAt(0).toString(16));
for (const s of ['\ud800', '\udc00', 'a\ud800b', '\ud83d\ude00', '\ude00\ud83d', '\ud83d', 'x\udfff', '\u00e9', '\u20ac']) {
  t(`utf8 ${cps(s)}`, () => [...Buffer.from(s)]);
  t(`byteLength ${cps(s)}`, () => Buffer.byteLength(s));
  t(`utf16le ${cps(s)}`, () => [...Buffer.from(s, 'utf16le')]);
}
for (const b of [[0xff], [0xc3], [0xc3, 0x28], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf], [0x80, 0x41]]) {
  t(`decode ${b.map((x) => x.toString(16))}`, () => cps(Buffer.from(b).toString()));
}
t('write splits no char', () => { const b = Buffer.alloc(5); return [b.write('a\u20ac\u20ac'), b]; });
t('write 4-byte partial', () => { const b = Buffer.alloc(3); return [b.write('\ud83d\ude00'), b]; });
t('utf16le odd', () => cps(Buffer.from([0x61, 0, 0x62]).toString('utf16le')));
t('latin1', () => [Buffer.from('\u00ff\u0100\u20ac', 'latin1'), Buffer.from([0xe9, 0xff]).toString('latin1')]);
t('binary', () => Buffer.from('\u00e9', 'binary'));
t('ascii', () => [Buffer.from('\u00e9a', 'ascii'), Buffer.from([0xe9, 0x41]).toString('ascii')]);
t('ucs2 alias', () => Buffer.from('ab', 'ucs-2'));
t('unknown encoding', () => Buffer.from('ab', 'utf9'));
t('toString unknown', () => Buffer.from('ab').toString('nope'));
t('isEncoding', () => ['utf8', 'UTF-8', 'Utf8', 'hex', 'base64url', 'latin1', 'binary', 'ucs2', 'utf-16le', 'ascii', 'utf16', '', null, 1].map((e) => Buffer.isEncoding(e)));
t('isUtf8', () => [require('buffer').isUtf8(Buffer.from([0xc3, 0xa9])), require('buffer').isUtf8(Buffer.from([0xc3]))]);
t('isAscii', () => [require('buffer').isAscii(Buffer.from('abc')), require('buffer').isAscii(Buffer.from([0x80]))]);
