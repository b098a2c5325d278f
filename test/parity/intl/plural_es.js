// Intl: PluralRules in es.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("[0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1.5, 0.1].map((v) => new Intl.PluralRules('es').se...", () => [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1.5, 0.1].map((v) => new Intl.PluralRules('es').select(v)));
show("[1, 2, 3, 4, 11, 21, 22, 23, 101].map((v) => new Intl.PluralRules('es', { type: 'ordina...", () => [1, 2, 3, 4, 11, 21, 22, 23, 101].map((v) => new Intl.PluralRules('es', { type: 'ordinal' }).select(v)));
show("new Intl.PluralRules('es').resolvedOptions().pluralCategories", () => new Intl.PluralRules('es').resolvedOptions().pluralCategories);
show("new Intl.PluralRules('es', { type: 'ordinal' }).resolvedOptions().pluralCategories", () => new Intl.PluralRules('es', { type: 'ordinal' }).resolvedOptions().pluralCategories);
