// DOMException getters on foreign receivers throw ERR_INVALID_THIS (Node's wording).
for (const k of ['name', 'message', 'code']) {
  try { Object.getOwnPropertyDescriptor(DOMException.prototype, k).get.call({}); }
  catch (e) { console.log(k, e.name, e.code, e.message); }
}
class MyDOMException extends DOMException {
  constructor() { super('sub', 'NotFoundError'); }
}
const m = new MyDOMException();
console.log(m.name, m.message, m.code, m instanceof DOMException, m instanceof MyDOMException);
