// base64 and base64url decoding of valid, unpadded, whitespace-laden and invalid input, and encoding.
const { t } = require('./_t');
for (const s of ['aGk=', 'aGk', 'aG k=', 'aGk==', 'a', 'ab', 'abc', '=aGk', 'aGk=aGk=', 'a-_b', 'a+/b', '!!!!', 'aGk\n=', '', '====', 'YQ', 'YWI', 'YWJj', '%%aGk']) {
  t(`base64 ${JSON.stringify(s)}`, () => [...Buffer.from(s, 'base64')]);
  t(`base64url ${JSON.stringify(s)}`, () => [...Buffer.from(s, 'base64url')]);
  t(`byteLength ${JSON.stringify(s)}`, () => [Buffer.byteLength(s, 'base64'), Buffer.byteLength(s, 'base64url')]);
}
for (const b of [[], [0], [0, 1], [0, 1, 2], [255, 254, 253, 252], [251, 255]]) {
  t(`encode ${b}`, () => [Buffer.from(b).toString('base64'), Buffer.from(b).toString('base64url')]);
}
t('write base64', () => { const b = Buffer.alloc(6); return [b.write('aGVsbG8=', 'base64'), b]; });
t('write base64 short', () => { const b = Buffer.alloc(2); return [b.write('aGVsbG8=', 'base64'), b]; });
t('base64Slice', () => Buffer.from('hello').base64Slice(1, 4));
