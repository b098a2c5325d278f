// The escape \u{10FFFF} (the last code point) in string, template and regexp literals, with
// leading zeros and next to an escaped backslash; the engine's scanner mis-measured it.
'use strict';
const s = '\u{10FFFF}';
console.log(s.length, s.codePointAt(0).toString(16), s === '\uDBFF\uDFFF');
console.log(`x\u{0010ffff}y`.length, `\u{10FFFF}`.codePointAt(0));
console.log(/^\u{10FFFF}$/u.test(s), /[\u{10000}-\u{10FFFF}]/u.test('\u{1F600}'));
console.log('\\u{10FFFF}', '\\u{10FFFF}'.length);
console.log(JSON.stringify({ k: '\u{10FFFF}' }).length, encodeURIComponent(s));
