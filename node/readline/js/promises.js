'use strict';
// node:readline/promises: question() returns a promise, and Readline batches cursor and erase
// sequences until commit().

const { Interface: BaseInterface, kQuestion, kQuestionCancel } = require('internal/readline/interface');
const { CSI } = require('internal/readline/utils');
const { validateAbortSignal, validateBoolean, validateInteger } = require('internal/validators');
const { AbortError, codes } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS } = codes;
const { kClearLine, kClearScreenDown, kClearToLineBeginning, kClearToLineEnd } = CSI;

class Interface extends BaseInterface {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (options?.signal) {
        validateAbortSignal(options.signal, 'options.signal');
        if (options.signal.aborted) {
          return reject(new AbortError(undefined, { cause: options.signal.reason }));
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: options.signal.reason }));
        };
        options.signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          options.signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this[kQuestion](query, cb);
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

const kStream = Symbol('kStream');
const kTodo = Symbol('kTodo');
const kAutoCommit = Symbol('kAutoCommit');

class Readline {
  constructor(stream, options = undefined) {
    const { isWritable } = require('stream');
    if (!isWritable(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    this[kStream] = stream;
    this[kTodo] = [];
    this[kAutoCommit] = false;
    if (options?.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this[kAutoCommit] = options.autoCommit;
    }
  }

  #queue(data) {
    if (this[kAutoCommit]) process.nextTick(() => this[kStream].write(data));
    else this[kTodo].push(data);
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    const data = y == null ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`;
    this.#queue(data);
    return this;
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      let data = '';
      if (dx < 0) data += CSI`${-dx}D`;
      else if (dx > 0) data += CSI`${dx}C`;
      if (dy < 0) data += CSI`${-dy}A`;
      else if (dy > 0) data += CSI`${dy}B`;
      this.#queue(data);
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    this.#queue(dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine);
    return this;
  }

  clearScreenDown() {
    this.#queue(kClearScreenDown);
    return this;
  }

  commit() {
    return new Promise((resolve) => {
      this[kStream].write(this[kTodo].join(''), resolve);
      this[kTodo] = [];
    });
  }

  rollback() {
    this[kTodo] = [];
    return this;
  }
}

module.exports = { Interface, Readline, createInterface };
