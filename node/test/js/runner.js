'use strict';
// internal/test_runner/runner: run() from node:test and the `gnode --test` command line. Each test
// file runs in a child gnode whose root reports its events as marked JSON lines on stdout (see
// childProtocol in internal/test_runner/reporters); the file's other output becomes test:stdout
// and test:stderr events. Files run two at a time; their events are reported in file order.

const { Readable } = require('stream');
const path = require('path');
const fs = require('fs');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateObject, validateArray, validateAbortSignal } = require('internal/validators');
const reporters = require('internal/test_runner/reporters');
const { testFailure, toRegExp } = require('internal/test_runner/test');

const kExtensions = '{cjs,mjs,js,cts,mts,ts}';
const kDefaultPatterns = [
  `**/*.test.${kExtensions}`,
  `**/*-test.${kExtensions}`,
  `**/*_test.${kExtensions}`,
  `**/test-*.${kExtensions}`,
  `**/test.${kExtensions}`,
  `**/test/**/*.${kExtensions}`,
];

function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else {
          re += '.*';
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) { re += '\\{'; continue; }
      re += '(?:' + glob.slice(i + 1, end).split(',').map(escapeRe).join('|') + ')';
      i = end;
    } else {
      re += escapeRe(c);
    }
  }
  return new RegExp('^' + re + '$');
}

function escapeRe(s) { return s.replace(/[.+^$()|[\]\\]/g, '\\$&'); }

function isGlob(p) { return /[*?{]/.test(p); }

function walk(dir, base, out, includeNodeModules) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const rel = base ? `${base}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (e.name === 'node_modules' && !includeNodeModules) continue;
      if (e.name === '.git') continue;
      walk(path.join(dir, e.name), rel, out, includeNodeModules);
    } else if (e.isFile() || e.isSymbolicLink()) {
      out.push(rel);
    }
  }
}

// findFiles resolves the command line's patterns (or Node's defaults) to files, in Node's
// order: sorted by path, each file once.
function findFiles(patterns, cwd) {
  const explicit = patterns && patterns.length > 0;
  const list = explicit ? patterns : kDefaultPatterns;
  const found = new Set();
  let all;
  for (const p of list) {
    if (!isGlob(p)) {
      const abs = path.resolve(cwd, p);
      let st;
      try { st = fs.statSync(abs); } catch { st = null; }
      if (st && st.isFile()) { found.add(abs); continue; }
      if (st && st.isDirectory()) {
        const sub = [];
        walk(abs, '', sub, false);
        const res = kDefaultPatterns.map(globToRegExp);
        for (const f of sub) if (res.some((re) => re.test(f))) found.add(path.join(abs, f));
        continue;
      }
      const err = new Error(`Could not find '${abs}'`);
      err.notFound = p;
      throw err;
    }
    all ??= (() => { const out = []; walk(cwd, '', out, p.includes('node_modules')); return out; })();
    const re = globToRegExp(p.startsWith('./') ? p.slice(2) : p);
    for (const f of all) if (re.test(f)) found.add(path.join(cwd, f));
  }
  return [...found].sort((a, b) => {
    const ra = path.relative(cwd, a);
    const rb = path.relative(cwd, b);
    return ra < rb ? -1 : ra > rb ? 1 : 0;
  });
}

class TestsStream extends Readable {
  constructor() {
    super({ objectMode: true, highWaterMark: 1 << 30, read() {} });
  }

  pushEvent(type, data) {
    this.emit(type, data);
    this.push({ __proto__: null, type, data });
  }
}

function childArgs(options) {
  const args = [];
  const skip = new Set(['--test', '--test-reporter', '--test-reporter-destination', '--watch']);
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const name = a.split('=')[0];
    if (skip.has(name)) {
      if (!a.includes('=') && name !== '--test' && name !== '--watch') i++;
      continue;
    }
    args.push(a);
  }
  for (const p of options.testNamePatterns || []) args.push(`--test-name-pattern=${p}`);
  for (const p of options.testSkipPatterns || []) args.push(`--test-skip-pattern=${p}`);
  if (options.only) args.push('--test-only');
  if (options.timeout !== undefined && options.timeout !== Infinity) args.push(`--test-timeout=${options.timeout}`);
  return args;
}

function runFile(file, options, onEvent) {
  const { spawn } = require('child_process');
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const env = { ...process.env, GNODE_TEST_CHILD: '1' };
    delete env.NODE_TEST_CONTEXT;
    const child = spawn(process.execPath, [...childArgs(options), file], {
      cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'],
    });
    const events = [];
    let sawTests = false;
    let out = '';
    const onStdout = (chunk) => {
      out += chunk;
      let nl;
      while ((nl = out.indexOf('\n')) >= 0) {
        const line = out.slice(0, nl + 1);
        out = out.slice(nl + 1);
        handleLine(line);
      }
    };
    let textRun = '';
    const flushText = () => {
      if (textRun) {
        events.push({ type: 'test:stdout', data: { __proto__: null, file, message: textRun } });
        textRun = '';
      }
    };
    const handleLine = (line) => {
      const i = line.indexOf(reporters.kMarker);
      if (i >= 0) {
        if (i > 0) textRun += line.slice(0, i);
        flushText();
        let ev;
        try { ev = JSON.parse(line.slice(i + reporters.kMarker.length)); } catch { return; }
        if (ev.type === 'test:pass' || ev.type === 'test:fail') sawTests = true;
        events.push(reporters.deserializeEvent(ev));
        return;
      }
      textRun += line;
      flushText();
    };
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', onStdout);
    child.stderr.on('data', (chunk) => {
      events.push({ type: 'test:stderr', data: { __proto__: null, file, message: chunk } });
    });
    let stdoutDone = false;
    let exitInfo = null;
    const finish = () => {
      if (!stdoutDone || !exitInfo) return;
      if (out) { textRun += out; out = ''; }
      flushText();
      const { code, signal } = exitInfo;
      const duration_ms = Number(process.hrtime.bigint() - start) / 1e6;
      const name = path.relative(options.cwd, file);
      if (!sawTests || code !== 0 && !events.some((e) => e.type === 'test:fail')) {
        // A file without tests (or one that died outside them) is reported as a test itself.
        const loc = { file, line: 1, column: 1 };
        events.push({ type: 'test:start', data: { __proto__: null, name, nesting: 0, ...loc } });
        const details = { __proto__: null, duration_ms, type: 'test' };
        if (code !== 0 || signal) {
          const err = testFailure('test failed', 'testCodeFailure');
          err.exitCode = code;
          err.signal = signal;
          details.error = err;
          events.push({ type: 'test:fail', data: { __proto__: null, name, nesting: 0, testNumber: 0, details, ...loc } });
        } else {
          events.push({ type: 'test:pass', data: { __proto__: null, name, nesting: 0, testNumber: 0, details, ...loc } });
        }
      }
      resolve(events);
    };
    child.stdout.on('end', () => { stdoutDone = true; finish(); });
    child.on('close', (code, signal) => { exitInfo = { code, signal }; stdoutDone = true; finish(); });
    child.on('error', () => { exitInfo = { code: 1, signal: null }; stdoutDone = true; finish(); });
    void onEvent;
  });
}

function run(options = {}) {
  validateObject(options, 'options');
  let { files, concurrency, cwd = process.cwd(), signal, globPatterns } = options;
  if (files !== undefined) validateArray(files, 'options.files');
  if (globPatterns !== undefined) validateArray(globPatterns, 'options.globPatterns');
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (options.testNamePatterns !== undefined && !Array.isArray(options.testNamePatterns)) {
    options = { ...options, testNamePatterns: [options.testNamePatterns] };
  }
  if (options.testSkipPatterns !== undefined && !Array.isArray(options.testSkipPatterns)) {
    options = { ...options, testSkipPatterns: [options.testSkipPatterns] };
  }
  if (typeof options.setup !== 'undefined' && typeof options.setup !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.setup', 'function', options.setup);
  }
  const stream = new TestsStream();
  if (typeof options.setup === 'function') options.setup(stream);
  const opts = { ...options, cwd };
  let list;
  try {
    list = files ? files.map((f) => path.resolve(cwd, f)) : findFiles(globPatterns, cwd);
  } catch (err) {
    process.nextTick(() => stream.destroy(err));
    return stream;
  }
  const limit = concurrency === true ? 2 : (typeof concurrency === 'number' && concurrency > 0 ? concurrency : 2);
  const counters = { tests: 0, suites: 0, passed: 0, failed: 0, cancelled: 0, skipped: 0, todo: 0, topLevel: 0 };
  let success = true;
  const startTime = process.hrtime.bigint();
  (async () => {
    const results = new Array(list.length);
    let next = 0;
    const waiters = [];
    const worker = async () => {
      while (next < list.length) {
        const i = next++;
        if (signal && signal.aborted) { results[i] = Promise.resolve([]); continue; }
        results[i] = runFile(list[i], opts);
        const r = results[i];
        await r;
        waiters.forEach((w) => w());
      }
    };
    const workers = [];
    for (let w = 0; w < Math.min(limit, list.length); w++) workers.push(worker());
    let topNumber = 0;
    for (let i = 0; i < list.length; i++) {
      while (results[i] === undefined) await new Promise((r) => waiters.push(r));
      const events = await results[i];
      for (const ev of events) {
        const { type, data } = ev;
        if (data && data.nesting === 0 && data.file === undefined && (type === 'test:plan' || type === 'test:diagnostic')) continue;
        if (type === 'test:pass' || type === 'test:fail') {
          if (data.nesting === 0) data.testNumber = ++topNumber;
          count(type, data);
        }
        if (type === 'test:summary' || type === 'test:end') continue;
        stream.pushEvent(type, data);
      }
    }
    await Promise.all(workers);
    const duration = Number(process.hrtime.bigint() - startTime) / 1e6;
    stream.pushEvent('test:plan', { __proto__: null, nesting: 0, count: topNumber });
    const c = counters;
    for (const m of [`tests ${c.tests}`, `suites ${c.suites}`, `pass ${c.passed}`, `fail ${c.failed}`,
      `cancelled ${c.cancelled}`, `skipped ${c.skipped}`, `todo ${c.todo}`, `duration_ms ${duration}`]) {
      stream.pushEvent('test:diagnostic', { __proto__: null, nesting: 0, message: m });
    }
    stream.pushEvent('test:summary', { __proto__: null, success, counts: { ...c }, duration_ms: duration });
    stream.push(null);
  })().catch((err) => stream.destroy(err));

  function count(type, data) {
    const d = data.details || {};
    if (data.nesting === 0) counters.topLevel++;
    if (d.type === 'suite') {
      counters.suites++;
      if (type === 'test:fail') success = false;
      return;
    }
    if (data.skip !== undefined) counters.skipped++;
    else if (data.todo !== undefined) counters.todo++;
    else if (type === 'test:fail' && d.error && (d.error.failureType === 'testTimeoutFailure' || d.error.failureType === 'cancelledByParent')) {
      counters.cancelled++;
      success = false;
    } else if (type === 'test:fail') {
      counters.failed++;
      success = false;
    } else counters.passed++;
    counters.tests++;
  }
  return stream;
}

// runCLI is `gnode --test [patterns...]`.
function runCLI(patterns) {
  const { getCLIOptions } = require('internal/test_runner/test');
  const cli = getCLIOptions();
  const cwd = process.cwd();
  let files;
  try {
    files = findFiles(patterns, cwd);
  } catch (err) {
    if (err.notFound !== undefined) {
      process.stderr.write(`Could not find '${path.resolve(cwd, err.notFound)}'\n`);
      process.exitCode = 1;
      return;
    }
    throw err;
  }
  const stream = run({
    files, cwd, concurrency: cli.concurrency,
  });
  const names = cli.reporters.length ? cli.reporters : ['spec'];
  const sinks = names.map((name, i) => reporters.sink(reporters.byName(name), cli.destinations[i] || 'stdout', name));
  let success = true;
  stream.on('data', (ev) => {
    if (ev.type === 'test:summary') success = ev.data.success;
    for (const s of sinks) s(ev);
  });
  stream.on('end', () => {
    for (const s of sinks) s({ type: 'test:end', data: {} });
    if (!success) process.exitCode = 1;
  });
  stream.on('error', (err) => { throw err; });
}

module.exports = { run, runCLI, findFiles, globToRegExp };
void toRegExp;
