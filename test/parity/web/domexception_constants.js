// DOMException constants on the constructor and the prototype, and the property shape.
const names = Object.getOwnPropertyNames(DOMException).filter((n) => /_ERR$/.test(n));
console.log(names.length, names.map((n) => `${n}=${DOMException[n]}`).join(' '));
console.log(DOMException.prototype.ABORT_ERR, new DOMException('x').DATA_CLONE_ERR);
const d = Object.getOwnPropertyDescriptor(DOMException, 'ABORT_ERR');
console.log(d.writable, d.enumerable, d.configurable);
console.log(Object.keys(DOMException.prototype).slice(0, 5));
console.log(Object.getOwnPropertyNames(new DOMException('x')));
console.log(Object.getPrototypeOf(DOMException.prototype) === Error.prototype, DOMException.length, DOMException.name);
