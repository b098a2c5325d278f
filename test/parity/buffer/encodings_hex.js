// hex decoding stops at the first invalid pair; odd lengths drop the last digit; encoding and write().
const { t } = require('./_t');
for (const s of ['00ff', 'ABcd', 'abc', 'a', '', 'zz', '12zz34', '1 2', '0x12', 'f', 'fg', '123', 'Ff0']) {
  t(`hex ${JSON.stringify(s)}`, () => [...Buffer.from(s, 'hex')]);
  t(`byteLength ${JSON.stringify(s)}`, () => Buffer.byteLength(s, 'hex'));
}
t('write hex', () => { const b = Buffer.alloc(4); return [b.write('a1b2c3', 'hex'), b]; });
t('write hex invalid', () => { const b = Buffer.alloc(4); return [b.write('a1zz', 'hex'), b]; });
t('write hex odd', () => { const b = Buffer.alloc(4); return b.write('abc', 'hex'); });
t('write hex offset', () => { const b = Buffer.alloc(4); return [b.write('ffff', 1, 'hex'), b]; });
t('toString hex range', () => Buffer.from([1, 2, 3, 4]).toString('hex', 1, 3));
t('hexSlice', () => Buffer.from([10, 11]).hexSlice());
t('fill hex invalid', () => Buffer.alloc(3).fill('zz', 'hex'));
t('fill hex', () => Buffer.alloc(5).fill('abc', 'hex'));
