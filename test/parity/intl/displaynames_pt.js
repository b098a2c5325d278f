// Intl: DisplayNames in pt.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['en', 'de', 'fr', 'ja', 'zh-Hant', 'en-GB', 'pt-BR'].map((c) => new Intl.DisplayNames(...", () => ['en', 'de', 'fr', 'ja', 'zh-Hant', 'en-GB', 'pt-BR'].map((c) => new Intl.DisplayNames('pt', { type: 'language' }).of(c)));
show("['US', 'DE', 'JP', 'BR', '419'].map((c) => new Intl.DisplayNames('pt', { type: 'region'...", () => ['US', 'DE', 'JP', 'BR', '419'].map((c) => new Intl.DisplayNames('pt', { type: 'region' }).of(c)));
show("['Latn', 'Cyrl', 'Hans'].map((c) => new Intl.DisplayNames('pt', { type: 'script' }).of(...", () => ['Latn', 'Cyrl', 'Hans'].map((c) => new Intl.DisplayNames('pt', { type: 'script' }).of(c)));
show("['USD', 'EUR', 'JPY'].map((c) => new Intl.DisplayNames('pt', { type: 'currency' }).of(c))", () => ['USD', 'EUR', 'JPY'].map((c) => new Intl.DisplayNames('pt', { type: 'currency' }).of(c)));
show("['year', 'month', 'day', 'hour'].map((c) => new Intl.DisplayNames('pt', { type: 'dateTi...", () => ['year', 'month', 'day', 'hour'].map((c) => new Intl.DisplayNames('pt', { type: 'dateTimeField' }).of(c)));
show("new Intl.DisplayNames('pt', { type: 'calendar' }).of('gregory')", () => new Intl.DisplayNames('pt', { type: 'calendar' }).of('gregory'));
