// EventTarget: listeners run in order with the target as this; dispatchEvent's result; event fields during and after dispatch.
const et = new EventTarget();
const ev = new Event('ping', { cancelable: true });
et.addEventListener('ping', function (e) {
  console.log('first', this === et, e === ev, e.target === et, e.currentTarget === et, e.eventPhase, e.composedPath().length);
});
et.addEventListener('ping', (e) => {
  console.log('second', e.eventPhase, e.currentTarget, e.composedPath());
});
console.log('result', et.dispatchEvent(ev));
console.log('after', ev.eventPhase, ev.currentTarget, ev.target === et, ev.composedPath());
console.log('no listeners', et.dispatchEvent(new Event('none')));
