// Intl: PluralRules in ru.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("[0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1.5, 0.1].map((v) => new Intl.PluralRules('ru').se...", () => [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1.5, 0.1].map((v) => new Intl.PluralRules('ru').select(v)));
show("[1, 2, 3, 4, 11, 21, 22, 23, 101].map((v) => new Intl.PluralRules('ru', { type: 'ordina...", () => [1, 2, 3, 4, 11, 21, 22, 23, 101].map((v) => new Intl.PluralRules('ru', { type: 'ordinal' }).select(v)));
show("new Intl.PluralRules('ru').resolvedOptions().pluralCategories", () => new Intl.PluralRules('ru').resolvedOptions().pluralCategories);
show("new Intl.PluralRules('ru', { type: 'ordinal' }).resolvedOptions().pluralCategories", () => new Intl.PluralRules('ru', { type: 'ordinal' }).resolvedOptions().pluralCategories);
