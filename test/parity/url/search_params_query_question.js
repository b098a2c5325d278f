// A URL whose query itself starts with "?" (input "??a=b"): its searchParams keep that "?" in
// the first name, unlike new URLSearchParams("?a=b"), which drops one.
'use strict';
for (const [input, base] of [['??a=b&c=d', 'http://example.org/foo/bar'], ['http://x/???q', undefined], ['http://x/?', undefined], ['http://x/?%3Fa=1', undefined]]) {
  const u = new URL(input, base);
  console.log(u.href, JSON.stringify(u.search), u.searchParams.toString(), [...u.searchParams.keys()]);
}
console.log(new URLSearchParams('??a=b').toString(), new URLSearchParams('?a=b').toString());
