// Intl: PluralRules options, selectRange, resolvedOptions.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.PluralRules('en').resolvedOptions()", () => new Intl.PluralRules('en').resolvedOptions());
show("new Intl.PluralRules('en', { minimumFractionDigits: 1 }).select(1)", () => new Intl.PluralRules('en', { minimumFractionDigits: 1 }).select(1));
show("new Intl.PluralRules('en', { maximumSignificantDigits: 1 }).select(1.4)", () => new Intl.PluralRules('en', { maximumSignificantDigits: 1 }).select(1.4));
show("new Intl.PluralRules('fr').select(1000000)", () => new Intl.PluralRules('fr').select(1000000));
show("new Intl.PluralRules('en').selectRange(1, 5)", () => new Intl.PluralRules('en').selectRange(1, 5));
show("new Intl.PluralRules('fr').selectRange(0, 1)", () => new Intl.PluralRules('fr').selectRange(0, 1));
show("new Intl.PluralRules('ru').selectRange(1, 2)", () => new Intl.PluralRules('ru').selectRange(1, 2));
show("new Intl.PluralRules('en').selectRange(NaN, 1)", () => new Intl.PluralRules('en').selectRange(NaN, 1));
show("new Intl.PluralRules('ar').select(3)", () => new Intl.PluralRules('ar').select(3));
show("new Intl.PluralRules('en', { type: 'bogus' })", () => new Intl.PluralRules('en', { type: 'bogus' }));
