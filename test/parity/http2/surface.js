// node:http2's surface without the protocol: exports, constants (count and samples), default
// settings, packing and unpacking SETTINGS payloads and their errors, sensitiveHeaders.
const http2 = require('http2');
console.log(Object.keys(http2).join(' '));
const c = http2.constants;
console.log(Object.keys(c).length, c.HTTP2_HEADER_STATUS, c.HTTP2_METHOD_GET, c.HTTP_STATUS_TEAPOT, c.NGHTTP2_CANCEL, c.NGHTTP2_SETTINGS_MAX_FRAME_SIZE);
console.log(http2.getDefaultSettings());
const packed = http2.getPackedSettings({ headerTableSize: 100, enablePush: false, maxFrameSize: 20000 });
console.log(packed.toString('hex'), http2.getUnpackedSettings(packed));
console.log(http2.getPackedSettings().toString('hex'));
try { http2.getUnpackedSettings(Buffer.alloc(5)); } catch (e) { console.log(e.name, e.code, e.message); }
try { http2.getUnpackedSettings('x'); } catch (e) { console.log(e.name, e.code); }
console.log(typeof http2.sensitiveHeaders, String(http2.sensitiveHeaders));
