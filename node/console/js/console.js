'use strict';
// node:console — the Console class and the global console (Node's lib/internal/console/constructor.js).

const EventEmitter = require('events');
let inspectModule;
function util() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}
function lazyCodes() { return require('internal/errors').codes; }

const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kCounts = Symbol('counts');
const kTimers = Symbol('kTimers');
const kColorMode = Symbol('kColorMode');
const kInspectOptions = Symbol('kInspectOptions');
const kIgnoreErrors = Symbol('kIgnoreErrors');
const kStdout = Symbol('kStdout');
const kStderr = Symbol('kStderr');

function Console(options, stderr, ignoreErrors) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr, ignoreErrors };
  }
  const {
    stdout,
    stderr: errStream = stdout,
    ignoreErrors: ignore = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation = 2,
  } = options;
  if (!stdout || typeof stdout.write !== 'function') {
    throw new (lazyCodes().ERR_CONSOLE_WRITABLE_STREAM)('stdout');
  }
  if (!errStream || typeof errStream.write !== 'function') {
    throw new (lazyCodes().ERR_CONSOLE_WRITABLE_STREAM)('stderr');
  }
  if (typeof colorMode !== 'boolean' && colorMode !== 'auto') {
    throw new (lazyCodes().ERR_INVALID_ARG_VALUE)('colorMode', colorMode);
  }
  setupConsole(this, stdout, errStream, ignore, colorMode, inspectOptions, groupIndentation);
  // Methods are bound so they can be passed around, as Node's are.
  for (const key of Reflect.ownKeys(Console.prototype)) {
    if (key === 'constructor') continue;
    const desc = Reflect.getOwnPropertyDescriptor(Console.prototype, key);
    if (typeof desc.value === 'function') {
      const fn = desc.value.bind(this);
      Object.defineProperty(fn, 'name', { __proto__: null, value: key });
      this[key] = fn;
    }
  }
}

function setupConsole(c, stdout, stderr, ignoreErrors, colorMode, inspectOptions, groupIndentation) {
  const props = {
    [kStdout]: stdout, [kStderr]: stderr, [kIgnoreErrors]: ignoreErrors,
    [kColorMode]: colorMode, [kInspectOptions]: inspectOptions,
    [kCounts]: new Map(), [kTimers]: new Map(), [kGroupIndent]: '',
    [kGroupIndentationWidth]: groupIndentation,
  };
  for (const k of Reflect.ownKeys(props)) {
    Object.defineProperty(c, k, { __proto__: null, value: props[k], writable: true, configurable: true, enumerable: false });
  }
  Object.defineProperty(c, '_stdout', { __proto__: null, value: stdout, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(c, '_stderr', { __proto__: null, value: stderr, writable: true, configurable: true, enumerable: false });
}

function getColor(c, stream) {
  const mode = c[kColorMode];
  if (mode !== 'auto') return mode;
  return !!(stream && stream.isTTY && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

function formatFor(c, stream, args) {
  // A lone string prints as it is under every option (util.format's first rule); skipping the
  // call keeps util.inspect (a large module to compile) unloaded for programs that log strings.
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  const opts = c[kInspectOptions];
  const colors = getColor(c, stream);
  if (opts) {
    if (opts.colors === undefined) return util().formatWithOptions({ ...opts, colors }, ...args);
    return util().formatWithOptions(opts, ...args);
  }
  return colors ? util().formatWithOptions({ colors: true }, ...args) : util().format(...args);
}

function write(c, useStdErr, string) {
  const indent = c[kGroupIndent];
  if (indent.length !== 0) {
    if (string.includes('\n')) string = string.replace(/\n/g, `\n${indent}`);
    string = indent + string;
  }
  string += '\n';
  const stream = useStdErr ? c[kStderr] : c[kStdout];
  if (c[kIgnoreErrors] === false) return stream.write(string);
  if (stream.isFastStdio === true) {
    stream.write(string);
    return;
  }
  // Errors are ignored whether the stream reports them synchronously or later (Node's
  // kWriteToConsole): a no-op 'error' listener is held while writing, and added again by the
  // write callback if the error is still to be emitted.
  try {
    if (stream.listenerCount('error') === 0) stream.once('error', noop);
    stream.write(string, writeErrorHandler(stream));
  } catch (e) {
    if (e instanceof RangeError && /call stack/.test(e.message)) throw e;
  } finally {
    stream.removeListener('error', noop);
  }
}

function noop() {}

const kWriteErrorHandler = Symbol('kWriteErrorHandler');
function writeErrorHandler(stream) {
  if (stream[kWriteErrorHandler]) return stream[kWriteErrorHandler];
  const handler = (err) => {
    if (err != null && stream._writableState && !stream._writableState.errorEmitted) {
      if (stream.listenerCount('error') === 0) stream.once('error', noop);
    }
  };
  try {
    Object.defineProperty(stream, kWriteErrorHandler, { __proto__: null, value: handler, configurable: true });
  } catch {
    // a frozen stream: make a handler per write
  }
  return handler;
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms = ms % 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms = ms % 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const parts = seconds.toFixed(3).split('.');
    const res = hours !== 0 ? `${hours}:${String(minutes).padStart(2, '0')}` : minutes;
    return `${res}:${parts[0].padStart(2, '0')}.${parts[1]} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function now() { return Number(process.hrtime.bigint()) / 1e6; }

const consoleMethods = {
  log(...args) { write(this, false, formatFor(this, this[kStdout], args)); },
  warn(...args) { write(this, true, formatFor(this, this[kStderr], args)); },
  dir(object, options) {
    write(this, false, util().inspect(object, {
      customInspect: false, ...this[kInspectOptions], ...options,
      colors: options && options.colors !== undefined ? options.colors : getColor(this, this[kStdout]),
    }));
  },
  time(label = 'default') {
    label = `${label}`;
    if (this[kTimers].has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, now());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this[kTimers].delete(label);
  },
  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },
  trace: function trace(...args) {
    const message = formatFor(this, this[kStderr], args);
    const rtb = internalBinding('internal/bootstrap/node');
    // the frames of trace's caller: everything up to this function (and its bound twin) goes
    const frames = rtb.captureFrames('', 'trace').replace(/^(\n\tat trace \(native\))+/, '');
    write(this, true, rtb.formatStack(`Trace${message ? ': ' + message : ''}` + frames));
  },
  assert(expression, ...args) {
    if (!expression) {
      if (args.length && typeof args[0] === 'string') {
        args[0] = `Assertion failed: ${args[0]}`;
      } else {
        args.unshift('Assertion failed');
      }
      this.warn(...args);
    }
  },
  clear() {
    if (this[kStdout].isTTY && process.env.TERM !== 'dumb') {
      this[kStdout].write('\x1b[1;1H\x1b[0J');
    }
  },
  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    if (count === undefined) count = 1;
    else count++;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },
  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },
  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },
  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },
  table(tabularData, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw new (lazyCodes().ERR_INVALID_ARG_TYPE)('properties', 'Array', properties);
    }
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    this.log(renderTable(this, tabularData, properties));
  },
  profile() {},
  profileEnd() {},
  timeStamp() {},
  context() { return this; },
  createTask(name) {
    if (typeof name !== 'string' || name === '') throw new TypeError('First argument must be a non-empty string.');
    return { run: function run(fn) { return fn(); } };
  },
};

function timeLogImpl(c, name, label, data) {
  const time = c[kTimers].get(label);
  if (time === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const duration = now() - time;
  if (data === undefined) {
    c.log('%s: %s', label, formatTime(duration));
  } else {
    c.log('%s: %s', label, formatTime(duration), ...data);
  }
  return true;
}

// console.table (Node's lib/internal/cli_table.js; Node 24 aligns cells left).
function renderTable(c, tabularData, properties) {
  const inspect = util().inspect;
  const _inspect = (v) => {
    const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { ...c[kInspectOptions], maxArrayLength: 3, breakLength: Infinity, colors: false, depth });
  };
  const getIndexArray = (length) => Array.from({ length }, (_, i) => _inspect(i));
  const mapIter = tabularData instanceof Map || isMapIterator(tabularData);
  let isKeyValue = false;
  let i = 0;
  if (mapIter) {
    const res = previewEntries(tabularData, true);
    if (res[1]) {
      tabularData = res[0];
      isKeyValue = true;
    } else {
      tabularData = res[0];
    }
  }
  if (isKeyValue || tabularData instanceof Map) {
    const keys = [];
    const values = [];
    let length = 0;
    if (tabularData instanceof Map) {
      for (const [k, v] of tabularData) { keys.push(_inspect(k)); values.push(_inspect(v)); length++; }
    } else {
      for (; i < tabularData.length / 2; ++i) {
        keys.push(_inspect(tabularData[i * 2]));
        values.push(_inspect(tabularData[i * 2 + 1]));
        length++;
      }
    }
    return table(['(iteration index)', 'Key', 'Values'], [getIndexArray(length), keys, values]);
  }
  const setIter = tabularData instanceof Set;
  if (setIter) tabularData = [...tabularData];
  const setlike = setIter || mapIter;
  if (setlike) {
    const values = [];
    let length = 0;
    for (const v of tabularData) { values.push(_inspect(v)); length++; }
    return table(['(iteration index)', 'Values'], [getIndexArray(length), values]);
  }
  const map = { __proto__: null };
  let hasPrimitives = false;
  const valuesKeyArray = [];
  const indexKeyArray = Object.keys(tabularData);
  for (; i < indexKeyArray.length; i++) {
    const item = tabularData[indexKeyArray[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = _inspect(item);
    } else {
      const keys = properties || Object.keys(item);
      for (const key of keys) {
        map[key] ??= [];
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
          map[key][i] = '';
        } else {
          map[key][i] = _inspect(item[key]);
        }
      }
    }
  }
  const keys = Object.keys(map);
  const values = Object.values(map);
  if (hasPrimitives) {
    keys.push('Values');
    values.push(valuesKeyArray);
  }
  keys.unshift('(index)');
  values.unshift(indexKeyArray);
  return table(keys, values);
}

function isMapIterator(v) {
  return Object.prototype.toString.call(v) === '[object Map Iterator]';
}
function previewEntries(v, isKeyValue) {
  const out = [];
  for (const e of v) {
    if (Array.isArray(e) && e.length === 2) { out.push(e[0], e[1]); } else { return [[...v], false]; }
  }
  return [out, isKeyValue];
}

function stringWidth(s) {
  const str = util().stripVTControlCharacters ? util().stripVTControlCharacters(String(s)) : String(s);
  let w = 0;
  for (const ch of str) {
    const cp = ch.codePointAt(0);
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b) continue;
    w += isFullWidth(cp) ? 2 : 1;
  }
  return w;
}

function isFullWidth(cp) {
  return cp >= 0x1100 && (
    cp <= 0x115f || cp === 0x2329 || cp === 0x232a ||
    (cp >= 0x2e80 && cp <= 0x3247 && cp !== 0x303f) ||
    (cp >= 0x3250 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0xa4c6) ||
    (cp >= 0xa960 && cp <= 0xa97c) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe10 && cp <= 0xfe19) ||
    (cp >= 0xfe30 && cp <= 0xfe6b) || (cp >= 0xff01 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1b000 && cp <= 0x1b001) ||
    (cp >= 0x1f200 && cp <= 0x1f251) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x20000 && cp <= 0x3fffd));
}

function renderRow(row, widths) {
  let out = '│ ';
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    const len = stringWidth(cell);
    out += cell + ' '.repeat(widths[i] - len);
    if (i !== row.length - 1) out += ' │ ';
  }
  return out + ' │';
}

function table(head, columns) {
  const rows = [];
  const widths = head.map((h) => stringWidth(h));
  const longestColumn = Math.max(...columns.map((a) => a.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      const width = widths[i] || 0;
      const counted = stringWidth(value);
      widths[i] = Math.max(width, counted);
    }
  }
  const divider = widths.map((w) => '─'.repeat(w + 2));
  let result = '┌' + divider.join('┬') + '┐\n' + renderRow(head, widths) + '\n' +
    '├' + divider.join('┼') + '┤\n';
  for (const row of rows) result += renderRow(row, widths) + '\n';
  result += '└' + divider.join('┴') + '┘';
  return result;
}

for (const [name, fn] of Object.entries(consoleMethods)) {
  Object.defineProperty(Console.prototype, name, { __proto__: null, value: fn, writable: true, configurable: true, enumerable: true });
}
Console.prototype.debug = Console.prototype.log;
Console.prototype.info = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.error = Console.prototype.warn;
Console.prototype.groupCollapsed = Console.prototype.group;

Object.defineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) { return instance !== null && typeof instance === 'object' && instance[kCounts] !== undefined; },
});

// The global console: its streams are process.stdout/stderr, looked up on first write.
function createGlobalConsole() {
  const c = Object.create({});
  // Like Node's, the global console takes process.stdout/stderr as they are at its first write
  // and keeps them. Until the streams are built (a program that only logs never builds them)
  // it writes to the fd directly, which is what the stream would do: stdio writes are
  // synchronous.
  const setup = internalBinding('internal/process/setup');
  let stdio;
  const fastWriter = (fd) => {
    stdio ??= require('internal/process/stdio');
    if (stdio.isTTY(fd)) return null; // colours need the terminal's stream
    return {
      isFastStdio: true,
      isTTY: false,
      write(s) {
        if (!stdio.fastWrite(fd, s)) setup.getStdio(fd).write(s);
        return true;
      },
    };
  };
  const streamFor = (fd) => {
    let cached;
    let fast;
    return () => {
      if (cached !== undefined) return cached;
      if (fast === undefined) {
        // the first write: a replaced process.stdout is taken as it is
        if (!setup.ownStdio(fd)) return (cached = process[fd === 1 ? 'stdout' : 'stderr']);
        const made = setup.madeStdio(fd);
        if (made !== null) return (cached = made);
        fast = fastWriter(fd);
        if (fast === null) return (cached = setup.getStdio(fd));
        return fast;
      }
      // the program built the stream since: from now on it is the console's
      const made = setup.madeStdio(fd);
      if (made !== null) return (cached = made);
      return fast;
    };
  };
  const outStream = streamFor(1);
  const errStream = streamFor(2);
  const lazyStreams = {
    get stdout() { return outStream(); },
    get stderr() { return errStream(); },
  };
  setupConsole(c, null, null, true, 'auto', undefined, 2);
  Object.defineProperty(c, kStdout, { __proto__: null, get() { return lazyStreams.stdout; }, configurable: true });
  Object.defineProperty(c, kStderr, { __proto__: null, get() { return lazyStreams.stderr; }, configurable: true });
  const real = (s, fd) => (s.isFastStdio === true ? setup.getStdio(fd) : s);
  Object.defineProperty(c, '_stdout', { __proto__: null, get() { return real(outStream(), 1); }, configurable: true });
  Object.defineProperty(c, '_stderr', { __proto__: null, get() { return real(errStream(), 2); }, configurable: true });
  for (const key of Reflect.ownKeys(Console.prototype)) {
    if (key === 'constructor') continue;
    const desc = Reflect.getOwnPropertyDescriptor(Console.prototype, key);
    if (typeof desc.value === 'function') {
      const fn = desc.value.bind(c);
      Object.defineProperty(fn, 'name', { __proto__: null, value: key });
      Object.defineProperty(c, key, { __proto__: null, value: fn, writable: true, enumerable: true, configurable: true });
    }
  }
  c.Console = Console;
  return c;
}

const globalConsole = createGlobalConsole();
module.exports = globalConsole;
void EventEmitter;
