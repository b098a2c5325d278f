// Checks the Iterator global: abstract, subclassable, prototype accessors.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('typeof', () => typeof Iterator);
show('new', () => new Iterator());
show('call', () => Iterator());
class MyIt extends Iterator { next() { return { done: true }; } }
show('subclass', () => new MyIt() instanceof Iterator);
show('proto', () => Iterator.prototype === Object.getPrototypeOf(Object.getPrototypeOf([].values())));
show('toStringTag', () => Iterator.prototype[Symbol.toStringTag]);
show('constructor', () => Iterator.prototype.constructor === Iterator);
show('desc', () => JSON.stringify(Object.keys(Object.getOwnPropertyDescriptor(Iterator.prototype, 'constructor'))));
