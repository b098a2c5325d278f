// Intl: locale negotiation and fallback.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['de-DE', 'en-XX', 'zh-TW', 'zh-CN', 'es-MX', 'pt-BR', 'en-DE', 'EN-gb', 'xx', 'und', '...", () => ['de-DE', 'en-XX', 'zh-TW', 'zh-CN', 'es-MX', 'pt-BR', 'en-DE', 'EN-gb', 'xx', 'und', 'fr-CA'].map((l) => new Intl.NumberFormat(l).resolvedOptions().locale));
show("['en-US-u-ca-buddhist', 'de-u-co-phonebk', 'en-u-nu-thai', 'fr-FR-u-hc-h23'].map((l) =>...", () => ['en-US-u-ca-buddhist', 'de-u-co-phonebk', 'en-u-nu-thai', 'fr-FR-u-hc-h23'].map((l) => new Intl.NumberFormat(l).resolvedOptions().locale));
show("new Intl.NumberFormat('en-u-nu-thai').format(123)", () => new Intl.NumberFormat('en-u-nu-thai').format(123));
show("new Intl.NumberFormat('en', { numberingSystem: 'arab' }).resolvedOptions().numberingSys...", () => new Intl.NumberFormat('en', { numberingSystem: 'arab' }).resolvedOptions().numberingSystem);
show("new Intl.NumberFormat(['xx', 'de']).resolvedOptions().locale", () => new Intl.NumberFormat(['xx', 'de']).resolvedOptions().locale);
show("Intl.DateTimeFormat.supportedLocalesOf(['en-US', 'xx', 'de'])", () => Intl.DateTimeFormat.supportedLocalesOf(['en-US', 'xx', 'de']));
show("new Intl.NumberFormat('pt-PT').format(1234.5) + ' / ' + new Intl.NumberFormat('pt-BR')....", () => new Intl.NumberFormat('pt-PT').format(1234.5) + ' / ' + new Intl.NumberFormat('pt-BR').format(1234.5));
show("new Intl.NumberFormat('de-CH').format(1234.5) + ' / ' + new Intl.NumberFormat('de-AT')....", () => new Intl.NumberFormat('de-CH').format(1234.5) + ' / ' + new Intl.NumberFormat('de-AT').format(1234.5));
