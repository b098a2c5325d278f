// Intl: Intl.Locale construction and getters.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("String(new Intl.Locale('en-us'))", () => String(new Intl.Locale('en-us')));
show("(() => { const l = new Intl.Locale('zh-Hant-TW-u-ca-gregory-hc-h23-nu-latn'); return [l...", () => (() => { const l = new Intl.Locale('zh-Hant-TW-u-ca-gregory-hc-h23-nu-latn'); return [l.language, l.script, l.region, l.baseName, l.calendar, l.hourCycle, l.numberingSystem, l.numeric, l.caseFirst, l.collation]; })());
show("String(new Intl.Locale('en', { region: 'GB', calendar: 'gregory', hourCycle: 'h12', num...", () => String(new Intl.Locale('en', { region: 'GB', calendar: 'gregory', hourCycle: 'h12', numeric: true })));
show("new Intl.Locale('en', { region: 'x' })", () => new Intl.Locale('en', { region: 'x' }));
show("new Intl.Locale()", () => new Intl.Locale());
show("new Intl.Locale('en-u-kn-co-phonebk').numeric", () => new Intl.Locale('en-u-kn-co-phonebk').numeric);
show("Object.prototype.toString.call(new Intl.Locale('en'))", () => Object.prototype.toString.call(new Intl.Locale('en')));
