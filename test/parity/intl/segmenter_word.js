// Intl: Segmenter words and sentences.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("[...new Intl.Segmenter('en', { granularity: 'word' }).segment('Hello, world! It\\'s 42.5...", () => [...new Intl.Segmenter('en', { granularity: 'word' }).segment('Hello, world! It\'s 42.5 ok.')].map((s) => [s.segment, s.isWordLike]));
show("[...new Intl.Segmenter('en', { granularity: 'sentence' }).segment('Hi there. How are yo...", () => [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment('Hi there. How are you? Fine!')].map((s) => s.segment));
show("new Intl.Segmenter('en', { granularity: 'word' }).segment('foo bar').containing(5)", () => new Intl.Segmenter('en', { granularity: 'word' }).segment('foo bar').containing(5));
show("new Intl.Segmenter('en', { granularity: 'x' })", () => new Intl.Segmenter('en', { granularity: 'x' }));
