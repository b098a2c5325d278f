// structuredClone of Date, RegExp (lastIndex reset), Map and Set.
const d = new Date(86400000);
const dc = structuredClone(d);
console.log(dc, dc !== d, dc instanceof Date);
const re = /ab+c/gi;
re.lastIndex = 3;
const rc = structuredClone(re);
console.log(rc, rc.lastIndex, rc.flags, rc !== re);
const m = structuredClone(new Map([[1, { a: 1 }], ['k', [2]]]));
console.log(m, m instanceof Map);
const s = structuredClone(new Set([1, 'a', { b: 2 }]));
console.log(s, s instanceof Set);
const key = {};
const mk = structuredClone(new Map([[key, key]]));
const [[k2, v2]] = mk;
console.log(k2 === v2, k2 !== key);
