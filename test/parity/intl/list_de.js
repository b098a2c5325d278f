// Intl: ListFormat in de.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.ListFormat('de').format(['a', 'b', 'c'])", () => new Intl.ListFormat('de').format(['a', 'b', 'c']));
show("new Intl.ListFormat('de').format(['a', 'b'])", () => new Intl.ListFormat('de').format(['a', 'b']));
show("new Intl.ListFormat('de', { type: 'disjunction' }).format(['a', 'b', 'c'])", () => new Intl.ListFormat('de', { type: 'disjunction' }).format(['a', 'b', 'c']));
show("new Intl.ListFormat('de', { style: 'short', type: 'unit' }).format(['a', 'b', 'c'])", () => new Intl.ListFormat('de', { style: 'short', type: 'unit' }).format(['a', 'b', 'c']));
show("new Intl.ListFormat('de', { style: 'narrow', type: 'unit' }).format(['a', 'b', 'c'])", () => new Intl.ListFormat('de', { style: 'narrow', type: 'unit' }).format(['a', 'b', 'c']));
show("new Intl.ListFormat('de').formatToParts(['x', 'y'])", () => new Intl.ListFormat('de').formatToParts(['x', 'y']));
