// events.on with an EventTarget yields the events themselves.
const { on } = require('events');
(async () => {
  const et = new EventTarget();
  setTimeout(() => { et.dispatchEvent(new Event('m')); et.dispatchEvent(new CustomEvent('m', { detail: 7 })); }, 1);
  let n = 0;
  for await (const ev of on(et, 'm')) {
    console.log(ev.type, ev.constructor.name, ev.detail);
    if (++n === 2) break;
  }
  console.log('done');
})();
