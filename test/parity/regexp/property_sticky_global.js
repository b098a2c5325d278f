// Checks sticky and global flags with property escapes.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const re = /\p{L}+/y;
show('sticky no u', () => re.test('abc'));
const y = /\p{L}/uy;
y.lastIndex = 1;
show('sticky hit', () => y.exec('1a')[0]);
show('lastIndex', () => y.lastIndex);
const g = /\p{Nd}/gu;
show('global loop', () => { const out = []; let m; while ((m = g.exec('a1b22')) !== null) out.push(m.index); return out; });
