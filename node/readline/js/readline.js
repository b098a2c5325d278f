'use strict';
// node:readline: the callback Interface, createInterface, the cursor helpers and
// emitKeypressEvents. readline.promises is node:readline/promises.

const { Interface: BaseInterface, InterfaceConstructor, kQuestion, kQuestionCancel, kNormalWrite,
  kTtyWrite, kRefreshLine, kOnLine, kWriteToOutput, kAddHistory, kInsertString, kTabComplete,
  kWordLeft, kWordRight, kDeleteLeft, kDeleteRight, kDeleteWordLeft, kDeleteWordRight,
  kDeleteLineLeft, kDeleteLineRight, kLine, kHistoryNext, kHistoryPrev, kGetDisplayPos,
  kMoveCursor, kSetRawMode, kLineBuffer, kDecoder, kSawReturnAt, kPrompt, kOldPrompt,
  kQuestionCallback } = require('internal/readline/interface');
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const { emitKeypressEvents } = require('internal/readline/utils');
const { validateAbortSignal } = require('internal/validators');
const { AbortError } = require('internal/errors');

let promisesModule;

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  if (input?.input && typeof input.completer === 'function' && input.completer.length !== 2) {
    const { completer } = input;
    input.completer = (v, cb) => cb(null, completer(v));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const realCompleter = completer;
    completer = (v, cb) => cb(null, realCompleter(v));
  }
  Reflect.apply(InterfaceConstructor, this, [input, output, completer, terminal]);
  if (process.env.TERM === 'dumb') {
    // rl.write(data, key) goes through it too: no cursor keys on a dumb terminal
    this[kTtyWrite] = this._ttyWrite = this._ttyWriteDumb = _ttyWriteDumb.bind(this);
  }
}
Object.setPrototypeOf(Interface.prototype, BaseInterface.prototype);
Object.setPrototypeOf(Interface, BaseInterface);

const superQuestion = BaseInterface.prototype[kQuestion];

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object') {
    const { signal } = options;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      const onAbort = () => { this[kQuestionCancel](); };
      signal.addEventListener('abort', onAbort, { once: true });
      const cleanup = () => { signal.removeEventListener('abort', onAbort); };
      const originalCb = cb;
      cb = typeof cb === 'function' ? (answer) => { cleanup(); return originalCb(answer); } : cleanup;
    }
  }
  if (typeof cb === 'function') Reflect.apply(superQuestion, this, [query, cb]);
};
Object.defineProperty(Interface.prototype.question, require('util').promisify.custom, {
  __proto__: null,
  enumerable: false,
  configurable: true,
  value: function question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (options?.signal) {
        validateAbortSignal(options.signal, 'options.signal');
        if (options.signal.aborted) {
          return reject(new AbortError(undefined, { cause: options.signal.reason }));
        }
        const onAbort = () => reject(new AbortError(undefined, { cause: options.signal.reason }));
        options.signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          options.signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this.question(query, options, cb);
    });
  },
});

// The underscore methods older code and libraries call.
const legacy = {
  _setRawMode: kSetRawMode, _onLine: kOnLine, _writeToOutput: kWriteToOutput, _addHistory: kAddHistory,
  _refreshLine: kRefreshLine, _normalWrite: kNormalWrite, _insertString: kInsertString,
  _wordLeft: kWordLeft, _wordRight: kWordRight, _deleteLeft: kDeleteLeft, _deleteRight: kDeleteRight,
  _deleteWordLeft: kDeleteWordLeft, _deleteWordRight: kDeleteWordRight, _deleteLineLeft: kDeleteLineLeft,
  _deleteLineRight: kDeleteLineRight, _line: kLine, _historyNext: kHistoryNext, _historyPrev: kHistoryPrev,
  _getDisplayPos: kGetDisplayPos, _getCursorPos: 'getCursorPos', _moveCursor: kMoveCursor,
  _ttyWrite: kTtyWrite,
};
for (const name of Object.keys(legacy)) {
  const key = legacy[name];
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null, configurable: true, enumerable: false, writable: true,
    value: function(...args) { return this[key](...args); },
  });
}
Object.defineProperty(Interface.prototype, '_tabComplete', {
  __proto__: null, configurable: true, enumerable: false, writable: true,
  value: function _tabComplete(lastKeypressWasTab) { return this[kTabComplete](lastKeypressWasTab); },
});
for (const [name, sym] of [['_line_buffer', kLineBuffer], ['_decoder', kDecoder], ['_sawReturnAt', kSawReturnAt],
  ['_prompt', kPrompt], ['_oldPrompt', kOldPrompt], ['_questionCallback', kQuestionCallback]]) {
  Object.defineProperty(Interface.prototype, name, {
    __proto__: null, configurable: true, enumerable: false,
    get() { return this[sym]; },
    set(v) { this[sym] = v; },
  });
}

// TERM=dumb: no line editing, only line splitting and ctrl-c / ctrl-d.
function _ttyWriteDumb(s, key) {
  key = key || {};
  if (key.name === 'escape') return;
  if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
  if (key.ctrl) {
    if (key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
      else this.close();
      return;
    } else if (key.name === 'd') {
      this.close();
      return;
    }
  }
  switch (key.name) {
    case 'return':
      this[kSawReturnAt] = Date.now();
      this._line();
      break;
    case 'enter':
      if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) this._line();
      this[kSawReturnAt] = 0;
      break;
    default:
      if (typeof s === 'string' && s) {
        this.line += s;
        this.cursor += s.length;
        this._writeToOutput(s);
      }
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return promisesModule ??= require('readline/promises'); },
});
