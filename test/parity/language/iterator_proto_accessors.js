// Checks Iterator.prototype constructor/@@toStringTag setters.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const o = Object.create(Iterator.prototype);
o[Symbol.toStringTag] = 'Mine';
show('own tag', () => Object.hasOwn(o, Symbol.toStringTag) + ' ' + String(o));
o.constructor = 5;
show('own ctor', () => Object.hasOwn(o, 'constructor') + ' ' + o.constructor);
show('set on prototype', () => { Iterator.prototype[Symbol.toStringTag] = 'x'; return Iterator.prototype[Symbol.toStringTag]; });
show('getter name', () => Object.getOwnPropertyDescriptor(Iterator.prototype, Symbol.toStringTag).get.name);
