// Compound units take CLDR's own forms where it has them (mpg, km/h in Japanese word order),
// else the two units joined with the locale's per pattern; and the list of currencies.
'use strict';
const units = ['kilometer-per-hour', 'meter-per-second', 'mile-per-hour', 'mile-per-gallon', 'liter-per-kilometer',
  'kilobyte-per-second', 'gram-per-liter', 'foot-per-second', 'kilometer', 'celsius'];
for (const loc of ['en', 'en-IN', 'de', 'fr', 'es', 'ja', 'zh', 'pt', 'ru', 'it', 'ko']) {
  for (const u of units) {
    const row = ['short', 'long', 'narrow'].map((d) => new Intl.NumberFormat(loc, { style: 'unit', unit: u, unitDisplay: d }).format(1) +
      ' / ' + new Intl.NumberFormat(loc, { style: 'unit', unit: u, unitDisplay: d }).format(2.5));
    console.log(loc, u, row.join(' | '));
  }
}
console.log(JSON.stringify(new Intl.NumberFormat('ja', { style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long' }).formatToParts(12)));
const cur = Intl.supportedValuesOf('currency');
console.log(cur.length, cur.slice(0, 5), cur.includes('ATS'), cur.includes('EUR'), 'variants' in Intl.Locale.prototype);
