// EventTarget: handleEvent objects get the event with the object as this; handleEvent is looked up at dispatch time.
const et = new EventTarget();
const obj = {
  handleEvent(e) { console.log('handleEvent', this === obj, e.type); },
};
et.addEventListener('x', obj);
et.dispatchEvent(new Event('x'));
obj.handleEvent = function (e) { console.log('replaced handleEvent', e.type); };
et.dispatchEvent(new Event('x'));
et.removeEventListener('x', obj);
et.dispatchEvent(new Event('x'));
console.log('removed');
