// String methods with v regexps step over surrogate pairs as with u.
console.log('😀a😀'.match(/(?:)/gv).length, '😀a😀'.replace(/(?:)/gv, '-'), '😀x'.split(/(?:)/v));
console.log([...'a😀b'.matchAll(/[\p{Emoji}--\p{ASCII}]/gv)].map((m) => m.index));
console.log('x🇫🇷y🇩🇪'.replace(/\p{RGI_Emoji_Flag_Sequence}/gv, (m, i) => `[${i}]`));
console.log('a1b2c3'.split(/[\d--[2]]/v), 'aXbYc'.split(/[\p{Lu}]/v, 2));
console.log('ab12'.search(/[\d&&[0-1]]/v), 'AbCd'.replaceAll(/[\p{L}--\p{Ll}]/gv, '_'));
const re = /[\w--\d]/gv;
re.lastIndex = 2;
console.log(re.exec('a1b2')[0], re.lastIndex, re.test('a1b2'), re.lastIndex);
const sticky = /[\q{ab}c]/vy;
console.log(sticky.exec('abcab')[0], sticky.lastIndex, sticky.exec('abcab')[0], sticky.lastIndex, sticky.exec('abcab')[0], sticky.exec('abcab'));
