// structuredClone DataCloneError messages for values that cannot be cloned.
const t = (label, v, opts) => {
  try { structuredClone(v, opts); console.log(label, 'cloned'); }
  catch (e) { console.log(label, e.name, e.code, e instanceof DOMException, JSON.stringify(e.message)); }
};
t('arrow', () => {});
t('function', function named() { return 1; });
t('method', { m() {} });
t('symbol', Symbol('sym'));
t('symbol in object', { s: Symbol.iterator });
t('weakmap', new WeakMap());
t('weakset', new WeakSet());
t('promise', Promise.resolve());
t('map iterator', new Map().entries());
t('generator', (function* () {})());
t('symbol object', Object(Symbol('q')));
t('proxy', new Proxy({}, {}));
t('in map', new Map([[() => 1, 1]]));
