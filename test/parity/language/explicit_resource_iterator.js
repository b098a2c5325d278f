// Checks iterators are disposable.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
function* g() { try { yield 1; yield 2; } finally { console.log('generator finally'); } }
const it = g();
it.next();
it[Symbol.dispose]();
show('after dispose', () => JSON.stringify(it.next()));
show('map helper dispose', () => { const h = g().map((x) => x); h.next(); h[Symbol.dispose](); return 'ok'; });
