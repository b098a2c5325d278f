// new URL() on 100,000 URLs shaped like real-world traffic (hosts, paths, queries, fragments,
// credentials, ports, IPs, IDNs, relative references with a base); reads the components.
'use strict';
const hosts = ['example.com', 'www.google.com', 'api.github.com', 'cdn.jsdelivr.net', 'sub.domain.co.uk', '127.0.0.1', '[::1]', 'b\u00fccher.de', 'localhost', 'xn--n3h.com'];
const paths = ['/', '/index.html', '/api/v1/users/12345', '/a/b/../c/./d', '/search', '/static/js/app.min.js', '/%7Euser/file%20name.pdf', '/path with spaces/x', '/wiki/URL', '/x/y/z/'];
const queries = ['', '?q=node', '?a=1&b=2&c=3', '?utm_source=news&utm_medium=email&utm_campaign=spring', '?redirect=https%3A%2F%2Fx.com%2F', '?empty=&flag'];
const frags = ['', '#top', '#section-2', '#/route/a?b'];
// Inputs and their bases are two parallel arrays rather than 100,000 [input, base] pairs: in this
// engine every array carries a property map, so the pairs alone cost gnode ~100 MB and ~0.3 s
// before the first URL is parsed, which is not URL work.
const inputs = [];
const bases = [];
let seed = 42;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
for (let i = 0; i < 100000; i++) {
  const kind = rnd(10);
  const h = hosts[rnd(hosts.length)];
  const p = paths[rnd(paths.length)] + queries[rnd(queries.length)] + frags[rnd(frags.length)];
  if (kind < 6) { inputs.push('https://' + h + p); bases.push(undefined); }
  else if (kind === 6) { inputs.push('http://user:pass@' + h + ':8080' + p); bases.push(undefined); }
  else if (kind === 7) { inputs.push(p.slice(1) || 'x'); bases.push('https://' + h + '/base/dir/'); }
  else if (kind === 8) { inputs.push('HTTP://' + h.toUpperCase() + p); bases.push(undefined); }
  else { inputs.push('file:///home/user' + p); bases.push(undefined); }
}
// An indexed loop: a for-of costs this engine an iterator result object per step.
let sum = 0;
for (let i = 0; i < inputs.length; i++) {
  const input = inputs[i], base = bases[i];
  const u = base === undefined ? new URL(input) : new URL(input, base);
  sum = (sum + u.href.length + u.hostname.length + u.pathname.length + u.search.length + u.port.length) % 1000000007;
}
console.log(sum);
