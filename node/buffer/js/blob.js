'use strict';
// Blob and File (Node's lib/internal/blob.js and lib/internal/file.js). A Blob holds its bytes
// in one Buffer made at construction; slices share it.

const { Buffer } = require('buffer');
const { FastBuffer, isAnyArrayBuffer } = internalBinding('buffer').internals;
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_INVALID_THIS } } =
  require('internal/errors');

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');
const { validateDictionary } = require('internal/validators');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

function sequenceError() {
  const err = new TypeError('Value cannot be converted to sequence.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function toBytes(source) {
  if (source instanceof Blob) return source[kBytes];
  if (ArrayBuffer.isView(source)) {
    return Buffer.from(new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
  }
  if (isAnyArrayBuffer(source)) return Buffer.from(new Uint8Array(source));
  return Buffer.from(`${source}`, 'utf8');
}

function normalizeType(type) {
  type = `${type}`;
  for (let i = 0; i < type.length; i++) {
    const c = type.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return '';
  }
  return type.toLowerCase();
}

function isBlob(v) {
  return v !== null && typeof v === 'object' && v[kBytes] !== undefined;
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      throw sequenceError();
    }
    validateDictionary(options, 'options');
    const { type = '', endings = 'transparent' } = options || {};
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    for (const source of sources) parts.push(toBytes(source));
    this[kBytes] = Buffer.concat(parts);
    this[kType] = normalizeType(type);
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kBytes].length;
  }

  slice(start = 0, end = this.size, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this.size;
    const rel = (v) => {
      v = Math.trunc(+v) || 0;
      return v < 0 ? Math.max(size + v, 0) : Math.min(v, size);
    };
    const s = rel(start);
    const e = rel(end);
    const b = Object.create(Blob.prototype);
    b[kBytes] = this[kBytes].subarray(s, Math.max(s, e));
    b[kType] = normalizeType(contentType);
    return b;
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const bytes = this[kBytes];
    const ab = new ArrayBuffer(bytes.length);
    new Uint8Array(ab).set(bytes);
    return Promise.resolve(ab);
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this[kBytes].toString('utf8'));
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(new Uint8Array(Uint8Array.from(this[kBytes])));
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const RS = globalThis.ReadableStream;
    if (typeof RS !== 'function') throw new Error('Blob.prototype.stream() needs ReadableStream');
    const bytes = new Uint8Array(Uint8Array.from(this[kBytes]));
    return new RS({
      type: 'bytes',
      start(controller) {
        if (bytes.length) controller.enqueue(bytes);
        controller.close();
      },
    });
  }

  textStream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const TDS = globalThis.TextDecoderStream;
    if (typeof TDS !== 'function') throw new Error('Blob.prototype.textStream() needs TextDecoderStream');
    return this.stream().pipeThrough(new TDS());
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const inspect = arguments[2];
    const fields = { size: this.size, type: this.type };
    if (this[kName] !== undefined) {
      fields.name = this[kName];
      fields.lastModified = this[kLastModified];
    }
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const fmt = typeof inspect === 'function' ? inspect : require('internal/util/inspect').inspect;
    return `${this[kName] !== undefined ? 'File' : 'Blob'} ${fmt(fields, opts)}`;
  }
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Blob', configurable: true, writable: false, enumerable: false,
});
for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream', 'textStream']) {
  const d = Object.getOwnPropertyDescriptor(Blob.prototype, name);
  d.enumerable = true;
  Object.defineProperty(Blob.prototype, name, d);
}

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this[kName] = `${fileName}`;
    this[kLastModified] = lastModified;
  }

  get name() {
    if (!(this instanceof File)) throw new ERR_INVALID_THIS('File');
    return this[kName];
  }

  get lastModified() {
    if (!(this instanceof File)) throw new ERR_INVALID_THIS('File');
    return this[kLastModified];
  }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'File', configurable: true, writable: false, enumerable: false,
});

function resolveObjectURL(url) {
  url = `${url}`;
  return undefined;
}

// the bytes of a Blob, shared (fetch bodies read them synchronously)
function getBlobBytes(blob) { return blob[kBytes]; }

module.exports = { Blob, File, resolveObjectURL, isBlob, getBlobBytes, FastBuffer };
