// Checks invalid property names are SyntaxErrors.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('unknown', () => new RegExp('\\p{Foo}', 'u'));
show('unknown value', () => new RegExp('\\p{Script=Foo}', 'u'));
show('contributory', () => new RegExp('\\p{Other_Alphabetic}', 'u'));
