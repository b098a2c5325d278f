// Proxies, with and without showProxy.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
const target = { a: 1 };
const handler = { get: (t, k) => (k === 'a' ? 'trapped' : t[k]) };
const p = new Proxy(target, handler);
show('proxy', p);
show('showProxy', p, { showProxy: true });
show('function proxy', new Proxy(function f() {}, {}));
show('array proxy', new Proxy([1, 2], {}));
const revocable = Proxy.revocable({}, {});
revocable.revoke();
show('revoked showProxy', revocable.proxy, { showProxy: true });
show('revoked', revocable.proxy);
