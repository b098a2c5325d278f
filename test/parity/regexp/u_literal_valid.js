// Valid u-mode literals next to division and slashes in strings and templates still load
// (the early check must not misread them).
'use strict';
const a = 10, u = 2, gu = 5;
const q = a / u / gu;
const path = '/usr/lib/u', tpl = `/x/u ${a / u}`;
const re = /[\p{L}\-]+\u{1F600}?/u, re2 = /(?<y>\d{4})-(?<m>\d\d)/gu;
console.log(q, path, tpl, re.test('héllo-'), '2024-05'.replace(re2, '$<m>/$<y>'));
