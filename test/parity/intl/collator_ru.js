// Intl: Collator in ru.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['b', 'a', 'B', 'A', '\u00e4', 'z', '\u00e9', 'e'].sort(new Intl.Collator('ru').compare)", () => ['b', 'a', 'B', 'A', 'ä', 'z', 'é', 'e'].sort(new Intl.Collator('ru').compare));
show("['item10', 'item2', 'item1'].sort(new Intl.Collator('ru', { numeric: true }).compare)", () => ['item10', 'item2', 'item1'].sort(new Intl.Collator('ru', { numeric: true }).compare));
show("[new Intl.Collator('ru', { sensitivity: 'base' }).compare('a', 'A'), new Intl.Collator(...", () => [new Intl.Collator('ru', { sensitivity: 'base' }).compare('a', 'A'), new Intl.Collator('ru', { sensitivity: 'base' }).compare('a', 'á')]);
show("[new Intl.Collator('ru', { sensitivity: 'accent' }).compare('a', 'A'), new Intl.Collato...", () => [new Intl.Collator('ru', { sensitivity: 'accent' }).compare('a', 'A'), new Intl.Collator('ru', { sensitivity: 'accent' }).compare('a', 'á')]);
show("'a'.localeCompare('b', 'ru')", () => 'a'.localeCompare('b', 'ru'));
show("new Intl.Collator('ru').resolvedOptions()", () => new Intl.Collator('ru').resolvedOptions());
