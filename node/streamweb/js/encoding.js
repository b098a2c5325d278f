'use strict';
// TextEncoderStream and TextDecoderStream. Served as internal/webstreams/encoding.

const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
const { TextEncoder, TextDecoder } = require('internal/encoding');
const { kState, kType, customInspectSymbol, customInspect, defineWebIDL } =
  require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');

class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    // A high surrogate at the end of a chunk waits for the low half in the next one.
    let pending = '';
    const transform = new TransformStream({
      transform(chunk, controller) {
        let text = pending + `${chunk}`;
        pending = '';
        if (text.length === 0) return;
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          pending = text[text.length - 1];
          text = text.slice(0, -1);
          if (text.length === 0) return;
        }
        controller.enqueue(encoder.encode(text));
      },
      flush(controller) {
        if (pending !== '') controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
    this[kType] = 'TextEncoderStream';
    this[kState] = { transform };
  }

  get encoding() {
    if (this?.[kType] !== 'TextEncoderStream') throw new ERR_INVALID_THIS('TextEncoderStream');
    return 'utf-8';
  }

  get readable() {
    if (this?.[kType] !== 'TextEncoderStream') throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    if (this?.[kType] !== 'TextEncoderStream') throw new ERR_INVALID_THIS('TextEncoderStream');
    return this[kState].transform.writable;
  }

  [customInspectSymbol](depth, options) {
    const t = this[kState].transform;
    return customInspect.call(this, depth, options, this[kType], {
      encoding: 'utf-8',
      readable: t.readable,
      writable: t.writable,
    });
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = undefined) {
    const decoder = new TextDecoder(encoding, options);
    const streamOpt = { stream: true };
    const transform = new TransformStream({
      transform(chunk, controller) {
        const value = decoder.decode(chunk, streamOpt);
        if (value) controller.enqueue(value);
      },
      flush(controller) {
        const value = decoder.decode();
        if (value) controller.enqueue(value);
        controller.terminate();
      },
      cancel() {
        decoder.decode();
      },
    });
    this[kType] = 'TextDecoderStream';
    this[kState] = { decoder, transform };
  }

  get encoding() {
    if (this?.[kType] !== 'TextDecoderStream') throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.encoding;
  }

  get fatal() {
    if (this?.[kType] !== 'TextDecoderStream') throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.fatal;
  }

  get ignoreBOM() {
    if (this?.[kType] !== 'TextDecoderStream') throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].decoder.ignoreBOM;
  }

  get readable() {
    if (this?.[kType] !== 'TextDecoderStream') throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].transform.readable;
  }

  get writable() {
    if (this?.[kType] !== 'TextDecoderStream') throw new ERR_INVALID_THIS('TextDecoderStream');
    return this[kState].transform.writable;
  }

  [customInspectSymbol](depth, options) {
    const s = this[kState];
    return customInspect.call(this, depth, options, this[kType], {
      encoding: s.decoder.encoding,
      fatal: s.decoder.fatal,
      ignoreBOM: s.decoder.ignoreBOM,
      readable: s.transform.readable,
      writable: s.transform.writable,
    });
  }
}

TextEncoderStream.prototype[kType] = undefined;
TextDecoderStream.prototype[kType] = undefined;
// Node gives these two no Symbol.toStringTag.
defineWebIDL(TextEncoderStream, undefined, ['encoding', 'readable', 'writable']);
defineWebIDL(TextDecoderStream, undefined, ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']);

module.exports = { TextEncoderStream, TextDecoderStream };
