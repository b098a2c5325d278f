// Checks String.prototype.isWellFormed / toWellFormed.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('ok', () => 'abc😀'.isWellFormed());
show('lone high', () => 'a\uD800b'.isWellFormed());
show('lone low', () => '\uDC00'.isWellFormed());
show('fixed', () => [...'a\uD800b\uDC00'.toWellFormed()].map((c) => c.charCodeAt(0).toString(16)));
show('pair kept', () => '😀'.toWellFormed() === '😀');
show('null this', () => String.prototype.isWellFormed.call(null));
show('undefined this', () => String.prototype.toWellFormed.call(undefined));
