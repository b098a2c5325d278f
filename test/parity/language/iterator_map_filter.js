// Checks Iterator helpers map, filter, take, drop.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const it = () => [1, 2, 3, 4, 5].values();
show('map', () => it().map((x) => x * 2).toArray());
show('filter', () => it().filter((x) => x % 2).toArray());
show('take', () => it().take(2).toArray());
show('drop', () => it().drop(3).toArray());
show('chain', () => it().drop(1).filter((x) => x > 2).map((x, i) => x + ':' + i).toArray());
show('tag', () => Object.prototype.toString.call(it().map((x) => x)));
