// Checks Iterator helper error texts.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('map non-fn', () => [].values().map(5));
show('take negative', () => [].values().take(-1));
show('take NaN', () => [].values().take(NaN));
show('drop negative', () => [].values().drop(-1));
show('reduce empty', () => [].values().reduce((a, b) => a));
show('non-object this', () => Iterator.prototype.map.call(5, (x) => x));
show('next receiver', () => [1].values().map((x) => x).next.call({}));
show('flatMap non-iterable', () => [1].values().flatMap((x) => x).next());
