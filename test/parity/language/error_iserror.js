// Checks Error.isError.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('error', () => Error.isError(new Error('x')));
show('subclass', () => Error.isError(new TypeError('x')));
show('fake', () => Error.isError({ __proto__: Error.prototype }));
show('primitive', () => Error.isError('Error'));
show('length', () => Error.isError.length);
