// Checks invalid regexps are SyntaxErrors.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('unterminated class', () => new RegExp('['));
show('nothing to repeat', () => new RegExp('*'));
show('bad flags', () => new RegExp('a', 'gg'));
show('unknown flag', () => new RegExp('a', 'x'));
show('lone quantifier brace u', () => new RegExp('{', 'u'));
show('bad escape u', () => new RegExp('\\q', 'u'));
