'use strict';

// node:http2. The protocol itself is not implemented yet: creating a server or a session throws
// ERR_METHOD_NOT_IMPLEMENTED. What exists is what packages touch when they load (fastify and
// others require node:http2 up front and only use it when asked): the constants, the settings
// helpers and sensitiveHeaders.

const { codes: { ERR_METHOD_NOT_IMPLEMENTED, ERR_INVALID_ARG_TYPE, ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH } } = require('internal/errors');
const { Buffer } = require('buffer');
const constants = require('internal/http2/constants');

const sensitiveHeaders = Symbol('sensitiveHeaders');

function getDefaultSettings() {
  return {
    __proto__: null,
    headerTableSize: 4096,
    enablePush: true,
    initialWindowSize: 65535,
    maxFrameSize: 16384,
    maxConcurrentStreams: 4294967295,
    maxHeaderSize: 65535,
    maxHeaderListSize: 65535,
    enableConnectProtocol: false,
  };
}

// SETTINGS frame payload entries: a 16-bit identifier and a 32-bit value each (RFC 9113 6.5.1)
const settingIds = [
  ['headerTableSize', 1], ['enablePush', 2], ['maxConcurrentStreams', 3],
  ['initialWindowSize', 4], ['maxFrameSize', 5], ['maxHeaderListSize', 6],
  ['enableConnectProtocol', 8],
];

function getPackedSettings(settings = {}) {
  if (settings === null || typeof settings !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('settings', 'object', settings);
  }
  const entries = [];
  for (const [name, id] of settingIds) {
    let value = name === 'maxHeaderListSize' && settings[name] === undefined ? settings.maxHeaderSize : settings[name];
    if (value === undefined) continue;
    if (typeof value === 'boolean') value = value ? 1 : 0;
    entries.push([id, value]);
  }
  const buf = Buffer.alloc(entries.length * 6);
  entries.forEach(([id, value], i) => {
    buf.writeUInt16BE(id, i * 6);
    buf.writeUInt32BE(value >>> 0, i * 6 + 2);
  });
  return buf;
}

function getUnpackedSettings(buf) {
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (buf.byteLength % 6 !== 0) throw new ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH();
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const out = {};
  for (let i = 0; i < buf.byteLength; i += 6) {
    const id = view.getUint16(i);
    const value = view.getUint32(i + 2);
    const entry = settingIds.find(([, n]) => n === id);
    if (entry === undefined) continue;
    const [name] = entry;
    out[name] = name === 'enablePush' || name === 'enableConnectProtocol' ? value !== 0 : value;
    if (name === 'maxHeaderListSize') out.maxHeaderSize = value;
  }
  return out;
}

function notImplemented(name) {
  return { [name]() { throw new ERR_METHOD_NOT_IMPLEMENTED(name); } }[name];
}

class Http2ServerRequest {
  constructor() { throw new ERR_METHOD_NOT_IMPLEMENTED('Http2ServerRequest'); }
}
class Http2ServerResponse {
  constructor() { throw new ERR_METHOD_NOT_IMPLEMENTED('Http2ServerResponse'); }
}

module.exports = {
  connect: notImplemented('connect'),
  constants,
  createServer: notImplemented('createServer'),
  createSecureServer: notImplemented('createSecureServer'),
  getDefaultSettings,
  getPackedSettings,
  getUnpackedSettings,
  performServerHandshake: notImplemented('performServerHandshake'),
  sensitiveHeaders,
  Http2ServerRequest,
  Http2ServerResponse,
};
