// Intl: Intl.Locale info methods.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.Locale('en-US').getWeekInfo()", () => new Intl.Locale('en-US').getWeekInfo());
show("new Intl.Locale('de-DE').getWeekInfo()", () => new Intl.Locale('de-DE').getWeekInfo());
show("new Intl.Locale('en-GB').getHourCycles()", () => new Intl.Locale('en-GB').getHourCycles());
show("new Intl.Locale('en-US').getHourCycles()", () => new Intl.Locale('en-US').getHourCycles());
show("new Intl.Locale('ja').getCalendars()", () => new Intl.Locale('ja').getCalendars());
show("new Intl.Locale('ar').getTextInfo()", () => new Intl.Locale('ar').getTextInfo());
show("new Intl.Locale('en').getTextInfo()", () => new Intl.Locale('en').getTextInfo());
show("new Intl.Locale('en').getNumberingSystems()", () => new Intl.Locale('en').getNumberingSystems());
show("new Intl.Locale('de').getCollations()", () => new Intl.Locale('de').getCollations());
