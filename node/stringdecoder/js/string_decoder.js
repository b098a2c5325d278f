'use strict';
// node:string_decoder, with the semantics of Node's native decoder (src/string_decoder.cc):
// UTF-8, UTF-16LE and base64 keep the bytes of a character (or base64 group) cut at the end of
// a write and finish it with the next; a UTF-8 sequence broken by a byte that is not a
// continuation is given up (U+FFFD) and the new byte starts afresh. ASCII, latin1 and hex have
// no state. The text itself is made by Buffer's decoders.

const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { normalizeEncoding: normalize } = require('internal/validators');

const kIncompleteCharactersStart = 0;
const kIncompleteCharactersEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;
const kNativeDecoder = Symbol('kNativeDecoder');

const ASCII = 0;
const UTF8 = 1;
const BASE64 = 2;
const UCS2 = 3;
const LATIN1 = 4;
const HEX = 5;
const BASE64URL = 7;
const encodingsMap = {
  __proto__: null, ascii: ASCII, utf8: UTF8, base64: BASE64, utf16le: UCS2, latin1: LATIN1, hex: HEX,
  base64url: BASE64URL,
};
const encodingNames = ['ascii', 'utf8', 'base64', 'utf16le', 'latin1', 'hex', 'buffer', 'base64url'];

function normalizeEncoding(enc) {
  const nenc = normalize(enc);
  if (nenc === undefined) {
    if (Buffer.isEncoding === isEncoding || !Buffer.isEncoding(enc)) throw new codes.ERR_UNKNOWN_ENCODING(enc);
    return enc;
  }
  return nenc;
}
const isEncoding = Buffer.isEncoding;

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kNativeDecoder] = Buffer.alloc(kSize);
  this[kNativeDecoder][kEncodingField] = encodingsMap[this.encoding];
}

function asBuffer(view) {
  if (Buffer.isBuffer(view)) return view;
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function decode(state, input) {
  const enc = state[kEncodingField];
  const name = encodingNames[enc];
  let data = asBuffer(input);
  if (enc !== UTF8 && enc !== UCS2 && enc !== BASE64 && enc !== BASE64URL) {
    return data.toString(name);
  }
  let prepend = '';
  if (state[kMissingBytes] > 0) {
    if (enc === UTF8) {
      // a byte that should continue the character but does not: the character ends here
      for (let i = 0; i < data.length && i < state[kMissingBytes]; i++) {
        if ((data[i] & 0xC0) !== 0x80) {
          state[kMissingBytes] = 0;
          for (let j = 0; j < i; j++) state[state[kBufferedBytes] + j] = data[j];
          state[kBufferedBytes] += i;
          data = data.subarray(i);
          break;
        }
      }
    }
    const found = Math.min(data.length, state[kMissingBytes]);
    for (let j = 0; j < found; j++) state[state[kBufferedBytes] + j] = data[j];
    data = data.subarray(found);
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;
    if (state[kMissingBytes] === 0) {
      prepend = state.toString(name, kIncompleteCharactersStart, state[kBufferedBytes]);
      state[kBufferedBytes] = 0;
    }
  }
  const n = data.length;
  if (n === 0) return prepend;

  // Is a character cut at the end of this chunk?
  let buffered = 0;
  let missing = 0;
  if (enc === UTF8) {
    if (data[n - 1] & 0x80) {
      for (let i = n - 1; ; i--) {
        buffered++;
        const c = data[i];
        if ((c & 0xC0) === 0x80) {
          // a trailing byte: keep looking for the lead, within a character's length
          if (buffered >= 4 || i === 0) {
            buffered = 0;
            break;
          }
          continue;
        }
        if ((c & 0xE0) === 0xC0) missing = 2;
        else if ((c & 0xF0) === 0xE0) missing = 3;
        else if ((c & 0xF8) === 0xF0) missing = 4;
        else {
          buffered = 0;
          break;
        }
        if (buffered >= missing) {
          // complete (or invalid anyway): nothing to keep
          missing = 0;
          buffered = 0;
        }
        missing -= buffered;
        break;
      }
    }
  } else if (enc === UCS2) {
    if (n % 2 === 1) {
      buffered = 1;
      missing = 1;
    } else if ((data[n - 1] & 0xFC) === 0xD8) {
      // the high half of a surrogate pair
      buffered = 2;
      missing = 2;
    }
  } else {
    buffered = n % 3;
    if (buffered > 0) missing = 3 - buffered;
  }
  state[kBufferedBytes] = buffered;
  state[kMissingBytes] = missing;
  let end = n;
  if (buffered > 0) {
    end = n - buffered;
    for (let j = 0; j < buffered; j++) state[j] = data[end + j];
  }
  const body = end > 0 ? data.toString(name, 0, end) : '';
  return prepend + body;
}

function flush(state) {
  const enc = state[kEncodingField];
  if (enc === UCS2 && state[kBufferedBytes] % 2 === 1) {
    // a single trailing byte is dropped
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const ret = state.toString(encodingNames[enc], kIncompleteCharactersStart, state[kBufferedBytes]);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new codes.ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (!this[kNativeDecoder]) throw new codes.ERR_INVALID_THIS('StringDecoder');
  return decode(this[kNativeDecoder], buf);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flush(this[kNativeDecoder]);
  return ret;
};

StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder].subarray(kIncompleteCharactersStart, kIncompleteCharactersEnd); },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kMissingBytes]; },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes]; },
  },
});

module.exports = { StringDecoder };
