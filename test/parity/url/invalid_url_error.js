// ERR_INVALID_URL: message, code, input and base properties
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
for (const [i, b] of [['foo'], ['foo', 'bar'], ['http://[::1', undefined], ['', 'about:blank'], ['http://a:99999']]) {
  try { b === undefined ? new URL(i) : new URL(i, b); } catch (e) {
    console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base), Object.keys(e), e instanceof TypeError);
  }
}
