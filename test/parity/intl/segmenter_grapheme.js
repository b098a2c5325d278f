// Intl: Segmenter graphemes.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("[...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment('e\\u0301a\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67\ud83c\uddef\ud83c\uddf5x')]....", () => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment('e\u0301a👨‍👩‍👧🇯🇵x')].map((s) => s.segment));
show("[...new Intl.Segmenter().segment('\ud83d\udc4d\ud83c\udffdok')].map((s) => [s.segment, s.index])", () => [...new Intl.Segmenter().segment('👍🏽ok')].map((s) => [s.segment, s.index]));
show("[...new Intl.Segmenter().segment('\ud55c\uad6d\uc5b4')].length", () => [...new Intl.Segmenter().segment('한국어')].length);
show("new Intl.Segmenter().resolvedOptions()", () => new Intl.Segmenter().resolvedOptions());
show("new Intl.Segmenter().segment('abc').containing(1)", () => new Intl.Segmenter().segment('abc').containing(1));
show("new Intl.Segmenter().segment('abc').containing(5)", () => new Intl.Segmenter().segment('abc').containing(5));
