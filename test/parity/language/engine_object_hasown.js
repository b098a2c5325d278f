// Checks Object.hasOwn, Error cause, AggregateError.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('hasOwn', () => [Object.hasOwn({ a: 1 }, 'a'), Object.hasOwn({}, 'toString')]);
show('hasOwn null', () => Object.hasOwn(null, 'a'));
const e = new Error('outer', { cause: 'inner' });
show('cause', () => e.cause);
show('no cause', () => 'cause' in new Error('x'));
const ag = new AggregateError([new Error('1'), 2], 'many');
show('aggregate', () => [ag.message, ag.errors.length, ag.name]);
