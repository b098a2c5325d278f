'use strict';
// Runs the WPT URL data (urltestdata.json, setters_tests.json, toascii.json,
// percent-encoding.json) through gnode's JavaScript URL class and prints the counts per file;
// exits 1 when a case fails that is not listed in KNOWN below. The data is read where it is
// (shared/wpt/url next to the repository), never copied.
//
//   gnode test/wpt/url.js DIR
const fs = require('fs');
const path = require('path');
const dir = process.argv[2];
const load = (name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
// Cases gnode cannot pass yet, with the reason (docs/compat/url.md).
const KNOWN = new Set([]);
const props = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
let failed = 0;
function report(file, pass, fails) {
  const unknown = fails.filter((f) => !KNOWN.has(f));
  console.log(`${file}: ${pass} passed, ${fails.length} failed${fails.length ? ` (${fails.length - unknown.length} known)` : ''}`);
  for (const f of unknown) console.log('  FAIL ' + f);
  failed += unknown.length;
}

{
  let pass = 0; const fails = [];
  for (const t of load('urltestdata.json')) {
    if (typeof t === 'string') continue;
    const name = `urltestdata ${JSON.stringify(t.input)} base ${JSON.stringify(t.base)}`;
    let u = null, err = null;
    try { u = t.base === null || t.base === undefined ? new URL(t.input) : new URL(t.input, t.base); } catch (e) { err = e; }
    let ok;
    if (t.failure) ok = err instanceof TypeError && URL.canParse(t.input, t.base ?? undefined) === false;
    else ok = u !== null && props.every((p) => !(p in t) || u[p] === t[p]) &&
      (!('searchParams' in t) || u.searchParams.toString() === t.searchParams);
    if (ok) pass++; else fails.push(name);
  }
  report('urltestdata.json', pass, fails);
}
{
  let pass = 0; const fails = [];
  const data = load('setters_tests.json');
  for (const attr of Object.keys(data)) {
    if (attr === 'comment') continue;
    for (const t of data[attr]) {
      const u = new URL(t.href);
      u[attr] = t.new_value;
      const ok = Object.keys(t.expected).every((p) => u[p] === t.expected[p]);
      if (ok) pass++; else fails.push(`setters ${attr} ${t.new_value}`);
    }
  }
  report('setters_tests.json', pass, fails);
}
{
  let pass = 0; const fails = [];
  for (const t of load('toascii.json')) {
    if (typeof t === 'string') continue;
    let host = null;
    try { host = new URL(`https://${t.input}/x`).host; } catch { host = null; }
    let hostname = null;
    try { const u = new URL('https://x/x'); u.hostname = t.input; hostname = u.hostname; } catch { hostname = null; }
    const ok = t.output === null ? host === null && hostname === 'x' : host === t.output && hostname === t.output;
    if (ok) pass++; else fails.push(`toascii ${JSON.stringify(t.input)}`);
  }
  report('toascii.json', pass, fails);
}
{
  let pass = 0; const fails = [];
  for (const t of load('percent-encoding.json')) {
    if (typeof t === 'string') continue;
    const u = new URL(`https://example.org/?${t.input}#${t.input}`);
    const ok = u.search === '?' + t.output['utf-8'] && u.hash === '#' + t.output['utf-8'].replace(/%/g, (m) => m);
    if (ok) pass++; else fails.push(`percent-encoding ${JSON.stringify(t.input)}`);
  }
  report('percent-encoding.json', pass, fails);
}
process.exitCode = failed ? 1 : 0;
