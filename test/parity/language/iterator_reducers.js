// Checks Iterator helpers reduce, forEach, some, every, find, flatMap.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const it = () => [1, 2, 3].values();
show('reduce', () => it().reduce((a, b) => a + b));
show('reduce init', () => it().reduce((a, b) => a + b, 10));
const seen = []; it().forEach((x, i) => seen.push(x * i)); show('forEach', () => seen);
show('some', () => it().some((x) => x > 2));
show('every', () => it().every((x) => x > 2));
show('find', () => it().find((x) => x > 1));
show('flatMap', () => it().flatMap((x) => [x, x]).toArray());
show('flatMap string', () => ['ab'].values().flatMap((s) => s).toArray());
