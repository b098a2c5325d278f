// Checks Script= and sc= property escapes.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const s = 'αβγ abc абв ひらがな';
show('Greek', () => s.match(/\p{Script=Greek}+/gu));
show('Cyrl', () => s.match(/\p{sc=Cyrl}+/gu));
show('Hiragana', () => s.match(/\p{Script=Hiragana}+/gu));
show('Latin', () => s.match(/\p{Script=Latin}+/gu));
