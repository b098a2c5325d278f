'use strict';

// querystring: Node's own query-string format (not the WHATWG one): multi-character separators,
// maxKeys, lenient decoding of malformed escapes, arrays for repeated keys.

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_URI } } = require('internal/errors');

// Characters qs.escape leaves alone: A-Z a-z 0-9 - _ . ! ~ * ' ( )
const noEscape = new Int8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*\'()') {
  noEscape[c.charCodeAt(0)] = 1;
}
const hex = [];
for (let i = 0; i < 256; i++) hex.push('%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase());

// encodeStr percent-encodes UTF-16 text as UTF-8 bytes, keeping the characters marked in keep.
function encodeStr(str, keep) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (keep[c] === 1) continue;
      out += str.slice(last, i) + hex[c];
      last = i + 1;
      continue;
    }
    out += str.slice(last, i);
    if (c < 0x800) {
      out += hex[0xC0 | (c >> 6)] + hex[0x80 | (c & 0x3F)];
    } else if (c < 0xD800 || c >= 0xE000) {
      out += hex[0xE0 | (c >> 12)] + hex[0x80 | ((c >> 6) & 0x3F)] + hex[0x80 | (c & 0x3F)];
    } else {
      // a surrogate takes the next code unit as its pair without checking it, as Node does;
      // only a surrogate at the very end cannot be encoded
      if (i + 1 >= str.length) throw new ERR_INVALID_URI();
      const next = str.charCodeAt(++i);
      c = 0x10000 + (((c & 0x3FF) << 10) | (next & 0x3FF));
      out += hex[0xF0 | (c >> 18)] + hex[0x80 | ((c >> 12) & 0x3F)] +
        hex[0x80 | ((c >> 6) & 0x3F)] + hex[0x80 | (c & 0x3F)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return last < str.length ? out + str.slice(last) : out;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, noEscape);
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  c |= 0x20;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function unescapeBuffer(s, decodeSpaces) {
  // work on the UTF-8 bytes: '%', '+' and hex digits are ASCII, so escapes are found alike
  const src = Buffer.from(`${s}`, 'utf8');
  const out = Buffer.allocUnsafe(src.length);
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === 43 /* + */ && decodeSpaces) {
      out[n++] = 32;
      continue;
    }
    if (c === 37 /* % */ && i + 2 < src.length) {
      const h = hexValue(src[i + 1]);
      const l = hexValue(src[i + 2]);
      if (h >= 0 && l >= 0) {
        out[n++] = h * 16 + l;
        i += 2;
        continue;
      }
    }
    out[n++] = c;
  }
  return out.slice(0, n);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && isFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringified(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  if (typeof v === 'number' && isFinite(v)) return Math.abs(v) < 1e21 ? '' + v : encode('' + v);
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = qsEscape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === qsEscape ? encodeStringified : (v, enc) => enc(stringifyPrimitive(v));
  if (obj === null || typeof obj !== 'object') return '';
  const keys = Object.keys(obj);
  let fields = '';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    const ks = convert(k, encode) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      if (fields) fields += sep;
      for (let j = 0; j < v.length; j++) {
        if (j) fields += sep;
        fields += ks + convert(v[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += ks + convert(v, encode);
    }
  }
  return fields;
}

function decodeComponent(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return QueryString.unescape(s, true);
  }
}

function addPair(obj, key, value) {
  if (key in obj) {
    const cur = obj[key];
    if (Array.isArray(cur)) cur.push(value);
    else obj[key] = [cur, value];
  } else {
    obj[key] = value;
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? `${sep}` : '&';
  eq = eq ? `${eq}` : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  // counting down to exactly zero: a fractional maxKeys never gets there, as in Node
  let pairs = maxKeys > 0 ? maxKeys : -1;
  let decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const custom = decode !== qsUnescape;

  let pos = 0;
  while (pos <= qs.length) {
    // an empty separator never matches: the whole string is one pair
    let end = sep.length === 0 ? -1 : qs.indexOf(sep, pos);
    if (end === -1) end = qs.length;
    if (end > pos) {
      const piece = qs.slice(pos, end);
      // an empty eq matches at the start: the whole piece is the value of the key ''
      const e = piece.indexOf(eq);
      let key = e === -1 ? piece : piece.slice(0, e);
      let value = e === -1 ? '' : piece.slice(e + eq.length);
      if (key.length > 0 || value.length > 0 || e !== -1) {
        key = key.replace(/\+/g, ' ');
        value = value.replace(/\+/g, ' ');
        if (custom || key.includes('%')) key = decodeComponent(key, decode);
        if (custom || value.includes('%')) value = decodeComponent(value, decode);
        addPair(obj, key, value);
      }
    }
    pos = end + sep.length;
    if (end === qs.length || --pairs === 0) break;
  }
  return obj;
}

const QueryString = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
