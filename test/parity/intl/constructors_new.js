// Intl: constructors that require new.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("Intl.PluralRules()", () => Intl.PluralRules());
show("Intl.RelativeTimeFormat()", () => Intl.RelativeTimeFormat());
show("Intl.ListFormat()", () => Intl.ListFormat());
show("Intl.Segmenter()", () => Intl.Segmenter());
show("Intl.Locale('en')", () => Intl.Locale('en'));
show("Intl.DisplayNames('en', { type: 'region' })", () => Intl.DisplayNames('en', { type: 'region' }));
show("typeof Intl.Collator()", () => typeof Intl.Collator());
show("typeof Intl.DateTimeFormat()", () => typeof Intl.DateTimeFormat());
