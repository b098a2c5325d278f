'use strict';
// node:stream/consumers -- read a whole stream (or async iterable) as text, JSON, a Buffer,
// an ArrayBuffer or a Blob.

const { Buffer } = require('buffer');
const { forAwait } = require('internal/streams/iterate');

function collect(stream, onChunk) {
  return forAwait(stream, onChunk);
}

async function blob(stream) {
  const chunks = [];
  await collect(stream, (chunk) => { chunks.push(chunk); });
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const buf = await buffer(stream);
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

async function buffer(stream) {
  const chunks = [];
  await collect(stream, (chunk) => {
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk));
    else if (chunk instanceof Uint8Array) chunks.push(chunk);
    else if (ArrayBuffer.isView(chunk)) chunks.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    else if (chunk instanceof ArrayBuffer) chunks.push(new Uint8Array(chunk));
    else chunks.push(Buffer.from(String(chunk)));
  });
  return Buffer.concat(chunks);
}

async function text(stream) {
  const { StringDecoder } = require('string_decoder');
  const dec = new StringDecoder('utf8');
  let str = '';
  await collect(stream, (chunk) => {
    if (typeof chunk === 'string') str += chunk;
    else str += dec.write(chunk);
  });
  str += dec.end();
  return str;
}

async function json(stream) {
  const str = await text(stream);
  return JSON.parse(str);
}

module.exports = { arrayBuffer, blob, buffer, text, json };
