// Intl: Collator in zh.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['b', 'a', 'B', 'A', '\u00e4', 'z', '\u00e9', 'e'].sort(new Intl.Collator('zh').compare)", () => ['b', 'a', 'B', 'A', 'ä', 'z', 'é', 'e'].sort(new Intl.Collator('zh').compare));
show("['item10', 'item2', 'item1'].sort(new Intl.Collator('zh', { numeric: true }).compare)", () => ['item10', 'item2', 'item1'].sort(new Intl.Collator('zh', { numeric: true }).compare));
show("[new Intl.Collator('zh', { sensitivity: 'base' }).compare('a', 'A'), new Intl.Collator(...", () => [new Intl.Collator('zh', { sensitivity: 'base' }).compare('a', 'A'), new Intl.Collator('zh', { sensitivity: 'base' }).compare('a', 'á')]);
show("[new Intl.Collator('zh', { sensitivity: 'accent' }).compare('a', 'A'), new Intl.Collato...", () => [new Intl.Collator('zh', { sensitivity: 'accent' }).compare('a', 'A'), new Intl.Collator('zh', { sensitivity: 'accent' }).compare('a', 'á')]);
show("'a'.localeCompare('b', 'zh')", () => 'a'.localeCompare('b', 'zh'));
show("new Intl.Collator('zh').resolvedOptions()", () => new Intl.Collator('zh').resolvedOptions());
