// Intl: DisplayNames options and errors.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.DisplayNames('en', { type: 'region', style: 'short' }).of('US')", () => new Intl.DisplayNames('en', { type: 'region', style: 'short' }).of('US'));
show("new Intl.DisplayNames('en', { type: 'language', languageDisplay: 'standard' }).of('en-G...", () => new Intl.DisplayNames('en', { type: 'language', languageDisplay: 'standard' }).of('en-GB'));
show("new Intl.DisplayNames('en', { type: 'language' }).of('en-GB')", () => new Intl.DisplayNames('en', { type: 'language' }).of('en-GB'));
show("new Intl.DisplayNames('en', { type: 'language' }).of('fr-Latn-CA')", () => new Intl.DisplayNames('en', { type: 'language' }).of('fr-Latn-CA'));
show("new Intl.DisplayNames('en', { type: 'region', fallback: 'none' }).of('QQ')", () => new Intl.DisplayNames('en', { type: 'region', fallback: 'none' }).of('QQ'));
show("new Intl.DisplayNames('en', { type: 'region' }).of('QQ')", () => new Intl.DisplayNames('en', { type: 'region' }).of('QQ'));
show("new Intl.DisplayNames('en', { type: 'region' }).of('xx1')", () => new Intl.DisplayNames('en', { type: 'region' }).of('xx1'));
show("new Intl.DisplayNames('en')", () => new Intl.DisplayNames('en'));
show("new Intl.DisplayNames('en', { type: 'region' }).resolvedOptions()", () => new Intl.DisplayNames('en', { type: 'region' }).resolvedOptions());
show("new Intl.DisplayNames('en', { type: 'language' }).resolvedOptions()", () => new Intl.DisplayNames('en', { type: 'language' }).resolvedOptions());
