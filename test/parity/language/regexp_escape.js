// Checks RegExp.escape.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('syntax', () => RegExp.escape('foo.bar[1]*(x)?'));
show('leading digit', () => RegExp.escape('1abc'));
show('punctuators', () => RegExp.escape(',-=<>#&!%:;@~`\'"'));
show('whitespace', () => RegExp.escape(' \t\n\u2028'));
show('lone surrogate', () => RegExp.escape('\uD800'));
show('round trip', () => new RegExp(RegExp.escape('a.b*c')).test('a.b*c'));
show('non-string', () => RegExp.escape(5));
