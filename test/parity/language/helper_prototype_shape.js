// Checks the iterator helper object's prototype.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const h = [1].values().map((x) => x);
const proto = Object.getPrototypeOf(h);
show('own keys', () => Reflect.ownKeys(proto).map(String));
show('next length', () => proto.next.length + ' ' + proto.return.length);
show('parent', () => Object.getPrototypeOf(proto) === Iterator.prototype);
show('return on fresh', () => JSON.stringify([1].values().map((x) => x).return()));
