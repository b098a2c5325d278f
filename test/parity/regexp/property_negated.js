// Checks \P{…} and negated classes.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('P{L}', () => 'αβγ abc'.replace(/\P{L}/gu, '_'));
show('[^\\p{L}]', () => /[^\p{L}]+/u.exec('ab12.,cd')[0]);
show('class union', () => /[\p{N}\p{P}]+/u.exec('ab12.,cd')[0]);
show('class mixed', () => 'a1-b2_c3'.match(/[\p{L}_]+/gu));
