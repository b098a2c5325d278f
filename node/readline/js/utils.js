'use strict';
// Terminal helpers shared by readline, readline/promises and tty: the keypress decoder
// (escape sequences to key objects), the cursor and erase control sequences, and the width of
// characters as a terminal shows them.

const { StringDecoder } = require('string_decoder');

const kEscape = '\x1b';
const kSawKeyPress = Symbol('_sawKeyPress');
const KEYPRESS_DECODER = Symbol('keypress-decoder');
const ESCAPE_DECODER = Symbol('escape-decoder');
const ESCAPE_CODE_TIMEOUT = 500;

// CSI`...` builds a control sequence: ESC [ followed by the template.
function CSI(strings, ...args) {
  let out = '\x1b[';
  for (let i = 0; i < args.length; i++) out += strings[i] + args[i];
  return out + strings[strings.length - 1];
}
CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = '\x1b[1K';
CSI.kClearToLineEnd = '\x1b[0K';
CSI.kClearLine = '\x1b[2K';
CSI.kClearScreenDown = '\x1b[0J';

// charLengthAt is 2 where str has a surrogate pair at i, else 1 (0 past the end).
function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if ((i > 1 && str.codePointAt(i - 2) >= 0x10000) || str.codePointAt(i - 1) >= 0x10000) return 2;
  return 1;
}

// Names of the escape sequences terminals send, by the code after ESC: [A, OP, [15~ ...
const keyNames = {
  __proto__: null,
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[200~': 'paste-start', '[201~': 'paste-end',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9', '[21~': 'f10',
  '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear', 'OF': 'end', 'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[[5~': 'pageup', '[[6~': 'pagedown',
  '[7~': 'home', '[8~': 'end',
};
// rxvt sends shift and ctrl variants as distinct codes
const shiftedKeys = {
  __proto__: null,
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home', '[8$': 'end',
  '[Z': 'tab',
};
const ctrlKeys = {
  __proto__: null,
  'Oa': 'up', 'Ob': 'down', 'Oc': 'right', 'Od': 'left', 'Oe': 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home', '[8^': 'end',
};

const isDigit = (ch) => ch >= '0' && ch <= '9';

// emitKeys is fed one character at a time (next(ch)) and emits 'keypress' on stream for every
// complete key or escape sequence. An empty string ends a lone ESC (the escape timeout).
function* emitKeys(stream) {
  while (true) {
    let ch = yield;
    let s = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === kEscape) {
      escaped = true;
      s += (ch = yield);
      if (ch === kEscape) s += (ch = yield);
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        // ESC O letter, or ESC O modifier letter
        s += (ch = yield);
        if (isDigit(ch)) {
          modifier = (ch >> 0) - 1;
          s += (ch = yield);
        }
        code += ch;
      } else {
        // ESC [ letter, ESC [ modifier letter, ESC [ [ modifier letter, ESC [ [ num char
        s += (ch = yield);
        if (ch === '[') {
          code += ch;
          s += (ch = yield);
        }
        // Read just enough for one of the two shapes: `1;5H` (letter with optional
        // "n;" and modifier) or `24;5~` (one to three digits, optional modifier, ~ ^ or $).
        const cmdStart = s.length - 1;
        if (isDigit(ch)) {
          s += (ch = yield);
          if (isDigit(ch)) {
            s += (ch = yield);
            if (isDigit(ch)) s += (ch = yield);
          }
        }
        if (ch === ';') {
          s += (ch = yield);
          if (isDigit(ch)) s += yield;
        }
        const cmd = s.slice(cmdStart);
        let m;
        if ((m = /^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/.exec(cmd))) {
          if (m[4]) {
            code += m[4];
          } else {
            code += m[1] + m[3];
            modifier = (m[2] || 1) - 1;
          }
        } else if ((m = /^((\d;)?(\d))?([A-Za-z])$/.exec(cmd))) {
          code += m[4];
          modifier = (m[3] || 1) - 1;
        } else {
          code += cmd;
        }
      }
      key.ctrl = !!(modifier & 4);
      key.meta = !!(modifier & 10);
      key.shift = !!(modifier & 1);
      key.code = code;
      if (keyNames[code] !== undefined) {
        key.name = keyNames[code];
      } else if (shiftedKeys[code] !== undefined) {
        key.name = shiftedKeys[code];
        key.shift = true;
      } else if (ctrlKeys[code] !== undefined) {
        key.name = ctrlKeys[code];
        key.ctrl = true;
      } else {
        key.name = 'undefined';
      }
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === kEscape) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = /^[A-Z]$/.test(ch);
      key.meta = escaped;
    } else if (escaped) {
      // the escape timeout ended a lone ESC, or ESC then another character
      key.name = ch.length ? undefined : 'escape';
      key.meta = true;
    }

    key.sequence = s;
    if (s.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : s, key);
    } else if (charLengthAt(s, 0) === s.length) {
      stream.emit('keypress', s, key);
    }
    // anything else is a broken escape sequence: nothing is emitted
  }
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[KEYPRESS_DECODER]) return;
  stream[KEYPRESS_DECODER] = new StringDecoder('utf8');
  stream[ESCAPE_DECODER] = emitKeys(stream);
  stream[ESCAPE_DECODER].next();
  const triggerEscape = () => stream[ESCAPE_DECODER].next('');
  const { escapeCodeTimeout = ESCAPE_CODE_TIMEOUT } = iface;
  let timeoutId;

  function onData(input) {
    if (stream.listenerCount('keypress') > 0) {
      const string = stream[KEYPRESS_DECODER].write(input);
      if (string) {
        clearTimeout(timeoutId);
        iface[kSawKeyPress] = charLengthAt(string, 0) === string.length;
        iface.isCompletionEnabled = false;
        let length = 0;
        for (const character of string) {
          length += character.length;
          if (length === string.length) iface.isCompletionEnabled = true;
          try {
            stream[ESCAPE_DECODER].next(character);
            if (length === string.length && character === kEscape) {
              timeoutId = setTimeout(triggerEscape, escapeCodeTimeout);
            }
          } catch (err) {
            // a throwing 'keypress' listener ends the generator: start a fresh one
            stream[ESCAPE_DECODER] = emitKeys(stream);
            stream[ESCAPE_DECODER].next();
            throw err;
          }
        }
      }
    } else {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

// Terminal widths come from util.inspect's tables (loaded when a terminal line is drawn).
function getStringWidth(str, removeControlChars = true) {
  return require('internal/util/inspect').getStringWidth(str, removeControlChars);
}

function stripVTControlCharacters(str) {
  return require('internal/util/inspect').stripVTControlCharacters(str);
}

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = [...strings].sort();
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  for (let i = 0; i < min.length; i++) {
    if (min[i] !== max[i]) return min.slice(0, i);
  }
  return min;
}

module.exports = {
  CSI,
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  emitKeys,
  emitKeypressEvents,
  getStringWidth,
  kSawKeyPress,
  stripVTControlCharacters,
};
