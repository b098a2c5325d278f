'use strict';
// node:net. The address utilities are here; net.Socket and net.Server are built on node:stream
// and the TCP/Pipe handles of internal/tcp_wrap (see docs/compat/net.md for their status).

const { isIP, isIPv4, isIPv6 } = require('internal/net');
const { validateInt32, validateBoolean } = require('internal/validators');

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  if (value < 10) value = 10;
  autoSelectFamilyAttemptTimeoutDefault = value;
}

module.exports = {
  isIP,
  isIPv4,
  isIPv6,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};

Object.defineProperties(module.exports, {
  BlockList: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return require('internal/blocklist').BlockList; },
  },
  SocketAddress: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return require('internal/socketaddress').SocketAddress; },
  },
});
