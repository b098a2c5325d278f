// Checks iterator helpers close the underlying iterator.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
function counting() {
  let n = 0;
  return { __proto__: Iterator.prototype, next() { return { value: n++, done: false }; }, return() { console.log('return called'); return {}; } };
}
show('take closes', () => counting().take(2).toArray());
show('find closes', () => counting().find((x) => x === 3));
const h = counting().map((x) => x);
h.next();
show('helper return', () => JSON.stringify(h.return()));
show('after return', () => JSON.stringify(h.next()));
show('callback throws', () => counting().map(() => { throw new Error('cb'); }).next());
