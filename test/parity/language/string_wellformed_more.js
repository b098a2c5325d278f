// Checks isWellFormed/toWellFormed on objects and surrogate edges.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('object', () => String.prototype.isWellFormed.call({ toString() { return 'a\uDC00'; } }));
show('number', () => String.prototype.isWellFormed.call(42));
show('symbol', () => String.prototype.isWellFormed.call(Symbol()));
show('trailing high', () => 'ab\uD83D'.toWellFormed().length);
show('reversed pair', () => [...'\uDE00\uD83D'.toWellFormed()].map((c) => c.charCodeAt(0).toString(16)));
