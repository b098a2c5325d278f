'use strict';
// internal/assert/assertion_error: AssertionError and the messages it builds — the `+ actual
// - expected` line diff (Myers' algorithm over util.inspect lines), the short `a !== b` form and
// the stacked form for long primitives.

const { inspect, isError } = require('internal/util/inspect');

const readable = {
  __proto__: null,
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// ANSI colors for the diff, on only when stderr is a terminal with colors (re-read for every
// error, as the environment may change).
const colors = {
  blue: '', green: '', white: '', red: '', gray: '', hasColors: false,
  refresh() {
    const stderr = process.stderr;
    if (!stderr || !stderr.isTTY) return;
    let on;
    if (process.env.FORCE_COLOR !== undefined || typeof stderr.getColorDepth === 'function') {
      on = stderr.getColorDepth() > 2;
    } else {
      on = true;
    }
    this.hasColors = on;
    this.blue = on ? '\u001b[34m' : '';
    this.green = on ? '\u001b[32m' : '';
    this.white = on ? '\u001b[39m' : '';
    this.red = on ? '\u001b[31m' : '';
    this.gray = on ? '\u001b[90m' : '';
  },
};

const SHORT_LIMIT = 12;
const LONG_LIMIT = 512;
const KEEP_NOPS = 5;

function inspectForDiff(v) {
  return inspect(v, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// A look-alike of an error without its stack, so diffs of two errors do not show stacks.
function stacklessCopy(err) {
  const copy = Object.assign({ __proto__: Object.getPrototypeOf(err) }, err);
  Object.defineProperty(copy, 'message', { __proto__: null, value: err.message });
  if (Object.prototype.hasOwnProperty.call(err, 'cause')) {
    const cause = isError(err.cause) ? stacklessCopy(err.cause) : err.cause;
    Object.defineProperty(copy, 'cause', { __proto__: null, value: cause });
  }
  return copy;
}

function linesMatch(x, y, commaTolerant) {
  if (x === y) return true;
  return commaTolerant && (`${x},` === y || x === `${y},`);
}

// Myers' O(ND) shortest edit script from `actual` to `expected`. Returns the operations last
// first: { type: 'nop' | 'insert' (only in actual) | 'delete' (only in expected), value }.
function shortestEdit(actual, expected, commaTolerant) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  const frontier = new Int32Array(2 * max + 1);
  const history = [];
  for (let d = 0; d <= max; d++) {
    history.push(frontier.slice());
    for (let k = -d; k <= d; k += 2) {
      const at = k + max;
      let x = (k === -d || (k !== d && frontier[at - 1] < frontier[at + 1])) ?
        frontier[at + 1] : frontier[at - 1] + 1;
      let y = x - k;
      while (x < n && y < m && linesMatch(actual[x], expected[y], commaTolerant)) {
        x++;
        y++;
      }
      frontier[at] = x;
      if (x >= n && y >= m) return walkBack(history, actual, expected, commaTolerant);
    }
  }
  return [];
}

function walkBack(history, actual, expected, commaTolerant) {
  const max = actual.length + expected.length;
  let x = actual.length;
  let y = expected.length;
  const ops = [];
  for (let d = history.length - 1; d >= 0; d--) {
    const v = history[d];
    const k = x - y;
    const at = k + max;
    const prevK = (k === -d || (k !== d && v[at - 1] < v[at + 1])) ? k + 1 : k - 1;
    const prevX = v[prevK + max];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      const line = actual[x - 1];
      ops.push({ type: 'nop', value: commaTolerant && !line.endsWith(',') ? expected[y - 1] : line });
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) {
        ops.push({ type: 'insert', value: actual[x - 1] });
        x--;
      } else {
        ops.push({ type: 'delete', value: expected[y - 1] });
        y--;
      }
    }
  }
  return ops;
}

function renderLineDiff(ops, operator) {
  const { green, red, white, blue, gray, hasColors } = colors;
  let out = '';
  let skipped = false;
  let run = 0; // unchanged lines in a row so far
  for (let i = ops.length - 1; i >= 0; i--) {
    const { type, value } = ops[i];
    const prev = i < ops.length - 1 ? ops[i + 1].type : null;
    if (prev === 'nop' && type !== 'nop') {
      // the tail of a long unchanged run, just before a change
      if (run === KEEP_NOPS + 1) {
        out += `${white}  ${ops[i + 1].value}\n`;
      } else if (run === KEEP_NOPS + 2) {
        out += `${white}  ${ops[i + 2].value}\n${white}  ${ops[i + 1].value}\n`;
      } else if (run >= KEEP_NOPS + 3) {
        out += `${blue}...${white}\n${white}  ${ops[i + 1].value}\n`;
        skipped = true;
      }
      run = 0;
    }
    if (type === 'insert') {
      if (operator === 'partialDeepStrictEqual') {
        out += `${gray}${hasColors ? ' ' : '+'} ${value}${white}\n`;
      } else {
        out += `${green}+${white} ${value}\n`;
      }
    } else if (type === 'delete') {
      out += `${red}-${white} ${value}\n`;
    } else {
      if (run < KEEP_NOPS) out += `${white}  ${value}\n`;
      run++;
    }
  }
  return { text: `\n${out.trimEnd()}`, skipped };
}

// Two strings character by character, in color.
function charDiff(actual, expected) {
  const { green, red, white } = colors;
  const ops = shortestEdit(actual.split(''), expected.split(''), false);
  let out = '';
  for (let i = ops.length - 1; i >= 0; i--) {
    const { type, value } = ops[i];
    const color = type === 'insert' ? green : type === 'delete' ? red : white;
    out += `${color}${value}${white}`;
  }
  return `\n${out}`;
}

function stackedDiff(actual, expected) {
  const { green, red, white } = colors;
  let text = `\n${green}+${white} ${actual}\n${red}- ${white}${expected}`;
  const width = process.stderr && process.stderr.isTTY ? process.stderr.columns : 80;
  if (actual.length + expected.length <= width) {
    for (let i = 0; i < actual.length; i++) {
      if (actual[i] !== expected[i]) {
        // the first three characters (quote included) are obvious enough
        if (i >= 3) text += `\n${' '.repeat(i + 2)}^`;
        break;
      }
    }
  }
  return text;
}

function diffMessage(actual, expected, operator, customMessage, diffKind) {
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const inspA = inspectForDiff(actual);
  const inspE = inspectForDiff(expected);
  const linesA = inspA.split('\n');
  const linesE = inspE.split('\n');
  const { green, red, white, gray, hasColors } = colors;
  let header = `${green}+ actual${white} ${red}- expected${white}`;
  let body;
  let skipped = false;
  const simple = linesA.length === 1 && linesE.length === 1 &&
    (typeof actual !== 'object' || actual === null || typeof expected !== 'object' || expected === null);
  if (simple) {
    let len = linesA[0].length + linesE[0].length;
    if (typeof actual === 'string') len -= 2;
    if (typeof expected === 'string') len -= 2;
    if (len <= SHORT_LIMIT && (actual !== 0 || expected !== 0)) {
      body = `${linesA[0]} !== ${linesE[0]}`;
      header = '';
    } else if (typeof actual === 'string' && typeof expected === 'string' && hasColors) {
      body = charDiff(linesA[0], linesE[0]);
      header = `${green}actual${white} ${red}expected${white}`;
    } else {
      body = stackedDiff(linesA[0], linesE[0]);
    }
  } else if (inspA === inspE) {
    operator = 'notIdentical';
    if (linesA.length > 50 && diffKind !== 'full') {
      body = `${linesA.slice(0, 50).join('\n')}\n...}`;
      skipped = true;
    } else {
      body = inspA;
    }
    header = '';
  } else {
    const ops = shortestEdit(linesA, linesE, actual != null && typeof actual === 'object');
    const r = renderLineDiff(ops, operator);
    body = r.text;
    if (operator === 'partialDeepStrictEqual') {
      header = `${gray}${hasColors ? '' : '+ '}actual${white} ${red}- expected${white}`;
    }
    if (r.skipped) skipped = true;
  }
  const title = customMessage || readable[operator];
  return `${title}\n${header}${skipped ? '\n... Skipped lines' : ''}\n${body}\n`;
}

function clipString(s) {
  const lines = s.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (s.length > LONG_LIMIT) return `${s.slice(LONG_LIMIT)}...`;
  return s;
}

let validateObject;

class AssertionError extends Error {
  constructor(options) {
    if (validateObject === undefined) validateObject = require('internal/validators').validateObject;
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details, stackStartFunction, diff = 'simple' } = options;
    let { actual, expected } = options;
    const limit = Error.stackTraceLimit;
    const limitWritable = isLimitWritable();
    if (limitWritable) Error.stackTraceLimit = 0;

    colors.refresh();
    let text;
    if (message != null) {
      if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
          operator === 'partialDeepStrictEqual') {
        text = diffMessage(actual, expected, operator, message, diff);
      } else {
        text = String(message);
      }
    } else {
      if (typeof actual === 'object' && actual !== null && typeof expected === 'object' &&
          expected !== null && 'stack' in actual && actual instanceof Error &&
          'stack' in expected && expected instanceof Error) {
        actual = stacklessCopy(actual);
        expected = stacklessCopy(expected);
      }
      if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
          operator === 'partialDeepStrictEqual') {
        text = diffMessage(actual, expected, operator, message, diff);
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        let title = readable[operator];
        const lines = inspectForDiff(actual).split('\n');
        if (operator === 'notStrictEqual' &&
            ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
          title = readable.notStrictEqualObject;
        }
        if (lines.length > 50 && diff !== 'full') {
          lines.length = 47;
          lines[46] = `${colors.blue}...${colors.white}`;
        }
        if (lines.length === 1) {
          text = `${title}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
        } else {
          text = `${title}\n\n${lines.join('\n')}\n`;
        }
      } else {
        let a = inspectForDiff(actual);
        let e = inspectForDiff(expected);
        const title = readable[operator];
        if (operator === 'notDeepEqual' && a === e) {
          a = `${title}\n\n${a}`;
          if (a.length > 1024 && diff !== 'full') a = `${a.slice(0, 1021)}...`;
          text = a;
        } else {
          if (diff !== 'full') {
            if (a.length > LONG_LIMIT) a = `${a.slice(0, 509)}...`;
            if (e.length > LONG_LIMIT) e = `${e.slice(0, 509)}...`;
          }
          if (operator === 'deepEqual') {
            a = `${title}\n\n${a}\n\nshould loosely deep-equal\n\n`;
          } else if (readable[`${operator}Unequal`]) {
            a = `${readable[`${operator}Unequal`]}\n\n${a}\n\nshould not loosely deep-equal\n\n`;
          } else {
            e = ` ${operator} ${e}`;
          }
          text = `${a}${e}`;
        }
      }
    }
    super(text);
    if (limitWritable) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      __proto__: null, value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    this.stack; // eslint-disable-line no-unused-expressions
    this.name = 'AssertionError';
    this.diff = diff;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](depth, ctx) {
    const keepA = this.actual;
    const keepE = this.expected;
    if (typeof this.actual === 'string') this.actual = clipString(this.actual);
    if (typeof this.expected === 'string') this.expected = clipString(this.expected);
    const out = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = keepA;
    this.expected = keepE;
    return out;
  }
}

function isLimitWritable() {
  const d = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (d === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(d, 'writable') ? d.writable : d.set !== undefined;
}

module.exports = { AssertionError, inspectForDiff, shortestEdit };
