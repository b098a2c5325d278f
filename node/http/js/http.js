'use strict';
// node:http

const { methods, parsers } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('_http_outgoing');
const { Server, ServerResponse, STATUS_CODES, _connectionListener } = require('_http_server');
const agent = require('_http_agent');
const { ClientRequest } = require('_http_client');

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

let maxHeaderSize;

module.exports = {
  _connectionListener,
  METHODS: methods.slice().sort(),
  STATUS_CODES,
  Agent: agent.Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    require('internal/validators').validateInteger(max, 'max', 1);
    parsers.max = max;
  },
};

Object.defineProperty(module.exports, 'maxHeaderSize', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (maxHeaderSize === undefined) {
      const flag = process.execArgv.find((a) => a.startsWith('--max-http-header-size='));
      maxHeaderSize = flag ? Number(flag.split('=')[1]) : 16 * 1024;
    }
    return maxHeaderSize;
  },
});

Object.defineProperty(module.exports, 'globalAgent', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return agent.globalAgent; },
  set(value) { agent.globalAgent = value; },
});
