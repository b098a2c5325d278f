// hasSubscribers (module and Channel) through subscribe, unsubscribe and bound stores.
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');
console.log('unknown name:', dc.hasSubscribers('nothing'));
const ch = dc.channel('hs');
console.log('new channel:', ch.hasSubscribers, dc.hasSubscribers('hs'));
const fn = () => {};
ch.subscribe(fn);
console.log('subscribed:', ch.hasSubscribers, dc.hasSubscribers('hs'));
ch.unsubscribe(fn);
console.log('unsubscribed:', ch.hasSubscribers, dc.hasSubscribers('hs'));
const store = new AsyncLocalStorage();
ch.bindStore(store);
console.log('store bound:', ch.hasSubscribers);
console.log('unbindStore:', ch.unbindStore(store), ch.hasSubscribers, 'again:', ch.unbindStore(store));
const sym = Symbol('sym-channel');
dc.subscribe(sym, fn);
console.log('symbol channel:', dc.hasSubscribers(sym), dc.channel(sym).name === sym);
