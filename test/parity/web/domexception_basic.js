// DOMException: name, message, code for every legacy name; defaults; instanceof Error; toString and tag.
const e = new DOMException('msg', 'AbortError');
console.log(e.name, e.message, e.code, e instanceof Error, e instanceof DOMException);
console.log(String(e), Object.prototype.toString.call(e), e.stack.split('\n')[0]);
const d = new DOMException();
console.log(JSON.stringify(d.name), JSON.stringify(d.message), d.code);
for (const name of ['IndexSizeError', 'HierarchyRequestError', 'InvalidCharacterError', 'NotFoundError',
  'NotSupportedError', 'InvalidStateError', 'SyntaxError', 'InvalidModificationError', 'NamespaceError',
  'InvalidAccessError', 'TypeMismatchError', 'SecurityError', 'NetworkError', 'AbortError',
  'URLMismatchError', 'QuotaExceededError', 'TimeoutError', 'InvalidNodeTypeError', 'DataCloneError',
  'EncodingError', 'NotReadableError', 'OperationError', 'Whatever']) {
  console.log(name, new DOMException('', name).code);
}
console.log(new DOMException(5, 7).name, new DOMException({ toString() { return 'm'; } }).message);
