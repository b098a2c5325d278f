// IDNA: Unicode hosts become punycode, case and width folding, invalid labels
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
for (const h of ['b\u00fccher.de', 'B\u00dcCHER.de', '\u2603.com', 'xn--n3h.com', 'ＡＢＣ.com', 'a\u3002b', 'xn--a.com', 'a\u00adb.com', '%E2%98%83.com', 'ex%20ample.com', 'a<b', 'faß.de', '\u0661.com']) {
  try { console.log(JSON.stringify(h), new URL('https://' + h + '/').hostname); } catch (e) { console.log(JSON.stringify(h), e.code); }
}
