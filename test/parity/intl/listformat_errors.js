// Intl: ListFormat edge cases.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.ListFormat('en').format([])", () => new Intl.ListFormat('en').format([]));
show("new Intl.ListFormat('en').format(['one'])", () => new Intl.ListFormat('en').format(['one']));
show("new Intl.ListFormat('en').format(new Set(['a', 'b', 'c', 'd']))", () => new Intl.ListFormat('en').format(new Set(['a', 'b', 'c', 'd'])));
show("new Intl.ListFormat('en').format([1])", () => new Intl.ListFormat('en').format([1]));
show("new Intl.ListFormat('es').format(['agua', 'hielo'])", () => new Intl.ListFormat('es').format(['agua', 'hielo']));
show("new Intl.ListFormat('es', { type: 'disjunction' }).format(['siete', 'ocho'])", () => new Intl.ListFormat('es', { type: 'disjunction' }).format(['siete', 'ocho']));
show("new Intl.ListFormat('en', { type: 'x' })", () => new Intl.ListFormat('en', { type: 'x' }));
show("new Intl.ListFormat('en').resolvedOptions()", () => new Intl.ListFormat('en').resolvedOptions());
