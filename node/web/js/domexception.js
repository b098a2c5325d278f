'use strict';
// DOMException (WebIDL): name, message and code are prototype getters over per-instance state,
// the instance itself owns only its stack (and a cause), as in Node.

const internals = new WeakMap();

const legacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'],
  ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'],
  ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'],
  ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'],
  ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'],
  ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'],
  ['ValidationError', 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'],
  ['SecurityError', 'SECURITY_ERR'],
  ['NetworkError', 'NETWORK_ERR'],
  ['AbortError', 'ABORT_ERR'],
  ['URLMismatchError', 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'],
  ['TimeoutError', 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'],
  ['DataCloneError', 'DATA_CLONE_ERR'],
];
const nameToCode = new Map();

// Node's own shape for this error: a plain TypeError with a code, not a NodeError.
function throwInvalidThis(type) {
  const err = new TypeError();
  Object.defineProperties(err, {
    message: { __proto__: null, value: `Value of "this" must be of ${type}`, enumerable: false, writable: true, configurable: true },
    toString: {
      __proto__: null,
      value() { return `${this.name} [ERR_INVALID_THIS]: ${this.message}`; },
      enumerable: false, writable: true, configurable: true,
    },
  });
  err.code = 'ERR_INVALID_THIS';
  throw err;
}

function state(self) {
  const s = internals.get(self);
  if (s === undefined) throwInvalidThis('DOMException');
  return s;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    Error.captureStackTrace(this);
    if (options !== null && typeof options === 'object') {
      const { name } = options;
      internals.set(this, { message: `${message}`, name: `${name}` });
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          __proto__: null, value: options.cause, configurable: true, writable: true, enumerable: false,
        });
      }
    } else {
      internals.set(this, { message: `${message}`, name: `${options}` });
    }
  }

  get name() { return state(this).name; }

  get message() { return state(this).message; }

  get code() {
    const code = nameToCode.get(state(this).name);
    return code === undefined ? 0 : code;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
const enumerableGetter = { __proto__: null, enumerable: true };
Object.defineProperties(DOMException.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'DOMException' },
  name: enumerableGetter,
  message: enumerableGetter,
  code: enumerableGetter,
});

for (let i = 0; i < legacyCodes.length; i++) {
  const [name, constant] = legacyCodes[i];
  const value = i + 1;
  nameToCode.set(name, value);
  const desc = { __proto__: null, enumerable: true, value };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
}

function isDOMException(value) {
  return internals.has(value);
}

module.exports = { DOMException, isDOMException, throwInvalidThis };
