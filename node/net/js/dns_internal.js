'use strict';
// internal/dns: what node:dns and node:dns/promises share. lookup and lookupService run the
// system's resolution on goroutines (node/net/dns.go); the Resolver class is a channel that
// sends its own queries, as c-ares does. Results come back on the loop as req.oncomplete.

const {
  DNSException,
  codes: {
    ERR_DNS_SET_SERVERS_FAILED, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  validateArray, validateBoolean, validateFunction, validateInt32, validateNumber, validateOneOf,
  validatePort, validateString, validateStringWithoutNullBytes, validateUint32,
} = require('internal/validators');
const { isIP } = require('internal/net');
const cares = internalBinding('internal/cares_wrap');

const AI_ADDRCONFIG = 32, AI_ALL = 16, AI_V4MAPPED = 8;
const DNS_ORDER_VERBATIM = 0, DNS_ORDER_IPV4_FIRST = 1, DNS_ORDER_IPV6_FIRST = 2;
const IANA_DNS_PORT = 53;
const validDnsOrders = ['verbatim', 'ipv4first', 'ipv6first'];
const validFamilies = [0, 4, 6];

let dnsOrder;
{
  const flag = process.execArgv.find((a) => a.startsWith('--dns-result-order='));
  dnsOrder = flag ? flag.slice('--dns-result-order='.length) : 'verbatim';
}

function setDefaultResultOrder(value) {
  validateOneOf(value, 'dnsOrder', validDnsOrders);
  dnsOrder = value;
}

function getDefaultResultOrder() {
  return dnsOrder;
}

function validateHints(hints) {
  if ((hints & ~(AI_ADDRCONFIG | AI_ALL | AI_V4MAPPED)) !== 0) {
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

let invalidHostnameWarned = false;
function emitInvalidHostnameWarning(hostname) {
  if (invalidHostnameWarned) return;
  invalidHostnameWarned = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid ` +
    'hostname, and is supported in the dns module solely for compatibility.',
    'DeprecationWarning', 'DEP0118');
}

// parseLookupOptions reads lookup()'s options the same way for both APIs.
function parseLookupOptions(options, forPromise, callback, argc) {
  const out = { hints: 0, family: 0, all: false, order: dnsOrder };
  if (typeof options === 'number') {
    if (!forPromise) validateFunction(callback, 'callback');
    validateOneOf(options, 'family', validFamilies);
    out.family = options + 0;
    return out;
  }
  if (options !== undefined && typeof options !== 'object') {
    if (!forPromise) validateFunction(argc === 2 ? options : callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  }
  if (!forPromise) validateFunction(callback, 'callback');
  if (options?.hints != null) {
    validateNumber(options.hints, 'options.hints');
    out.hints = options.hints >>> 0;
    validateHints(out.hints);
  }
  if (options?.family != null) {
    if (!forPromise && options.family === 'IPv4') out.family = 4;
    else if (!forPromise && options.family === 'IPv6') out.family = 6;
    else {
      validateOneOf(options.family, 'options.family', validFamilies);
      out.family = options.family + 0;
    }
  }
  if (options?.all != null) {
    validateBoolean(options.all, 'options.all');
    out.all = options.all;
  }
  if (options?.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    out.order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options?.order != null) {
    validateOneOf(options.order, 'options.order', validDnsOrders);
    out.order = options.order;
  }
  return out;
}

function orderCode(order) {
  if (order === 'ipv4first') return DNS_ORDER_IPV4_FIRST;
  if (order === 'ipv6first') return DNS_ORDER_IPV6_FIRST;
  return DNS_ORDER_VERBATIM;
}

class GetAddrInfoReqWrap {}
class GetNameInfoReqWrap {}
class QueryReqWrap {}

function lookup(hostname, options, callback) {
  if (hostname) validateStringWithoutNullBytes(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const o = parseLookupOptions(options, false, callback, arguments.length);
  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (o.all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, o.family === 6 ? 6 : 4);
    return {};
  }
  const matched = isIP(hostname);
  if (matched) {
    if (o.all) process.nextTick(callback, null, [{ address: hostname, family: matched }]);
    else process.nextTick(callback, null, hostname, matched);
    return {};
  }
  const req = new GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = o.family;
  req.hostname = hostname;
  req.oncomplete = o.all ? onlookupall : onlookup;
  const err = cares.getaddrinfo(req, hostname, o.family, o.hints, orderCode(o.order));
  if (err) {
    process.nextTick(callback, new DNSException(err, 'getaddrinfo', hostname));
    return {};
  }
  return req;
}
Object.defineProperty(lookup, Symbol.for('nodejs.util.promisify.customArgs'),
                      { __proto__: null, value: ['address', 'family'], enumerable: false });

function onlookup(err, addresses) {
  if (err) return this.callback(new DNSException(err, 'getaddrinfo', this.hostname));
  this.callback(null, addresses[0], this.family || isIP(addresses[0]));
}

function onlookupall(err, addresses) {
  if (err) return this.callback(new DNSException(err, 'getaddrinfo', this.hostname));
  const family = this.family;
  this.callback(null, addresses.map((address) => ({ address, family: family || isIP(address) })));
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  port = +port + 0;
  const req = new GetNameInfoReqWrap();
  req.callback = callback;
  req.hostname = address;
  req.port = port;
  req.oncomplete = function(err, hostname, service) {
    if (err) return this.callback(new DNSException(err, 'getnameinfo', this.hostname));
    this.callback(null, hostname, service);
  };
  const err = cares.getnameinfo(req, address, port);
  if (err) throw new DNSException(err, 'getnameinfo', address);
  return req;
}
Object.defineProperty(lookupService, Symbol.for('nodejs.util.promisify.customArgs'),
                      { __proto__: null, value: ['hostname', 'service'], enumerable: false });

function lookupPromise(hostname, options) {
  if (hostname) validateStringWithoutNullBytes(hostname, 'hostname');
  const o = parseLookupOptions(options, true);
  return new Promise((resolve, reject) => {
    if (!hostname) {
      emitInvalidHostnameWarning(hostname);
      resolve(o.all ? [] : { address: null, family: o.family === 6 ? 6 : 4 });
      return;
    }
    const matched = isIP(hostname);
    if (matched !== 0) {
      const result = { address: hostname, family: matched };
      resolve(o.all ? [result] : result);
      return;
    }
    const req = new GetAddrInfoReqWrap();
    req.family = o.family;
    req.hostname = hostname;
    req.oncomplete = function(err, addresses) {
      if (err) return reject(new DNSException(err, 'getaddrinfo', hostname));
      const fam = (a) => o.family || isIP(a);
      if (o.all) resolve(addresses.map((address) => ({ address, family: fam(address) })));
      else resolve({ address: addresses[0], family: fam(addresses[0]) });
    };
    const err = cares.getaddrinfo(req, hostname, o.family, o.hints, orderCode(o.order));
    if (err) reject(new DNSException(err, 'getaddrinfo', hostname));
  });
}

function lookupServicePromise(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  port = +port + 0;
  return new Promise((resolve, reject) => {
    const req = new GetNameInfoReqWrap();
    req.oncomplete = (err, hostname, service) => {
      // Node's promise form names no hostname on the error (its request object has none)
      if (err) reject(new DNSException(err, 'getnameinfo'));
      else resolve({ hostname, service });
    };
    const err = cares.getnameinfo(req, address, port);
    if (err) reject(new DNSException(err, 'getnameinfo', address));
  });
}

// ---- Resolver ------------------------------------------------------------------------------

const IPv6RE = /^\[([^[\]]*)\]/;
const addrSplitRE = /(^.+?)(?::(\d+))?$/;

class ResolverBase {
  constructor(options = undefined) {
    let { timeout = -1 } = { ...options };
    validateInt32(timeout, 'options.timeout', -1);
    const { tries = 4 } = { ...options };
    validateInt32(tries, 'options.tries', 1);
    const { maxTimeout = 0 } = { ...options };
    validateUint32(maxTimeout, 'options.maxTimeout');
    this._handle = new cares.ChannelWrap(timeout + 0, tries, maxTimeout + 0);
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    return (this._handle.getServers() || []).map((val) => {
      if (!val[1] || val[1] === IANA_DNS_PORT) return val[0];
      const host = isIP(val[0]) === 6 ? `[${val[0]}]` : val[0];
      return `${host}:${val[1]}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const newSet = [];
    servers.forEach((serv, index) => {
      validateString(serv, `servers[${index}]`);
      let ipVersion = isIP(serv);
      if (ipVersion !== 0) return newSet.push([ipVersion, serv, IANA_DNS_PORT]);
      const match = IPv6RE.exec(serv);
      if (match) {
        ipVersion = isIP(match[1]);
        if (ipVersion !== 0) {
          const port = Number.parseInt(serv.replace(addrSplitRE, '$2')) || IANA_DNS_PORT;
          validatePort(port);
          return newSet.push([ipVersion, match[1], port]);
        }
      }
      const split = addrSplitRE.exec(serv);
      if (split) {
        const hostIP = split[1];
        const port = Number.parseInt(split[2]) || IANA_DNS_PORT;
        ipVersion = isIP(hostIP);
        if (ipVersion !== 0) {
          validatePort(port);
          return newSet.push([ipVersion, hostIP, port]);
        }
      }
      throw new ERR_INVALID_IP_ADDRESS(serv);
    });
    const errorNumber = this._handle.setServers(newSet);
    if (errorNumber !== 0) throw new ERR_DNS_SET_SERVERS_FAILED(String(errorNumber), servers);
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
  }
}

const queryNames = {
  ANY: ['resolveAny', 'queryAny'], A: ['resolve4', 'queryA'], AAAA: ['resolve6', 'queryAaaa'],
  CAA: ['resolveCaa', 'queryCaa'], CNAME: ['resolveCname', 'queryCname'], MX: ['resolveMx', 'queryMx'],
  NS: ['resolveNs', 'queryNs'], TLSA: ['resolveTlsa', 'queryTlsa'], TXT: ['resolveTxt', 'queryTxt'],
  SRV: ['resolveSrv', 'querySrv'], PTR: ['resolvePtr', 'queryPtr'], NAPTR: ['resolveNaptr', 'queryNaptr'],
  SOA: ['resolveSoa', 'querySoa'],
};

function withTtl(result, ttls, ttl) {
  if (ttls && ttl) return result.map((address, i) => ({ address, ttl: ttls[i] }));
  return result;
}

function callbackQuery(bindingName) {
  const query = {
    [bindingName](name, /* options, */ callback) {
      let options;
      if (arguments.length > 2) {
        options = callback;
        callback = arguments[2];
      }
      validateString(name, 'name');
      validateFunction(callback, 'callback');
      const req = new QueryReqWrap();
      req.bindingName = bindingName;
      req.callback = callback;
      req.hostname = name;
      req.ttl = !!(options?.ttl);
      req.oncomplete = function(err, result, ttls) {
        if (err) this.callback(new DNSException(err, this.bindingName, this.hostname));
        else this.callback(null, withTtl(result, ttls, this.ttl));
      };
      const err = this._handle[bindingName](req, name);
      if (err) throw new DNSException(err, bindingName, name);
      return req;
    },
  }[bindingName];
  return query;
}

function promiseQuery(bindingName) {
  return {
    [bindingName](name, options) {
      validateString(name, 'name');
      const ttl = !!(options?.ttl);
      return new Promise((resolve, reject) => {
        const req = new QueryReqWrap();
        req.oncomplete = (err, result, ttls) => {
          if (err) reject(new DNSException(err, bindingName, name));
          else resolve(withTtl(result, ttls, ttl));
        };
        const err = this._handle[bindingName](req, name);
        if (err) reject(new DNSException(err, bindingName, name));
      });
    },
  }[bindingName];
}

function makeResolverClass(makeQuery, isPromise) {
  const resolveMap = { __proto__: null };
  class Resolver extends ResolverBase {}
  for (const [rrtype, [method, bindingName]] of Object.entries(queryNames)) {
    Resolver.prototype[method] = resolveMap[rrtype] = makeQuery(bindingName);
  }
  Resolver.prototype.reverse = makeQuery('getHostByAddr');
  Resolver.prototype.resolve = isPromise ?
    function resolve(hostname, rrtype) {
      let fn;
      if (rrtype !== undefined) {
        validateString(rrtype, 'rrtype');
        fn = resolveMap[rrtype];
        if (typeof fn !== 'function') throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
      } else {
        fn = resolveMap.A;
      }
      return fn.call(this, hostname);
    } :
    function resolve(hostname, rrtype, callback) {
      let fn;
      if (typeof rrtype === 'string') {
        fn = resolveMap[rrtype];
      } else if (typeof rrtype === 'function') {
        fn = resolveMap.A;
        callback = rrtype;
      } else {
        throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
      }
      if (typeof fn === 'function') return fn.call(this, hostname, callback);
      throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
    };
  return Resolver;
}

const CallbackResolver = makeResolverClass(callbackQuery, false);
const PromiseResolver = makeResolverClass(promiseQuery, true);

const resolverKeys = [
  'getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
  'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTlsa',
  'resolveTxt', 'reverse',
];

let defaultResolver;
function getDefaultResolver() {
  defaultResolver ??= new ResolverBase();
  return defaultResolver;
}

const bound = [];
function bindDefaultResolver(target, proto) {
  const r = getDefaultResolver();
  for (const key of resolverKeys) target[key] = proto[key].bind(r);
  if (!bound.some((b) => b[0] === target)) bound.push([target, proto]);
}

function setServers(servers) {
  const r = new ResolverBase();
  r.setServers(servers);
  defaultResolver = r;
  for (const [target, proto] of bound) bindDefaultResolver(target, proto);
}

const codes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

module.exports = {
  AI_ADDRCONFIG, AI_ALL, AI_V4MAPPED,
  lookup, lookupService, lookupPromise, lookupServicePromise,
  CallbackResolver, PromiseResolver, bindDefaultResolver, setServers,
  getDefaultResultOrder, setDefaultResultOrder, codes,
};
