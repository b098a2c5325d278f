// Intl: ListFormat in zh.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.ListFormat('zh').format(['a', 'b', 'c'])", () => new Intl.ListFormat('zh').format(['a', 'b', 'c']));
show("new Intl.ListFormat('zh').format(['a', 'b'])", () => new Intl.ListFormat('zh').format(['a', 'b']));
show("new Intl.ListFormat('zh', { type: 'disjunction' }).format(['a', 'b', 'c'])", () => new Intl.ListFormat('zh', { type: 'disjunction' }).format(['a', 'b', 'c']));
show("new Intl.ListFormat('zh', { style: 'short', type: 'unit' }).format(['a', 'b', 'c'])", () => new Intl.ListFormat('zh', { style: 'short', type: 'unit' }).format(['a', 'b', 'c']));
show("new Intl.ListFormat('zh', { style: 'narrow', type: 'unit' }).format(['a', 'b', 'c'])", () => new Intl.ListFormat('zh', { style: 'narrow', type: 'unit' }).format(['a', 'b', 'c']));
show("new Intl.ListFormat('zh').formatToParts(['x', 'y'])", () => new Intl.ListFormat('zh').formatToParts(['x', 'y']));
