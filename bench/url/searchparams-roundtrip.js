// URLSearchParams round trips: parse a query string, read, modify, serialize (50,000 times).
'use strict';
const queries = [];
for (let i = 0; i < 100; i++) {
  queries.push(`q=node+js+${i}&page=${i % 7}&sort=desc&filter=a%20b%26c&tags=x&tags=y&tags=z&empty=&utf=%E2%98%83${i}`);
}
let sum = 0;
for (let i = 0; i < 50000; i++) {
  const p = new URLSearchParams(queries[i % 100]);
  sum += p.get('page').length + p.getAll('tags').length;
  p.set('page', String(i));
  p.append('extra', 'v a l');
  p.delete('empty');
  sum = (sum + p.toString().length) % 1000000007;
}
console.log(sum);
