// Checks SuppressedError constructor.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const e = new SuppressedError(new Error('a'), new Error('b'), 'both');
show('message', () => e.message);
show('error', () => e.error.message + ' ' + e.suppressed.message);
show('no message', () => Object.hasOwn(new SuppressedError(1, 2), 'message'));
show('call', () => SuppressedError(1, 2, 'x').message);
show('prototype chain', () => Object.getPrototypeOf(SuppressedError.prototype) === Error.prototype);
show('toString', () => String(new SuppressedError(1, 2, 'm')));
