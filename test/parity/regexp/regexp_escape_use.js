// Checks RegExp.escape output used in patterns.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
for (const s of ['a.b', '(x)', '$10', 'ü-ö', 'foo bar', '[]{}']) {
  const re = new RegExp('^' + RegExp.escape(s) + '$');
  console.log(JSON.stringify(s), RegExp.escape(s), re.test(s), re.test(s + 'x'));
}
