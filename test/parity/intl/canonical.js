// Intl: Intl.getCanonicalLocales.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("Intl.getCanonicalLocales(['EN-us', 'en-US', 'de'])", () => Intl.getCanonicalLocales(['EN-us', 'en-US', 'de']));
show("Intl.getCanonicalLocales('iw')", () => Intl.getCanonicalLocales('iw'));
show("Intl.getCanonicalLocales('sh')", () => Intl.getCanonicalLocales('sh'));
show("Intl.getCanonicalLocales('en-us-u-kn-true')", () => Intl.getCanonicalLocales('en-us-u-kn-true'));
show("Intl.getCanonicalLocales('de-1996-1901')", () => Intl.getCanonicalLocales('de-1996-1901'));
show("Intl.getCanonicalLocales('en-a-aaa-u-ca-gregory-x-priv')", () => Intl.getCanonicalLocales('en-a-aaa-u-ca-gregory-x-priv'));
show("Intl.getCanonicalLocales('tl')", () => Intl.getCanonicalLocales('tl'));
show("Intl.getCanonicalLocales('cmn')", () => Intl.getCanonicalLocales('cmn'));
show("Intl.getCanonicalLocales('en_US')", () => Intl.getCanonicalLocales('en_US'));
show("Intl.getCanonicalLocales('')", () => Intl.getCanonicalLocales(''));
show("Intl.getCanonicalLocales('x-private')", () => Intl.getCanonicalLocales('x-private'));
show("Intl.getCanonicalLocales([1])", () => Intl.getCanonicalLocales([1]));
show("Intl.getCanonicalLocales()", () => Intl.getCanonicalLocales());
show("Intl.getCanonicalLocales('en-u-ca')", () => Intl.getCanonicalLocales('en-u-ca'));
