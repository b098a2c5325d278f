// Emits the code point ranges of every Unicode property ECMAScript knows, as V8 (ICU) has them.
const fs = require('fs');
const [scriptsFile, out] = process.argv.slice(2);
const scripts = fs.readFileSync(scriptsFile, 'utf8').trim().split('\n').map((l) => l.split(' '));
let all = '';
for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) all += String.fromCodePoint(cp);
function ranges(re) {
  const rs = [];
  for (const m of all.matchAll(re)) {
    const cp = m[0].codePointAt(0);
    const last = rs[rs.length - 1];
    if (last && last[1] === cp - 1) last[1] = cp; else rs.push([cp, cp]);
  }
  return rs.map(([a, b]) => a === b ? a.toString(16) : a.toString(16) + '-' + b.toString(16)).join(' ');
}
const lines = [];
const gc = ['Cc','Cf','Cn','Co','Cs','Ll','Lm','Lo','Lt','Lu','Mc','Me','Mn','Nd','Nl','No','Pc','Pd','Pe','Pf','Pi','Po','Ps','Sc','Sk','Sm','So','Zl','Zp','Zs'];
for (const g of gc) lines.push('gc=' + g + ' ' + ranges(new RegExp(`\\p{gc=${g}}`, 'gu')));
const binary = ['ASCII_Hex_Digit','Alphabetic','Bidi_Control','Bidi_Mirrored','Case_Ignorable','Cased','Changes_When_Casefolded','Changes_When_Casemapped','Changes_When_Lowercased','Changes_When_NFKC_Casefolded','Changes_When_Titlecased','Changes_When_Uppercased','Dash','Default_Ignorable_Code_Point','Deprecated','Diacritic','Emoji','Emoji_Component','Emoji_Modifier','Emoji_Modifier_Base','Emoji_Presentation','Extended_Pictographic','Extender','Grapheme_Base','Grapheme_Extend','Hex_Digit','IDS_Binary_Operator','IDS_Trinary_Operator','ID_Continue','ID_Start','Ideographic','Join_Control','Logical_Order_Exception','Lowercase','Math','Noncharacter_Code_Point','Pattern_Syntax','Pattern_White_Space','Quotation_Mark','Radical','Regional_Indicator','Sentence_Terminal','Soft_Dotted','Terminal_Punctuation','Unified_Ideograph','Uppercase','Variation_Selector','White_Space','XID_Continue','XID_Start'];
for (const b of binary) lines.push(b + ' ' + ranges(new RegExp(`\\p{${b}}`, 'gu')));
for (const [long, code] of scripts) {
  let re;
  try { re = new RegExp(`\\p{sc=${long}}`, 'gu'); } catch { continue; }
  lines.push('sc=' + long + ' ' + code + ' ' + ranges(re));
  lines.push('scx=' + long + ' ' + code + ' ' + ranges(new RegExp(`\\p{scx=${long}}`, 'gu')));
}
fs.writeFileSync(out, lines.join('\n') + '\n');
