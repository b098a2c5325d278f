// URL setters and searchParams on existing URLs (30,000 URLs, several setters each).
'use strict';
let sum = 0;
for (let i = 0; i < 30000; i++) {
  const u = new URL('https://example.com/a/b?x=1#h');
  u.pathname = '/items/' + i;
  u.searchParams.set('page', String(i % 10));
  u.hash = 'frag' + (i % 3);
  u.port = String(8000 + (i % 100));
  u.hostname = 'host' + (i % 50) + '.example.org';
  sum = (sum + u.href.length) % 1000000007;
}
console.log(sum);
