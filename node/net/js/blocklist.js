'use strict';
// net.BlockList: rules over addresses, ranges and subnets. Addresses are compared as 16-byte
// keys (IPv4 mapped into IPv6), so an IPv4 rule also matches the IPv4-mapped IPv6 address.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateInt32, validateString } = require('internal/validators');
const { ipKey, normalizeIP } = internalBinding('internal/tcp_wrap');
const { inspect } = require('internal/util/inspect');

const kRules = Symbol('kRules');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function familyOf(family, name = 'family') {
  validateString(family, name);
  const f = family.toLowerCase();
  if (f !== 'ipv4' && f !== 'ipv6') throw new ERR_INVALID_ARG_VALUE(name, family);
  return f;
}

// addressOf turns a string into a SocketAddress as Node does, so its errors are the constructor's.
function addressOf(value, family, name) {
  const { SocketAddress } = require('internal/socketaddress');
  if (SocketAddress.isSocketAddress(value)) return value;
  validateString(value, name);
  validateString(family, 'family');
  return new SocketAddress({ address: value, family });
}

function keyOf(a) {
  let k = ipKey(a.address, a.family);
  if (k === undefined) k = ipKey(a.address, a.family === 'ipv4' ? 'ipv6' : 'ipv4');
  if (k === undefined) throw new ERR_INVALID_ARG_VALUE('address', a.address);
  return k;
}

function maskKey(key, prefix, family, high) {
  const bits = family === 'ipv4' ? prefix + 96 : prefix;
  let out = '';
  for (let i = 0; i < 32; i++) {
    const nibbleBits = Math.max(0, Math.min(4, bits - i * 4));
    const v = parseInt(key[i], 16);
    const keep = (0xf << (4 - nibbleBits)) & 0xf;
    out += ((v & keep) | (high ? (~keep & 0xf) : 0)).toString(16);
  }
  return out;
}

function parseCIDR(cidr) {
  validateString(cidr, 'cidr');
  const slash = cidr.indexOf('/');
  if (slash === -1) {
    throw new ERR_INVALID_ARG_VALUE('cidr', cidr, 'must contain a prefix length (e.g. "10.0.0.0/8")');
  }
  const address = cidr.slice(0, slash);
  const prefixStr = cidr.slice(slash + 1);
  const prefix = Number.parseInt(prefixStr, 10);
  if (Number.isNaN(prefix) || `${prefix}` !== prefixStr) {
    throw new ERR_INVALID_ARG_VALUE('cidr', cidr, 'prefix length must be a valid integer');
  }
  return { address, prefix, family: address.includes(':') ? 'ipv6' : 'ipv4' };
}

const label = (f) => (f === 'ipv4' ? 'IPv4' : 'IPv6');

class BlockList {
  constructor() {
    this[kRules] = [];
  }

  static isBlockList(value) {
    return value?.[kRules] !== undefined;
  }

  static PRIVATE_RANGES = Object.freeze([
    '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '127.0.0.0/8', '::1/128',
    '169.254.0.0/16', 'fe80::/10', 'fc00::/7',
  ]);

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BlockList ${inspect({ rules: this.rules }, opts)}`;
  }

  addAddress(address, family = 'ipv4') {
    const a = addressOf(address, family, 'address');
    const k = keyOf(a);
    this[kRules].unshift({ text: `Address: ${label(a.family)} ${normalizeIP(a.address)}`, lo: k, hi: k, kind: 'address', a });
  }

  addAddresses(addresses, family = 'ipv4') {
    if (!Array.isArray(addresses)) throw new ERR_INVALID_ARG_TYPE('addresses', 'Array', addresses);
    validateString(family, 'family');
    addresses.forEach((address, i) => {
      validateString(address, `addresses[${i}]`);
      this.addAddress(address, family);
    });
  }

  addRange(start, end, family = 'ipv4') {
    const s = addressOf(start, family, 'start');
    const e = addressOf(end, family, 'end');
    const lo = keyOf(s), hi = keyOf(e);
    if (lo > hi) throw new ERR_INVALID_ARG_VALUE('start', s, 'must come before end');
    this[kRules].unshift({
      text: `Range: ${label(s.family)} ${normalizeIP(s.address)}-${normalizeIP(e.address)}`, lo, hi, kind: 'range', s, e,
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const n = addressOf(network, family, 'network');
    validateInt32(prefix, 'prefix', 0, n.family === 'ipv4' ? 32 : 128);
    const k = keyOf(n);
    this[kRules].unshift({
      text: `Subnet: ${label(n.family)} ${normalizeIP(n.address)}/${prefix}`,
      lo: maskKey(k, prefix, n.family, false), hi: maskKey(k, prefix, n.family, true), kind: 'subnet', n, prefix,
    });
  }

  addCIDR(cidr) {
    const { address, prefix, family } = parseCIDR(cidr);
    this.addSubnet(address, prefix, family);
  }

  addCIDRs(cidrs) {
    if (!Array.isArray(cidrs)) throw new ERR_INVALID_ARG_TYPE('cidrs', 'Array', cidrs);
    cidrs.forEach((c, i) => {
      validateString(c, `cidrs[${i}]`);
      this.addCIDR(c);
    });
  }

  removeAddress(address, family = 'ipv4') {
    const a = addressOf(address, family, 'address');
    const text = `Address: ${label(a.family)} ${normalizeIP(a.address)}`;
    this[kRules] = this[kRules].filter((r) => r.text !== text);
  }

  removeRange(start, end, family = 'ipv4') {
    const s = addressOf(start, family, 'start');
    const e = addressOf(end, family, 'end');
    const text = `Range: ${label(s.family)} ${normalizeIP(s.address)}-${normalizeIP(e.address)}`;
    this[kRules] = this[kRules].filter((r) => r.text !== text);
  }

  removeSubnet(network, prefix, family = 'ipv4') {
    const n = addressOf(network, family, 'network');
    validateInt32(prefix, 'prefix', 0, n.family === 'ipv4' ? 32 : 128);
    const text = `Subnet: ${label(n.family)} ${normalizeIP(n.address)}/${prefix}`;
    this[kRules] = this[kRules].filter((r) => r.text !== text);
  }

  removeCIDR(cidr) {
    const { address, prefix, family } = parseCIDR(cidr);
    this.removeSubnet(address, prefix, family);
  }

  check(address, family = 'ipv4') {
    const { SocketAddress } = require('internal/socketaddress');
    let a;
    if (SocketAddress.isSocketAddress(address)) {
      a = { address: address.address, family: address.family };
    } else {
      validateString(address, 'address');
      validateString(family, 'family');
      a = { address, family: family.toLowerCase() === 'ipv4' ? 'ipv4' : 'ipv6' };
    }
    const k = ipKey(a.address, a.family);
    if (k === undefined) return false;
    return this[kRules].some((r) => r.lo <= k && k <= r.hi);
  }

  clear() {
    this[kRules] = [];
  }

  toJSON() {
    return this.rules;
  }

  fromJSON(data) {
    if (typeof data === 'string') data = JSON.parse(data);
    if (!Array.isArray(data)) throw new ERR_INVALID_ARG_TYPE('data', ['string', 'string[]'], data);
    for (const rule of data) {
      if (typeof rule !== 'string') throw new ERR_INVALID_ARG_TYPE('data', ['string', 'string[]'], data);
      const m = /^(Address|Range|Subnet): (IPv4|IPv6) (.*)$/.exec(rule);
      if (!m) continue;
      const fam = m[2].toLowerCase();
      if (m[1] === 'Address') this.addAddress(m[3], fam);
      else if (m[1] === 'Range') {
        const [s, e] = m[3].split('-');
        this.addRange(s, e, fam);
      } else {
        const [net, p] = m[3].split('/');
        this.addSubnet(net, +p, fam);
      }
    }
  }

  get rules() {
    return this[kRules].map((r) => r.text);
  }

  get size() {
    return this[kRules].length;
  }
}

module.exports = { BlockList };
