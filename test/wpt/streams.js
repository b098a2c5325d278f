'use strict';
// Runs the WPT streams tests that Node vendors (test/fixtures/wpt/streams in a Node checkout)
// and prints the pass rate per directory. Node's files are read where they are, never copied.
//
//   gnode test/wpt/streams.js [--wpt /work/node_test/test/fixtures/wpt] [--verbose] [filter]
//
// Each test file runs in its own process: the harness, the file's META scripts and the file
// are joined into one script (so helper functions share a scope, as in a browser's global
// scope) and run by the same binary that runs this script.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const args = process.argv.slice(2);
let wpt = '/work/node_test/test/fixtures/wpt';
let verbose = false;
const filters = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--wpt') wpt = args[++i];
  else if (args[i] === '--verbose') verbose = true;
  else filters.push(args[i]);
}
const root = path.join(wpt, 'streams');
if (!fs.existsSync(root)) {
  console.log(`skip: no WPT streams tests at ${root}`);
  process.exit(0);
}

// Tests of browser-only features (other realms, MessagePort transfer of streams, video
// frames, GC) are out of scope, as in Node's own status file.
const skipped = [
  /\.window\.js$/, /\.html$/, /^transferable\//, /owning-type/, /garbage-collection/,
  /idlharness/, /crashtests?\//, /\.serviceworker\./, /\.sharedworker\./,
];

function collect(dir, rel = '') {
  const out = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const r = rel ? `${rel}/${name}` : name;
    if (fs.statSync(full).isDirectory()) {
      if (name === 'resources') continue;
      out.push(...collect(full, r));
    } else if (name.endsWith('.any.js')) {
      out.push(r);
    }
  }
  return out;
}

const prelude = `
globalThis.self = globalThis;
globalThis.GLOBAL = { isWindow() { return false; }, isWorker() { return false; }, isShadowRealm() { return false; } };
`;
const epilogue = `
add_result_callback((t) => {
  process.stdout.write('@@RESULT ' + JSON.stringify({ name: t.name, status: t.status, message: t.message }) + '\\n');
});
add_completion_callback((tests, status) => {
  process.stdout.write('@@DONE ' + JSON.stringify({ status: status.status, message: status.message }) + '\\n');
  process.exit(0);
});
`;

const harness = fs.readFileSync(path.join(wpt, 'resources', 'testharness.js'), 'utf8');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wpt-streams-'));

function runFile(rel) {
  const file = path.join(root, rel);
  const source = fs.readFileSync(file, 'utf8');
  const scripts = [];
  for (const line of source.split('\n')) {
    const m = /^\/\/ META: script=(.+)$/.exec(line.trim());
    if (m) scripts.push(m[1].trim());
  }
  // A file that is strict in the browser stays strict once joined (a 'use strict' in the
  // middle of a script is no directive).
  const strict = /^\s*(\/\/[^\n]*\n\s*)*['"]use strict['"]/.test(source);
  let combined = (strict ? "'use strict';" : '') + prelude + harness + '\n' + epilogue;
  for (const s of scripts) {
    const p = s.startsWith('/') ? path.join(wpt, s) : path.join(path.dirname(file), s);
    combined += `\n;// ${s}\n` + fs.readFileSync(p, 'utf8');
  }
  combined += `\n;// ${rel}\n` + source + '\n;done();\n';
  const script = path.join(tmp, rel.replace(/\//g, '__'));
  fs.writeFileSync(script, combined);
  const res = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 60000 });
  const results = [];
  let harnessStatus;
  for (const line of (res.stdout || '').split('\n')) {
    if (line.startsWith('@@RESULT ')) results.push(JSON.parse(line.slice(9)));
    else if (line.startsWith('@@DONE ')) harnessStatus = JSON.parse(line.slice(7));
  }
  return { results, harnessStatus, stderr: res.stderr, signal: res.signal };
}

const files = collect(root).filter((f) => !skipped.some((re) => re.test(f)) &&
  (filters.length === 0 || filters.some((f2) => f.includes(f2))));
const perDir = new Map();
let totalPass = 0;
let totalAll = 0;
for (const rel of files) {
  const dir = rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : '.';
  const { results, harnessStatus, stderr, signal } = runFile(rel);
  const pass = results.filter((r) => r.status === 0).length;
  const entry = perDir.get(dir) || { pass: 0, total: 0, files: 0, broken: [] };
  entry.pass += pass;
  entry.total += results.length;
  entry.files++;
  if (!harnessStatus || harnessStatus.status !== 0 || results.length === 0) {
    entry.broken.push(`${rel}: ${signal ? 'killed ' + signal : harnessStatus ? harnessStatus.message : (stderr || '').split('\n').slice(0, 6).join(' | ')}`);
  }
  perDir.set(dir, entry);
  totalPass += pass;
  totalAll += results.length;
  console.log(`${rel}: ${pass}/${results.length}`);
  if (verbose) {
    for (const r of results) {
      if (r.status !== 0) console.log(`  FAIL ${r.name}: ${String(r.message).split('\n')[0]}`);
    }
  }
}
fs.rmSync(tmp, { recursive: true, force: true });
console.log('\n| directory | files | passed | subtests | rate |\n| --- | --- | --- | --- | --- |');
for (const [dir, e] of perDir) {
  console.log(`| ${dir} | ${e.files} | ${e.pass} | ${e.total} | ${(e.total ? 100 * e.pass / e.total : 0).toFixed(1)}% |`);
}
console.log(`| total | ${files.length} | ${totalPass} | ${totalAll} | ${(100 * totalPass / totalAll).toFixed(1)}% |`);
for (const [, e] of perDir) for (const b of e.broken) console.log(`harness problem: ${b}`);
