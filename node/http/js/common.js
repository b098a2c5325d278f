'use strict';
// _http_common: the parser objects (internal/http_parser, a Go parser that can consume a socket
// handle) and the callbacks that turn parsed heads into IncomingMessages.

const { FastBuffer } = require('internal/buffer');
const binding = internalBinding('internal/http_parser');
binding.setBufferPrototype(FastBuffer.prototype);
const { HTTPParser: NativeParser, methods: nativeMethods } = binding;
const { IncomingMessage, readStart, readStop, pushEnd } = require('_http_incoming');

const kIncomingMessage = Symbol('IncomingMessage');
const kRequestTimeout = Symbol('RequestTimeout');
const kLenientAll = 1;
const kLenientNone = 0;
const CRLF = '\r\n';
const methods = nativeMethods.slice();

const checkIsHttpToken = binding.checkIsHttpToken;
const storeFlags = new Uint8Array(1);
binding.setStoreFlags(storeFlags);

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
const invalidHeaderChar = binding.checkInvalidHeaderChar;
function checkInvalidHeaderChar(val) {
  return typeof val === 'string' ? invalidHeaderChar(val) : headerCharRegex.test(val);
}

// checkInvalidHeaderCharLenient: what httpValidation 'relaxed' and 'insecure' still refuse in a
// header value (NUL, CR, LF and characters above U+00FF)
const lenientHeaderCharRegex = /[\0\r\n]|[^\0-\xff]/;
function checkInvalidHeaderCharLenient(val) {
  return lenientHeaderCharRegex.test(val);
}

const kHttpValidationModes = ['strict', 'relaxed', 'insecure'];
// validateHttpValidation checks the httpValidation option of a server or request.
function validateHttpValidation(httpValidation, insecureHTTPParser) {
  if (httpValidation === undefined) return;
  const { validateOneOf } = require('internal/validators');
  validateOneOf(httpValidation, 'options.httpValidation', kHttpValidationModes);
  if (insecureHTTPParser !== undefined) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE('options.httpValidation', httpValidation,
                                    'cannot be used together with options.insecureHTTPParser');
  }
}

// parserLeniency: the parser's lenient argument for an httpValidation and an insecureHTTPParser
// option: 1 all of llhttp's lenient flags, 2 relaxed header values, 0 none.
function parserLeniency(httpValidation, insecureHTTPParser) {
  if (httpValidation === 'insecure') return 1;
  if (httpValidation === 'relaxed') return 2;
  if (httpValidation === 'strict') return 0;
  return (insecureHTTPParser === undefined ? isLenient() : insecureHTTPParser) ? 1 : 0;
}

let insecureHTTPParser;
function isLenient() {
  if (insecureHTTPParser === undefined) {
    insecureHTTPParser = process.execArgv.includes('--insecure-http-parser');
  }
  return insecureHTTPParser;
}

function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url, statusCode,
                                 statusMessage, upgrade, shouldKeepAlive) {
  const parser = this;
  const { socket } = parser;
  const ParserIncomingMessage = (socket && socket.server && socket.server[kIncomingMessage]) ||
    IncomingMessage;
  const incoming = parser.incoming = new ParserIncomingMessage(socket);
  incoming.httpVersionMajor = versionMajor;
  incoming.httpVersionMinor = versionMinor;
  incoming.httpVersion = versionMajor === 1 && versionMinor === 1 ? '1.1' : `${versionMajor}.${versionMinor}`;
  incoming.joinDuplicateHeaders = socket?.server?.joinDuplicateHeaders || parser.joinDuplicateHeaders;
  incoming.url = url;
  incoming.upgrade = upgrade;
  let n = headers.length;
  if (parser.maxHeaderPairs > 0) n = Math.min(n, parser.maxHeaderPairs);
  incoming._addHeaderLines(headers, n);
  if (method !== undefined) {
    incoming.method = method;
  } else {
    incoming.statusCode = statusCode;
    incoming.statusMessage = statusMessage;
  }
  return parser.onIncoming(incoming, shouldKeepAlive);
}

function parserOnBody(b) {
  const stream = this.incoming;
  if (stream === null || stream === undefined) return;
  if (!stream._dumped) {
    const ret = stream.push(b);
    if (!ret) readStop(this.socket);
  }
}

function parserOnMessageComplete(trailers) {
  const parser = this;
  const stream = parser.incoming;
  if (stream !== null && stream !== undefined) {
    stream.complete = true;
    if (trailers !== undefined && trailers.length) stream._addHeaderLines(trailers, trailers.length);
    pushEnd(stream);
  }
  readStart(parser.socket);
}

// HTTPParser wraps a native parser: the kind constants and the fields the http modules hang on it.
// The callbacks the native parser calls are the same for every parser: they live on its
// prototype rather than on each (idle connections keep their parser).
NativeParser.prototype.onHeadersComplete = parserOnHeadersComplete;
NativeParser.prototype.onBody = parserOnBody;
NativeParser.prototype.onMessageComplete = parserOnMessageComplete;

function HTTPParser() {
  const p = new NativeParser();
  p.socket = null;
  p.incoming = null;
  p.outgoing = null;
  p.maxHeaderPairs = 2000;
  p.onIncoming = null;
  p.joinDuplicateHeaders = null;
  p._consumed = false;
  p[kRequestTimeout] = 0;
  return p;
}
HTTPParser.REQUEST = 0;
HTTPParser.RESPONSE = 1;
HTTPParser.kLenientAll = kLenientAll;
HTTPParser.kLenientNone = kLenientNone;

// Node's FreeList of parsers: the server returns a connection's parser when the connection
// closes (freeParser with reusable set; by then no execute of it is running), and a new
// connection's initialize() readies it again. The client's parsers are not reused.
const parsers = {
  max: 1000,
  list: [],
  alloc() { return this.list.length !== 0 ? this.list.pop() : HTTPParser(); },
  free(parser) {
    if (this.list.length >= this.max) return false;
    this.list.push(parser);
    return true;
  },
};

function cleanParser(parser) {
  parser.onIncoming = null;
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.maxHeaderPairs = 2000;
  parser[kRequestTimeout] = 0;
  parser.joinDuplicateHeaders = null;
  parser.onExecute = null;
  parser._consumed = false;
}

function freeParser(parser, req, socket, reusable) {
  if (parser) {
    if (parser._consumed) parser.unconsume();
    cleanParser(parser);
    if (reusable === true) {
      parser._active = false;
      parser._checkedOut = false;
      parser.recycle();
      if (!parsers.free(parser)) parser.free();
    } else {
      parser.free();
    }
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket;
  if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
}

// parseError turns the native parser's error record into Node's Error with code, reason,
// bytesParsed and rawPacket.
function parseError(rec) {
  if (rec.reason === undefined) {
    const err = new Error('Parse Error');
    err.bytesParsed = rec.bytesParsed;
    err.code = rec.code;
    return err;
  }
  const err = new Error(`Parse Error: ${rec.reason}`);
  err.bytesParsed = rec.bytesParsed;
  err.code = rec.code;
  err.reason = rec.reason;
  err.rawPacket = rec.rawPacket;
  return err;
}

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  checkInvalidHeaderCharLenient,
  validateHttpValidation,
  parserLeniency,
  _checkIsHttpToken: checkIsHttpToken,
  _storeHeaders: binding.storeHeaders,
  _writeHead: binding.writeHead,
  _setStatusCodes: binding.setStatusCodes,
  _storeFlags: storeFlags,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF,
  freeParser,
  methods,
  parsers,
  kIncomingMessage,
  kRequestTimeout,
  HTTPParser,
  isLenient,
  prepareError,
  parseError,
};
