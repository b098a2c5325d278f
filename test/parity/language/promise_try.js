// Checks Promise.try: sync throw becomes rejection, args passed.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
Promise.try(() => { throw new Error('boom'); }).catch((e) => console.log('caught', e.message));
Promise.try((a, b) => a + b, 1, 2).then((v) => console.log('sum', v));
show('non-object this', () => Promise.try.call(5));
show('length', () => Promise.try.length);
