// URL getters and methods on the wrong receiver throw ERR_INVALID_THIS
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
for (const k of ['href', 'origin', 'protocol', 'host', 'search', 'searchParams', 'hash']) {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, k);
  show(() => d.get.call({}));
  if (d.set) show(() => d.set.call({}, 'x'));
}
show(() => URL.prototype.toString.call({}));
show(() => URL.prototype.toJSON.call(null));
