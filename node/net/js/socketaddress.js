'use strict';
// net.SocketAddress: an immutable IP address, port, family and IPv6 flow label.

const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateObject, validatePort, validateString, validateUint32 } = require('internal/validators');
const { normalizeIP } = internalBinding('internal/tcp_wrap');
const { inspect } = require('internal/util/inspect');

const kDetail = Symbol('kDetail');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kDetail] !== undefined;
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const { address = (family === 'ipv4' ? '127.0.0.1' : '::'), port = 0, flowlabel = 0 } = options;
    if (typeof family?.toLowerCase === 'function') family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    const { isIP } = require('internal/net');
    if (isIP(address) !== (family === 'ipv4' ? 4 : 6)) {
      throw new ERR_INVALID_ARG_VALUE('options.address', address);
    }
    this[kDetail] = { address: normalizeIP(address), port: port | 0, family, flowlabel: flowlabel | 0 };
  }

  get address() { return this[kDetail].address; }
  get port() { return this[kDetail].port; }
  get family() { return this[kDetail].family; }
  get flowlabel() { return this[kDetail].flowlabel; }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `SocketAddress ${inspect(this.toJSON(), opts)}`;
  }

  toJSON() {
    return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel };
  }

  static parse(input) {
    validateString(input, 'input');
    try {
      const { hostname: address, port } = new URL(`http://${input}`);
      if (address[0] === '[' && address[address.length - 1] === ']') {
        return new SocketAddress({ address: address.slice(1, -1), port: port | 0, family: 'ipv6' });
      }
      return new SocketAddress({ address, port: port | 0 });
    } catch {
      // not an address: undefined, as Node
    }
  }
}

module.exports = { SocketAddress };
