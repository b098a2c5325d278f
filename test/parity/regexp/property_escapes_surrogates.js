// Property escapes and lone surrogates: \P{…}, \p{Any}, \p{Assigned} and \p{Cs} match a lone
// surrogate (a surrogate pair stays one code point), also with the d and v flags.
console.log(/[\udc00]/u.test('\udc00'), /\P{ASCII}/u.test('\udc00'), /^\P{ASCII}$/u.test('\ud83d\ude00'), /\p{Any}/u.test('\udc00'), /\p{Cs}/u.test('\ud800'), /^\p{Cs}$/u.test('\ud83d\ude00'), /[\P{L}]/u.test('\udc00'));
const m = /(\P{ASCII})/du.exec('a\udc00b'); console.log(m && m.indices[1]);
const m2 = /\p{L}+/dv.exec('1é€x'); console.log(m2 && m2.indices[0], /[\p{Any}--[a-z]]/v.test('\udc00'));
console.log('x\ud800y'.replace(/\P{L}/gu, '#'), '😀'.replace(/\P{ASCII}/gu, '#'));
