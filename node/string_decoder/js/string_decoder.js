'use strict';
// node:string_decoder -- decodes a byte stream to strings without splitting characters: the
// bytes of a character cut by a chunk boundary wait for the next write().

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');

function normalizeEncoding(enc) {
  if (enc == null || enc === '') return 'utf8';
  const e = String(enc).toLowerCase();
  switch (e) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    default: return undefined;
  }
}

const kState = Symbol('kState');

function StringDecoder(encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = enc;
  this[kState] = { lastChar: Buffer.alloc(4), lastNeed: 0, lastTotal: 0 };
}

function checkThis(self) {
  if (!self || self[kState] === undefined) throw new ERR_INVALID_THIS('StringDecoder');
}

function toBuffer(buf) {
  if (buf instanceof Buffer) return buf;
  if (ArrayBuffer.isView(buf)) return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
}

// Where an incomplete UTF-8 sequence starts at the end of buf[start:end], or end.
function utf8IncompleteStart(buf, start, end) {
  for (let j = end - 1; j >= start && j >= end - 4; j--) {
    const b = buf[j];
    if ((b & 0xC0) === 0x80) continue;
    let need = 1;
    if (b >= 0xF0 && b <= 0xF4) need = 4;
    else if (b >= 0xE0 && b <= 0xEF) need = 3;
    else if (b >= 0xC2 && b <= 0xDF) need = 2;
    return need > end - j ? j : end;
  }
  return end;
}

function keep(state, buf, from, end, total) {
  buf.copy(state.lastChar, 0, from, end);
  state.lastTotal = total;
  state.lastNeed = total - (end - from);
}

function writeUtf8(state, buf) {
  let r = '';
  let i = 0;
  if (state.lastNeed) {
    const have = state.lastTotal - state.lastNeed;
    let k = 0;
    for (; k < state.lastNeed && k < buf.length; k++) {
      if ((buf[k] & 0xC0) !== 0x80) break;
      state.lastChar[have + k] = buf[k];
    }
    if (k < state.lastNeed && k === buf.length) {
      state.lastNeed -= k;
      return '';
    }
    if (k < state.lastNeed) {
      // Not a continuation byte: the cut character was invalid.
      r = state.lastChar.toString('utf8', 0, have + k);
      i = k;
    } else {
      r = state.lastChar.toString('utf8', 0, state.lastTotal);
      i = k;
    }
    state.lastNeed = 0;
    state.lastTotal = 0;
  }
  const end = buf.length;
  const tail = utf8IncompleteStart(buf, i, end);
  if (tail > i) r += buf.toString('utf8', i, tail);
  if (tail < end) {
    const b = buf[tail];
    keep(state, buf, tail, end, b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2);
  }
  return r;
}

function writeUtf16(state, buf) {
  let data = buf;
  if (state.lastNeed) {
    const have = state.lastTotal - state.lastNeed;
    data = Buffer.concat([state.lastChar.subarray(0, have), buf]);
    state.lastNeed = 0;
    state.lastTotal = 0;
  }
  let end = data.length - (data.length % 2);
  if (end >= 2) {
    const unit = data[end - 2] | (data[end - 1] << 8);
    if (unit >= 0xD800 && unit <= 0xDBFF) end -= 2;
  }
  const r = data.toString('utf16le', 0, end);
  if (end < data.length) keep(state, data, end, data.length, end < data.length - 1 ? 4 : 2);
  return r;
}

function writeBase64(state, buf, enc) {
  let data = buf;
  if (state.lastNeed) {
    const have = state.lastTotal - state.lastNeed;
    data = Buffer.concat([state.lastChar.subarray(0, have), buf]);
    state.lastNeed = 0;
    state.lastTotal = 0;
  }
  const end = data.length - (data.length % 3);
  const r = data.toString(enc, 0, end);
  if (end < data.length) keep(state, data, end, data.length, 3);
  return r;
}

StringDecoder.prototype.write = function write(buf) {
  checkThis(this);
  if (typeof buf === 'string') return buf;
  buf = toBuffer(buf);
  const state = this[kState];
  switch (this.encoding) {
    case 'utf8': return writeUtf8(state, buf);
    case 'utf16le': return writeUtf16(state, buf);
    case 'base64': case 'base64url': return writeBase64(state, buf, this.encoding);
    default: return buf.toString(this.encoding);
  }
};

StringDecoder.prototype.end = function end(buf) {
  checkThis(this);
  let r = '';
  if (buf !== undefined) r = this.write(buf);
  const state = this[kState];
  if (state.lastNeed) {
    const have = state.lastTotal - state.lastNeed;
    switch (this.encoding) {
      case 'utf8': r += '\ufffd'; break;
      case 'utf16le': r += state.lastChar.toString('utf16le', 0, have - (have % 2)); break;
      default: r += state.lastChar.toString(this.encoding, 0, have);
    }
    state.lastNeed = 0;
    state.lastTotal = 0;
  }
  return r;
};

StringDecoder.prototype.text = function text(buf, offset) {
  checkThis(this);
  this[kState].lastNeed = 0;
  this[kState].lastTotal = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[kState].lastChar.subarray(0, this[kState].lastTotal - this[kState].lastNeed); },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[kState].lastNeed; },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[kState].lastTotal; },
  },
});

module.exports = { StringDecoder };
