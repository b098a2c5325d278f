// Checks helpers on a user iterator inheriting Iterator.prototype.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
class Count extends Iterator {
  constructor(n) { super(); this.i = 0; this.n = n; }
  next() { return this.i < this.n ? { value: this.i++, done: false } : { value: undefined, done: true }; }
}
show('map', () => new Count(3).map((x) => x + 1).toArray());
show('chain', () => new Count(10).filter((x) => x % 3 === 0).drop(1).take(2).toArray());
show('instance', () => new Count(1) instanceof Iterator);
show('toStringTag', () => String(new Count(1)));
