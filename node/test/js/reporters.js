'use strict';
// internal/test_runner/reporters: the spec, tap and dot reporters as Node v24 words them, and the
// sinks that write a reporter's text (flushed in a nextTick, as a stream pipeline would).
//
// Each reporter here is a plain object with event(ev) -> string and end() -> string; node:test/
// reporters wraps them in the stream and async-generator shapes Node exports.

const { inspectWithNoCustomRetry } = require('internal/errors');

const symbols = {
  'test:fail': '\u2716 ',
  'test:pass': '\u2714 ',
  'test:diagnostic': '\u2139 ',
  'arrow:right': '\u25B6 ',
  'hyphen:minus': '\uFE63 ',
  'warning:alert': '\u26A0 ',
};

const kSubtestsFailed = 'subtestsFailed';

function indent(n, unit = '  ') { return n > 0 ? unit.repeat(n) : ''; }

function formatError(error, ind) {
  if (!error) return '';
  const err = error.code === 'ERR_TEST_FAILURE' ? error.cause : error;
  const text = inspectWithNoCustomRetry(err, { colors: false, breakLength: Infinity });
  return `\n${ind}  ${text.split(/\r?\n/).join(`\n${ind}  `)}\n`;
}

function title(type, data, withError, ind = '') {
  let symbol = symbols[type] ?? '  ';
  const d = data.details?.duration_ms;
  let t = `${data.name}${d ? ` (${d}ms)` : ''}`;
  if (data.skip !== undefined) {
    t += ` # ${typeof data.skip === 'string' && data.skip.length ? data.skip : 'SKIP'}`;
    symbol = symbols['hyphen:minus'];
  } else if (data.todo !== undefined) {
    t += ` # ${typeof data.todo === 'string' && data.todo.length ? data.todo : 'TODO'}`;
    if (type === 'test:fail') symbol = symbols['warning:alert'];
  }
  const err = withError ? formatError(data.details?.error, ind) : '';
  return `${ind}${symbol}${t}${err}`;
}

function relativeToCwd(file) {
  try {
    return require('path').relative(process.cwd(), file);
  } catch {
    return file;
  }
}

function spec() {
  const stack = [];
  const reported = [];
  let failed = [];
  const failedList = () => {
    if (failed.length === 0) return '';
    const out = [`\n${symbols['test:fail']}failing tests:\n`];
    for (const data of failed) {
      if (data.file) out.push(`test at ${relativeToCwd(data.file)}:${data.line}:${data.column}`);
      out.push(title('test:fail', data, true));
    }
    failed = [];
    return out.join('\n');
  };
  const report = (type, data) => {
    const sub = stack.shift();
    void sub;
    let prefix = '';
    while (stack.length) {
      const parent = stack.pop();
      reported.unshift(parent);
      prefix += `${indent(parent.nesting)}${symbols['arrow:right']}${parent.name}\n`;
    }
    if (reported[0] && reported[0].nesting === data.nesting && reported[0].name === data.name) {
      reported.shift();
    }
    return `${prefix}${title(type, data, false, indent(data.nesting))}\n`;
  };
  return {
    event({ type, data }) {
      switch (type) {
        case 'test:fail':
          if (data.details?.error?.failureType !== kSubtestsFailed) failed.push(data);
          return report(type, data);
        case 'test:pass':
          return report(type, data);
        case 'test:start':
          stack.unshift(data);
          return '';
        case 'test:stdout':
        case 'test:stderr':
          return data.message;
        case 'test:diagnostic':
          return `${indent(data.nesting)}${symbols['test:diagnostic']}${data.message}\n`;
        case 'test:summary':
          if (data.file === undefined) return failedList();
          return '';
        default:
          return '';
      }
    },
    end() { return failedList(); },
  };
}

function tapEscape(s) {
  return String(s).replaceAll('\\', '\\\\').replaceAll('#', '\\#').replaceAll('\b', '\\b')
    .replaceAll('\f', '\\f').replaceAll('\t', '\\t').replaceAll('\n', '\\n')
    .replaceAll('\r', '\\r').replaceAll('\v', '\\v');
}

const kUnwrap = new Set(['testCodeFailure', 'hookFailed', 'uncaughtException', 'unhandledRejection']);

function isAssertionLike(v) {
  return v && typeof v === 'object' && 'expected' in v && 'actual' in v;
}

function yaml(ind, name, value, seen) {
  if (value === undefined) return '';
  const prefix = `${ind}  ${name}:`;
  if (value === null) return `${prefix} ~\n`;
  const insp = (v) => inspectWithNoCustomRetry(v, { colors: false, breakLength: Infinity });
  if (typeof value !== 'object') {
    if (typeof value !== 'string') return `${prefix} ${insp(value)}\n`;
    const lines = value.split(/\n|\r\n/);
    if (lines.length === 1) return `${prefix} ${insp(value)}\n`;
    let s = `${prefix} |-\n`;
    for (const l of lines) s += `${ind}    ${l}\n`;
    return s;
  }
  seen.add(value);
  const isErr = value instanceof Error || Object.prototype.toString.call(value) === '[object Error]' || value.__gnodeError;
  let propsIndent = ind;
  let result = '';
  if (name != null) {
    result += prefix;
    if (value instanceof Date) result += ' ' + value.toISOString();
    result += '\n';
    propsIndent += '  ';
  }
  for (const [k, v] of Object.entries(value)) {
    if (isErr && (k === 'cause' || k === 'code' || k === '__gnodeError' || k === '__inspected')) continue;
    if (seen.has(v)) { result += `${propsIndent}  ${k}: <Circular>\n`; continue; }
    result += yaml(propsIndent, k, v, seen);
  }
  if (isErr) {
    const { cause, code, failureType, message, expected, actual, operator, stack, name: ename } = value;
    let msg = message ?? '<unknown error>';
    let errName = ename;
    let errStack = stack;
    let errCode = code;
    let exp = expected;
    let act = actual;
    let op = operator;
    let isAssert = isAssertionLike(value);
    if (code === 'ERR_TEST_FAILURE' && kUnwrap.has(failureType)) {
      errStack = cause?.stack ?? errStack;
      errCode = cause?.code ?? errCode;
      errName = cause?.name ?? errName;
      msg = cause?.message ?? msg;
      if (isAssertionLike(cause)) {
        exp = cause.expected;
        act = cause.actual;
        op = cause.operator ?? op;
        isAssert = true;
      }
    }
    result += yaml(ind, 'error', msg, seen);
    if (errCode) result += yaml(ind, 'code', errCode, seen);
    if (errName && errName !== 'Error') result += yaml(ind, 'name', errName, seen);
    if (isAssert) {
      result += yaml(ind, 'expected', exp, new Set(seen));
      result += yaml(ind, 'actual', act, new Set(seen));
      if (op) result += yaml(ind, 'operator', op, seen);
    }
    if (typeof errStack === 'string') {
      const frames = [];
      for (const f of errStack.split(/\n|\r\n/)) {
        const p = f.replace(/^ {4}at /, '');
        if (p.length > 0 && p.length !== f.length) frames.push(p);
      }
      if (frames.length > 0) {
        const delim = `\n${ind}    `;
        result += `${ind}  stack: |-${delim}${frames.join(delim)}\n`;
      }
    }
  }
  return result;
}

function tap() {
  const ind = (n) => indent(n, '    ');
  const line = (nesting, num, status, data) => {
    let l = `${ind(nesting)}${status} ${num}`;
    if (data.name) l += ` ${tapEscape(`- ${data.name}`)}`;
    if (data.skip !== undefined) l += ` # SKIP${typeof data.skip === 'string' && data.skip.length ? ` ${tapEscape(data.skip)}` : ''}`;
    else if (data.todo !== undefined) l += ` # TODO${typeof data.todo === 'string' && data.todo.length ? ` ${tapEscape(data.todo)}` : ''}`;
    return l + '\n';
  };
  const details = (nesting, d = {}, location) => {
    const i = ind(nesting);
    let s = `${i}  ---\n`;
    s += yaml(i, 'duration_ms', d.duration_ms);
    s += yaml(i, 'type', d.type);
    if (location) s += yaml(i, 'location', location);
    s += yaml(i, null, d.error, new Set());
    return s + `${i}  ...\n`;
  };
  let started = false;
  const head = () => {
    if (started) return '';
    started = true;
    return 'TAP version 13\n';
  };
  return {
    event({ type, data }) {
      let out = head();
      switch (type) {
        case 'test:fail':
          out += line(data.nesting, data.testNumber, 'not ok', data);
          out += details(data.nesting, data.details, data.file ? `${data.file}:${data.line}:${data.column}` : null);
          break;
        case 'test:pass':
          out += line(data.nesting, data.testNumber, 'ok', data);
          out += details(data.nesting, data.details, null);
          break;
        case 'test:plan':
          out += `${ind(data.nesting)}1..${data.count}\n`;
          break;
        case 'test:start':
          out += `${ind(data.nesting)}# Subtest: ${tapEscape(data.name)}\n`;
          break;
        case 'test:stdout':
        case 'test:stderr':
          for (const l of data.message.split(/\n|\r\n/)) {
            if (l.length) out += `# ${tapEscape(l)}\n`;
          }
          break;
        case 'test:diagnostic':
          out += `${ind(data.nesting)}# ${tapEscape(data.message)}\n`;
          break;
        default:
          break;
      }
      return out;
    },
    end() { return head(); },
  };
}

function dot() {
  let count = 0;
  const columns = Math.max(process.stdout.isTTY ? process.stdout.columns ?? 20 : 20, 20);
  const failed = [];
  return {
    event({ type, data }) {
      let out = '';
      if (type === 'test:pass') out += '.';
      if (type === 'test:fail') {
        out += 'X';
        failed.push(data);
      }
      if ((type === 'test:fail' || type === 'test:pass') && ++count === columns) {
        out += '\n';
        count = 0;
      }
      return out;
    },
    end() {
      let out = '\n';
      if (failed.length > 0) {
        out += '\nFailed tests:\n\n';
        for (const data of failed) out += title('test:fail', data, true);
      }
      return out;
    },
  };
}

function junit() {
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const stack = [{ children: [], tag: 'testsuites' }];
  let out = '';
  return {
    event({ type, data }) {
      if (type === 'test:start') {
        const node = { name: data.name, children: [], nesting: data.nesting };
        stack[stack.length - 1].children.push(node);
        stack.push(node);
      } else if (type === 'test:pass' || type === 'test:fail') {
        const node = stack.pop();
        node.data = data;
        node.type = type;
      }
      return '';
    },
    end() {
      const render = (node, ind) => {
        const d = node.data || { details: {} };
        const isSuite = d.details.type === 'suite';
        const attrs = `name="${esc(node.name)}" time="${(d.details.duration_ms || 0) / 1000}"`;
        if (isSuite) {
          let s = `${ind}<testsuite ${attrs} tests="${node.children.length}">\n`;
          for (const c of node.children) s += render(c, ind + '\t');
          return s + `${ind}</testsuite>\n`;
        }
        let s = `${ind}<testcase ${attrs}`;
        if (node.type === 'test:fail') {
          const msg = d.details.error ? d.details.error.message : '';
          s += `>\n${ind}\t<failure type="${esc(d.details.error?.failureType || '')}" message="${esc(msg)}"/>\n${ind}</testcase>\n`;
        } else if (d.skip !== undefined) {
          s += `>\n${ind}\t<skipped type="skipped" message="${esc(d.skip === true ? 'true' : d.skip)}"/>\n${ind}</testcase>\n`;
        } else {
          s += '/>\n';
        }
        return s;
      };
      out = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n';
      for (const c of stack[0].children) out += render(c, '\t');
      return out + '</testsuites>\n';
    },
  };
}

const builtin = { spec, tap, dot, junit };

// byName gives a reporter factory: a builtin name or a module path/name exporting a reporter
// (an async generator function, or a stream class).
function byName(name) {
  if (builtin[name]) return builtin[name];
  return () => externalReporter(name);
}

function externalReporter(name) {
  const path = require('path');
  let mod;
  try {
    mod = require(require('module').createRequire(path.join(process.cwd(), 'noop.js')).resolve(name));
  } catch (err) {
    throw err;
  }
  const fn = mod && mod.default ? mod.default : mod;
  return streamAdapter(fn);
}

// streamAdapter runs a user reporter (async generator of strings, or a Transform class) on the
// events, collecting what it yields.
function streamAdapter(fn) {
  const { Readable } = require('stream');
  const source = new Readable({ objectMode: true, read() {} });
  let pending = '';
  let ended = false;
  let out;
  if (typeof fn === 'function' && fn.prototype && typeof fn.prototype._transform === 'function') {
    out = source.pipe(new fn());
  } else {
    out = Readable.from(fn(source));
  }
  out.on('data', (chunk) => { pending += chunk; });
  return {
    event(ev) { source.push(ev); const p = pending; pending = ''; return p; },
    end() {
      if (!ended) { ended = true; source.push(null); }
      const p = pending;
      pending = '';
      return p;
    },
    flushLater(write) { out.on('data', () => { const p = pending; pending = ''; write(p); }); },
  };
}

// sink writes a reporter's text to a destination. Node pipes the events through streams: the
// pipeline starts flowing at the first tick after the tests begin (pipeline.startFlowing, called
// by the harness), and from then on a Transform reporter (spec, and the child protocol) writes
// synchronously; generator reporters (tap, dot) yield after the microtasks, so their text is
// written in a nextTick.
function sink(factory, dest, name, pipeline) {
  const rep = factory();
  const syncOnceFlowing = name === 'spec';
  let buffer = '';
  let scheduled = false;
  let write;
  if (dest === 'stdout') write = (s) => process.stdout.write(s);
  else if (dest === 'stderr') write = (s) => process.stderr.write(s);
  else {
    const fs = require('fs');
    fs.writeFileSync(dest, '');
    write = (s) => fs.appendFileSync(dest, s);
  }
  if (rep.flushLater) rep.flushLater(write);
  const flush = () => {
    scheduled = false;
    if (buffer) {
      const b = buffer;
      buffer = '';
      write(b);
    }
  };
  if (pipeline) pipeline.flushers.push(flush);
  return (ev) => {
    buffer += rep.event(ev) || '';
    if (ev.type === 'test:end') {
      buffer += rep.end() || '';
      flush();
      return;
    }
    if (syncOnceFlowing && (!pipeline || pipeline.flowing)) {
      if (!pipeline) {
        if (!scheduled && buffer) {
          scheduled = true;
          process.nextTick(flush);
        }
        return;
      }
      flush();
      return;
    }
    if (syncOnceFlowing) return; // written when the pipeline starts flowing
    if (!scheduled && buffer) {
      scheduled = true;
      process.nextTick(flush);
    }
  };
}

// A pipeline is the shared flowing state of a harness's sinks.
function createPipeline() {
  const p = {
    flowing: false,
    started: false,
    flushers: [],
    startFlowing() {
      if (p.started) return;
      p.started = true;
      process.nextTick(() => {
        p.flowing = true;
        for (const f of p.flushers) f();
      });
    },
  };
  return p;
}

// childProtocol is the reporter a test file run by --test / run() uses: one event per line on
// stdout, marked so the parent tells them from the file's own output.
const kMarker = '\u0000gnode-test\u0000';
function childProtocol(pipeline) {
  let buffer = '';
  const flush = () => {
    if (buffer) {
      const b = buffer;
      buffer = '';
      process.stdout.write(b);
    }
  };
  if (pipeline) pipeline.flushers.push(flush);
  return (ev) => {
    if (ev.type === 'test:end') {
      flush();
      return;
    }
    buffer += kMarker + JSON.stringify(serializeEvent(ev)) + '\n';
    if (!pipeline || pipeline.flowing) flush();
  };
}

function serializeError(err, depth = 0) {
  if (err === null || typeof err !== 'object') {
    return { __primitive: true, value: typeof err === 'undefined' ? { __undef: true } : err };
  }
  const o = { __gnodeError: true };
  for (const k of Object.keys(err)) {
    const v = err[k];
    if (k === 'cause') continue;
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') continue;
    try { JSON.stringify(v); o[k] = v; } catch { /* not serializable */ }
  }
  o.message = err.message;
  o.name = err.name;
  o.stack = err.stack;
  if (err.code !== undefined) o.code = err.code;
  o.__inspected = inspectWithNoCustomRetry(err, { colors: false, breakLength: Infinity });
  if ('cause' in err && depth < 3) o.cause = serializeError(err.cause, depth + 1);
  if ('expected' in err) o.__hasExpected = true;
  return o;
}

function serializeEvent(ev) {
  const data = { ...ev.data };
  if (data.details) {
    data.details = { ...data.details };
    if (data.details.error) data.details.error = serializeError(data.details.error);
  }
  return { type: ev.type, data };
}

function deserializeError(o) {
  if (o && o.__primitive) return o.value && o.value.__undef ? undefined : o.value;
  const err = Object.create(Error.prototype);
  for (const k of Object.keys(o)) {
    if (k === '__inspected' || k === '__gnodeError' || k === 'cause' || k === '__hasExpected') continue;
    Object.defineProperty(err, k, { __proto__: null, value: o[k], enumerable: !['message', 'stack', 'name'].includes(k), writable: true, configurable: true });
  }
  if (o.cause !== undefined) Object.defineProperty(err, 'cause', { __proto__: null, value: deserializeError(o.cause), enumerable: false, writable: true, configurable: true });
  const text = o.__inspected;
  Object.defineProperty(err, require('util').inspect.custom, { __proto__: null, value: () => text, enumerable: false });
  return err;
}

function deserializeEvent(ev) {
  if (ev.data && ev.data.details && ev.data.details.error) {
    ev.data.details.error = deserializeError(ev.data.details.error);
  }
  return ev;
}

module.exports = { spec, tap, dot, junit, byName, sink, createPipeline, childProtocol, kMarker, deserializeEvent, formatError, title, streamAdapter };
