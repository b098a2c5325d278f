// Intl: toLocaleString family delegates to Intl.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("(1234567.891).toLocaleString()", () => (1234567.891).toLocaleString());
show("(1234567.891).toLocaleString('de-DE')", () => (1234567.891).toLocaleString('de-DE'));
show("(0.5).toLocaleString('en', { style: 'percent' })", () => (0.5).toLocaleString('en', { style: 'percent' }));
show("(1234n).toLocaleString('fr')", () => (1234n).toLocaleString('fr'));
show("[1234.5, new Date(Date.UTC(2024, 0, 2)), 'x', null].toLocaleString('de', { timeZone: 'U...", () => [1234.5, new Date(Date.UTC(2024, 0, 2)), 'x', null].toLocaleString('de', { timeZone: 'UTC' }));
show("'a'.localeCompare('B')", () => 'a'.localeCompare('B'));
show("['\u00e4', 'a', 'z'].sort((a, b) => a.localeCompare(b, 'de'))", () => ['ä', 'a', 'z'].sort((a, b) => a.localeCompare(b, 'de')));
show("['\u00e4', 'a', 'z'].sort((a, b) => a.localeCompare(b, 'sv'))", () => ['ä', 'a', 'z'].sort((a, b) => a.localeCompare(b, 'sv')));
show("'istanbul'.toLocaleUpperCase('tr')", () => 'istanbul'.toLocaleUpperCase('tr'));
show("'I'.toLocaleLowerCase('tr')", () => 'I'.toLocaleLowerCase('tr'));
show("'Stra\u00dfe'.toLocaleUpperCase('de')", () => 'Straße'.toLocaleUpperCase('de'));
show("Number.prototype.toLocaleString.length", () => Number.prototype.toLocaleString.length);
show("Date.prototype.toLocaleString.name", () => Date.prototype.toLocaleString.name);
show("new Uint8Array([1, 2]).toLocaleString()", () => new Uint8Array([1, 2]).toLocaleString());
