// Checks Object.prototype.__defineGetter__ and friends.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const o = {};
o.__defineGetter__('x', () => 42);
o.__defineSetter__('y', function (v) { this._y = v; });
o.y = 5;
show('get', () => o.x);
show('set', () => o._y);
show('lookup', () => typeof o.__lookupGetter__('x') + ' ' + typeof o.__lookupSetter__('y'));
show('proto lookup', () => ({}).__lookupGetter__('__proto__').name);
show('bad getter', () => o.__defineGetter__('z', 5));
