'use strict';

// node:sqlite. The classes hold a Go handle (kept in a WeakMap: Node's objects show no such
// property); every database call is in the Go binding. Errors thrown here are the ones Node's
// C++ side throws: the code from the shared table, the text as Node words it.

const binding = internalBinding('sqlite');

const handles = new WeakMap();
const kType = Symbol('sqlite-type');
let internalConstruct = false;

// Errors this module makes (here and in the binding): Node throws them from C++, so their
// stacks start at the caller; the public methods cut the module's frames off them.
const ownErrors = new WeakSet();
binding.setErrorHook((err) => { ownErrors.add(err); });

function cxxError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  ownErrors.add(err);
  return err;
}

const nativeCallFrame = function sqliteNativeCall() {};

function asNative(proto) {
  for (const key of Reflect.ownKeys(proto)) {
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    if (key === 'constructor') continue;
    for (const kind of ['value', 'get']) {
      const inner = desc[kind];
      if (typeof inner !== 'function') continue;
      // every wrapper's frame is named sqliteNativeCall: captureStackTrace cuts through it
      const outer = function sqliteNativeCall(...args) {
        try {
          return Reflect.apply(inner, this, args);
        } catch (err) {
          if (ownErrors.has(err)) {
            Error.captureStackTrace(err, nativeCallFrame);
            binding.markNative(err);
          }
          throw err;
        }
      };
      Object.defineProperty(outer, 'name', { __proto__: null, value: inner.name });
      Object.defineProperty(outer, 'length', { __proto__: null, value: inner.length });
      desc[kind] = outer;
    }
    Object.defineProperty(proto, key, desc);
  }
}
const argTypeError = (message) => cxxError(TypeError, 'ERR_INVALID_ARG_TYPE', message);

function checkBool(value, name) {
  if (typeof value !== 'boolean') throw argTypeError(`The "${name}" argument must be a boolean.`);
}

function pathOf(path) {
  if (typeof path === 'string') {
    if (!path.includes('\0')) return path;
  } else if (path instanceof Uint8Array) {
    const s = Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString();
    if (!s.includes('\0')) return s;
  } else if (path !== null && typeof path === 'object' && typeof path.href === 'string' &&
             typeof path.protocol === 'string') {
    if (path.protocol !== 'file:') {
      throw cxxError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file:');
    }
    // SQLite opens file: URIs itself (query parameters such as ?mode=ro included)
    if (!path.href.includes('\0') && !path.href.includes('%00')) return path.href;
  }
  throw argTypeError('The "path" argument must be a string, Uint8Array, or URL without null bytes.');
}

const limitNames = [
  'length', 'sqlLength', 'column', 'exprDepth', 'compoundSelect', 'vdbeOp', 'functionArg',
  'attach', 'likePatternLength', 'variableNumber', 'triggerDepth',
];

function dbHandle(db) {
  const state = handles.get(db);
  if (state === undefined) throw cxxError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type DatabaseSync');
  return state;
}

function openHandle(db) {
  const state = dbHandle(db);
  if (state.handle === null) throw cxxError(Error, 'ERR_INVALID_STATE', 'database is not open');
  return state.handle;
}

// Node's getters are anonymous functions
const anonymous = (fn) => fn;

class DatabaseSync {
  constructor(path, options) {
    const location = pathOf(path);
    const state = {
      location, handle: null, open: true, readOnly: false, enableForeignKeyConstraints: true,
      enableDoubleQuotedStringLiterals: false, allowExtension: false, timeout: undefined,
      readBigInts: false, returnArrays: false, allowBareNamedParameters: true,
      allowUnknownNamedParameters: false, defensive: false,
    };
    if (options !== undefined) {
      if (options === null || typeof options !== 'object') {
        throw argTypeError('The "options" argument must be an object.');
      }
      for (const key of ['open', 'readOnly', 'enableForeignKeyConstraints',
        'enableDoubleQuotedStringLiterals', 'allowExtension', 'readBigInts', 'returnArrays',
        'allowBareNamedParameters', 'allowUnknownNamedParameters', 'defensive']) {
        const value = options[key];
        if (value !== undefined) {
          checkBool(value, `options.${key}`);
          state[key] = value;
        }
      }
      if (options.timeout !== undefined) {
        if (!Number.isInteger(options.timeout)) {
          throw argTypeError('The "options.timeout" argument must be an integer.');
        }
        state.timeout = options.timeout;
      }
    }
    handles.set(this, state);
    Object.defineProperties(this, {
      __proto__: null,
      isOpen: { __proto__: null, enumerable: true, get: anonymous(() => state.handle !== null) },
      isTransaction: { __proto__: null, enumerable: true, get: anonymous(() => binding.inTransaction(openHandle(this))) },
      limits: { __proto__: null, enumerable: true, get: anonymous(() => limitsObject(this)) },
    });
    this[kType] = 'node:sqlite';
    if (state.open) this.open();
  }

  open() {
    const state = dbHandle(this);
    if (state.handle !== null) throw cxxError(Error, 'ERR_INVALID_STATE', 'database is already open');
    state.handle = binding.open(state.location, state.readOnly, state.enableForeignKeyConstraints,
                                state.enableDoubleQuotedStringLiterals, state.timeout, state.defensive);
  }

  close() {
    const handle = openHandle(this);
    binding.close(handle);
    dbHandle(this).handle = null;
  }

  prepare(sql) {
    const handle = openHandle(this);
    if (typeof sql !== 'string') throw argTypeError('The "sql" argument must be a string.');
    const state = dbHandle(this);
    const stmt = binding.prepare(handle, sql, state.readBigInts, state.returnArrays,
                                 state.allowBareNamedParameters, state.allowUnknownNamedParameters);
    internalConstruct = true;
    try {
      return new StatementSyncConstructor(stmt);
    } finally {
      internalConstruct = false;
    }
  }

  exec(sql) {
    const handle = openHandle(this);
    if (typeof sql !== 'string') throw argTypeError('The "sql" argument must be a string.');
    binding.exec(handle, sql);
  }

  function(name, options, fn) {
    const handle = openHandle(this);
    if (typeof name !== 'string') throw argTypeError('The "name" argument must be a string.');
    if (typeof options === 'function') {
      fn = options;
      options = undefined;
    }
    let deterministic = false, directOnly = false, useBigIntArguments = false, varargs = false;
    if (options !== undefined) {
      if (options === null || typeof options !== 'object') {
        throw argTypeError('The "options" argument must be an object.');
      }
      if (options.deterministic !== undefined) {
        checkBool(options.deterministic, 'options.deterministic');
        deterministic = options.deterministic;
      }
      if (options.directOnly !== undefined) {
        checkBool(options.directOnly, 'options.directOnly');
        directOnly = options.directOnly;
      }
      if (options.useBigIntArguments !== undefined) {
        checkBool(options.useBigIntArguments, 'options.useBigIntArguments');
        useBigIntArguments = options.useBigIntArguments;
      }
      if (options.varargs !== undefined) {
        checkBool(options.varargs, 'options.varargs');
        varargs = options.varargs;
      }
    }
    if (typeof fn !== 'function') throw argTypeError('The "function" argument must be a function.');
    binding.function(handle, name, fn, varargs ? -1 : fn.length, deterministic, directOnly,
                     useBigIntArguments);
  }

  aggregate(name, options) {
    const handle = openHandle(this);
    if (options === undefined || options === null) {
      // Node's check is JS here, so V8's property-read text
      throw new TypeError(`Cannot read properties of ${options} (reading 'start')`);
    }
    name = `${name}`; // Node converts the name without checking its type
    const { start, step, result, inverse } = options;
    if (start === undefined || (typeof start === 'object' && start !== null)) {
      throw argTypeError('The "options.start" argument must be a function or a primitive value.');
    }
    if (typeof step !== 'function') throw argTypeError('The "options.step" argument must be a function.');
    if (inverse !== undefined && typeof inverse !== 'function') {
      throw argTypeError('The "options.inverse" argument must be a function.');
    }
    const flags = {};
    for (const key of ['deterministic', 'directOnly', 'useBigIntArguments', 'varargs']) {
      flags[key] = false;
      if (options[key] !== undefined) {
        checkBool(options[key], `options.${key}`);
        flags[key] = options[key];
      }
    }
    const nArg = flags.varargs ? -1 : Math.max(step.length - 1, 0);
    binding.aggregate(handle, name, nArg, start, step, typeof result === 'function' ? result : undefined,
                      inverse, flags.deterministic, flags.useBigIntArguments, flags.directOnly);
  }

  serialize(dbName = 'main') {
    const handle = openHandle(this);
    if (typeof dbName !== 'string') throw argTypeError('The "dbName" argument must be a string.');
    return binding.serialize(handle, dbName);
  }

  deserialize(buffer, options) {
    const handle = openHandle(this);
    if (!(buffer instanceof Uint8Array)) throw argTypeError('The "buffer" argument must be a Uint8Array.');
    if (buffer.byteLength === 0) {
      throw cxxError(TypeError, 'ERR_INVALID_ARG_VALUE', 'The "buffer" argument must not be empty.');
    }
    let dbName = 'main';
    if (options !== undefined) {
      if (options === null || typeof options !== 'object') {
        throw argTypeError('The "options" argument must be an object.');
      }
      if (options.dbName !== undefined) {
        if (typeof options.dbName !== 'string') throw argTypeError('The "options.dbName" argument must be a string.');
        dbName = options.dbName;
      }
    }
    binding.deserialize(handle, buffer, dbName);
  }

  createSession(options) {
    const handle = openHandle(this);
    let table, db = 'main';
    if (options !== undefined) {
      if (options === null || typeof options !== 'object') {
        throw argTypeError('The "options" argument must be an object.');
      }
      if (options.table !== undefined) {
        if (typeof options.table !== 'string') throw argTypeError('The "options.table" argument must be a string.');
        table = options.table;
      }
      if (options.db !== undefined) {
        if (typeof options.db !== 'string') throw argTypeError('The "options.db" argument must be a string.');
        db = options.db;
      }
    }
    const session = binding.createSession(handle, table, db);
    internalConstruct = true;
    try {
      return new SessionConstructor(session);
    } finally {
      internalConstruct = false;
    }
  }

  applyChangeset(changeset, options) {
    const handle = openHandle(this);
    if (!(changeset instanceof Uint8Array)) throw argTypeError('The "changeset" argument must be a Uint8Array.');
    let filter, onConflict;
    if (options !== undefined) {
      if (options === null || typeof options !== 'object') {
        throw argTypeError('The "options" argument must be an object.');
      }
      if (options.filter !== undefined) {
        if (typeof options.filter !== 'function') throw argTypeError('The "options.filter" argument must be a function.');
        filter = options.filter;
      }
      if (options.onConflict !== undefined) {
        if (typeof options.onConflict !== 'function') throw argTypeError('The "options.onConflict" argument must be a function.');
        onConflict = options.onConflict;
      }
    }
    return binding.applyChangeset(handle, changeset, filter, onConflict);
  }

  setAuthorizer(callback) {
    const handle = openHandle(this);
    if (callback !== null && typeof callback !== 'function') {
      throw argTypeError('The "callback" argument must be a function or null.');
    }
    binding.setAuthorizer(handle, callback ?? undefined);
  }

  createTagStore(maxSize = 1000) {
    openHandle(this);
    if (typeof maxSize !== 'number' || !Number.isInteger(maxSize)) {
      throw argTypeError('The "maxSize" argument must be a positive integer.');
    }
    if (maxSize < 1) throw cxxError(RangeError, 'ERR_OUT_OF_RANGE', 'The "maxSize" argument must be a positive integer.');
    internalConstruct = true;
    try {
      return new SQLTagStoreConstructor(this, maxSize);
    } finally {
      internalConstruct = false;
    }
  }

  enableDefensive(active) {
    const handle = openHandle(this);
    checkBool(active, 'active');
    binding.enableDefensive(handle, active);
  }

  location(dbName = 'main') {
    const handle = openHandle(this);
    if (typeof dbName !== 'string') throw argTypeError('The "dbName" argument must be a string.');
    return binding.location(handle, dbName);
  }

  enableLoadExtension(allow) {
    const state = dbHandle(this);
    openHandle(this);
    checkBool(allow, 'allow');
    if (allow && !state.allowExtension) {
      throw cxxError(Error, 'ERR_INVALID_STATE', 'Cannot enable extension loading because it was disabled at database creation.');
    }
    state.extensionsEnabled = allow;
  }

  loadExtension(path) {
    const state = dbHandle(this);
    openHandle(this);
    if (typeof path !== 'string') throw argTypeError('The "path" argument must be a string.');
    if (!state.allowExtension || !state.extensionsEnabled) {
      throw cxxError(Error, 'ERR_INVALID_STATE', 'Cannot load SQLite extensions because extension loading is disabled.');
    }
    // native SQLite extensions are shared libraries: gnode has no cgo to load them
    throw cxxError(Error, 'ERR_LOAD_SQLITE_EXTENSION', `Cannot load SQLite extension '${path}': native extensions are not supported by gnode.`);
  }

  [Symbol.dispose]() {
    const state = handles.get(this);
    if (state !== undefined && state.handle !== null) this.close();
  }
}

// A class constructor called without new fails inside the engine with its own text; Node's
// DatabaseSync is a C++ constructor with its own check, so the class sits behind a function.
const DatabaseSyncClass = DatabaseSync;
function DatabaseSyncConstructor(...args) {
  if (new.target === undefined) {
    throw cxxError(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED', 'Cannot call constructor without `new`');
  }
  return Reflect.construct(DatabaseSyncClass, args, new.target);
}
Object.defineProperty(DatabaseSyncConstructor, 'name', { __proto__: null, value: 'DatabaseSync' });
Object.defineProperty(DatabaseSyncConstructor, 'prototype', { __proto__: null, value: DatabaseSyncClass.prototype, writable: false });
delete DatabaseSyncClass.prototype.constructor; // re-added last, where Node's native classes have it
Object.defineProperty(DatabaseSyncClass.prototype, 'constructor', { __proto__: null, value: DatabaseSyncConstructor, writable: true, configurable: true });

// db.limits: Node's is an object with interceptors (data properties that read and write
// sqlite3_limit); a Proxy over a snapshot does the same, and inspect shows the snapshot.
const limitsPrototype = {};
const ObjectDefineProperty = Object.defineProperty;
function limitsObject(db) {
  const snapshot = { __proto__: limitsPrototype };
  const read = () => {
    const handle = dbHandle(db).handle;
    if (handle === null) return;
    limitNames.forEach((name, id) => {
      ObjectDefineProperty(snapshot, name, {
        __proto__: null, value: binding.limit(handle, id, -1), writable: true, enumerable: true, configurable: false,
      });
    });
  };
  read();
  return new Proxy(snapshot, {
    __proto__: null,
    get(target, key, receiver) {
      if (typeof key === 'string' && limitNames.includes(key)) read();
      return Reflect.get(target, key, receiver);
    },
    set(target, key, value, receiver) {
      const id = typeof key === 'string' ? limitNames.indexOf(key) : -1;
      if (id < 0) return Reflect.set(target, key, value, receiver);
      if (value === Infinity) value = 0x7fffffff;
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        throw argTypeError('Limit value must be a non-negative integer or Infinity.');
      }
      if (value < 0) throw cxxError(RangeError, 'ERR_OUT_OF_RANGE', 'Limit value must be non-negative.');
      binding.limit(openHandle(db), id, value);
      read();
      return true;
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key === 'string' && limitNames.includes(key)) read();
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
}

function stmtHandle(stmt) {
  const handle = handles.get(stmt);
  if (handle === undefined) throw cxxError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type StatementSync');
  return handle;
}

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

function StatementSyncIterator() {
  throw cxxError(Error, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}
const iteratorMethods = {
  next() {
    const state = handles.get(this);
    if (state.done) return { __proto__: null, done: true, value: null };
    const row = binding.iterNext(state.stmt, state.gen, false);
    if (row === null) {
      state.done = true;
      return { __proto__: null, done: true, value: null };
    }
    return { __proto__: null, done: false, value: row };
  },
  return() {
    const state = handles.get(this);
    if (!state.done) {
      state.done = true;
      binding.iterNext(state.stmt, state.gen, true);
    }
    return { __proto__: null, done: true, value: null };
  },
};
StatementSyncIterator.prototype = Object.create(IteratorPrototype, {
  next: { __proto__: null, value: iteratorMethods.next, writable: true, configurable: true },
  return: { __proto__: null, value: iteratorMethods.return, writable: true, configurable: true },
  constructor: { __proto__: null, value: StatementSyncIterator, writable: true, configurable: true },
});

class StatementSync {
  constructor(handle) {
    handles.set(this, handle);
    Object.defineProperties(this, {
      __proto__: null,
      sourceSQL: { __proto__: null, enumerable: true, get: anonymous(() => binding.sourceSQL(stmtHandle(this))) },
      expandedSQL: { __proto__: null, enumerable: true, get: anonymous(() => binding.expandedSQL(stmtHandle(this))) },
    });
  }
  iterate(...params) {
    const stmt = stmtHandle(this);
    const gen = binding.iterStart(stmt, params);
    const it = Object.create(StatementSyncIterator.prototype);
    handles.set(it, { stmt, gen, done: false });
    return it;
  }
  all(...params) { return binding.all(stmtHandle(this), params); }
  get(...params) { return binding.get(stmtHandle(this), params); }
  run(...params) { return binding.run(stmtHandle(this), params); }
  columns() { return binding.columns(stmtHandle(this)); }
  setAllowBareNamedParameters(enabled) { setFlag(this, 'allowBareNamedParameters', enabled); }
  setAllowUnknownNamedParameters(enabled) { setFlag(this, 'allowUnknownNamedParameters', enabled); }
  setReadBigInts(readBigInts) { setFlag(this, 'readBigInts', readBigInts); }
  setReturnArrays(returnArrays) { setFlag(this, 'returnArrays', returnArrays); }
}

const StatementSyncClass = StatementSync;
function StatementSyncConstructor() {
  if (!internalConstruct) throw cxxError(Error, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  return Reflect.construct(StatementSyncClass, arguments, new.target);
}
Object.defineProperty(StatementSyncConstructor, 'name', { __proto__: null, value: 'StatementSync' });
Object.defineProperty(StatementSyncConstructor, 'prototype', { __proto__: null, value: StatementSyncClass.prototype, writable: false });
delete StatementSyncClass.prototype.constructor; // re-added last, where Node's native classes have it
Object.defineProperty(StatementSyncClass.prototype, 'constructor', { __proto__: null, value: StatementSyncConstructor, writable: true, configurable: true });

class Session {
  constructor(handle) {
    handles.set(this, handle);
  }
  changeset() { return binding.sessionChanges(sessionHandle(this), false); }
  patchset() { return binding.sessionChanges(sessionHandle(this), true); }
  close() { binding.sessionClose(sessionHandle(this)); }
  [Symbol.dispose]() {
    try {
      this.close();
    } catch {
      // already closed, or its database is
    }
  }
}
function sessionHandle(session) {
  const handle = handles.get(session);
  if (handle === undefined) throw cxxError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Session');
  return handle;
}
const SessionClass = Session;
function SessionConstructor() {
  if (!internalConstruct) throw cxxError(Error, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  return Reflect.construct(SessionClass, arguments, new.target);
}
Object.defineProperty(SessionConstructor, 'name', { __proto__: null, value: 'Session' });
Object.defineProperty(SessionConstructor, 'prototype', { __proto__: null, value: SessionClass.prototype, writable: false });
delete SessionClass.prototype.constructor; // re-added last, where Node's native classes have it
Object.defineProperty(SessionClass.prototype, 'constructor', { __proto__: null, value: SessionConstructor, writable: true, configurable: true });

// db.createTagStore(): statements from tagged templates, prepared once per template and kept
// in a least-recently-used cache of capacity entries.
class SQLTagStore {
  constructor(db, capacity) {
    const cache = new Map();
    handles.set(this, { db, capacity, cache });
    Object.defineProperties(this, {
      __proto__: null,
      capacity: { __proto__: null, enumerable: true, get: anonymous(() => capacity) },
      db: { __proto__: null, enumerable: true, get: anonymous(() => db) },
      size: { __proto__: null, enumerable: true, get: anonymous(() => cache.size) },
    });
  }
  get(strings, ...values) { return tagStatement(this, strings).get(...values); }
  all(strings, ...values) { return tagStatement(this, strings).all(...values); }
  iterate(strings, ...values) { return tagStatement(this, strings).iterate(...values); }
  run(strings, ...values) { return tagStatement(this, strings).run(...values); }
  clear() { handles.get(this).cache.clear(); }
}
function tagStatement(store, strings) {
  const state = handles.get(store);
  if (!Array.isArray(strings) || !strings.every((s) => typeof s === 'string')) {
    throw argTypeError('First argument must be an array of strings (template literal).');
  }
  openHandle(state.db);
  const sql = strings.join('?');
  let stmt = state.cache.get(sql);
  if (stmt !== undefined) {
    state.cache.delete(sql);
  } else {
    stmt = state.db.prepare(sql);
    if (state.cache.size >= state.capacity) state.cache.delete(state.cache.keys().next().value);
  }
  state.cache.set(sql, stmt);
  return stmt;
}
const SQLTagStoreClass = SQLTagStore;
function SQLTagStoreConstructor(db, capacity) {
  if (!internalConstruct) throw cxxError(Error, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  return Reflect.construct(SQLTagStoreClass, [db, capacity], new.target);
}
Object.defineProperty(SQLTagStoreConstructor, 'name', { __proto__: null, value: 'SQLTagStore' });
Object.defineProperty(SQLTagStoreConstructor, 'length', { __proto__: null, value: 0 });
Object.defineProperty(SQLTagStoreConstructor, 'prototype', { __proto__: null, value: SQLTagStoreClass.prototype, writable: false });
delete SQLTagStoreClass.prototype.constructor;
Object.defineProperty(SQLTagStoreClass.prototype, 'constructor', { __proto__: null, value: SQLTagStoreConstructor, writable: true, configurable: true });
// Node's order of the methods
for (const name of ['get', 'all', 'iterate', 'run', 'clear', 'constructor']) {
  const desc = Object.getOwnPropertyDescriptor(SQLTagStoreClass.prototype, name);
  delete SQLTagStoreClass.prototype[name];
  Object.defineProperty(SQLTagStoreClass.prototype, name, desc);
}

function setFlag(stmt, name, value) {
  const handle = stmtHandle(stmt);
  if (typeof value !== 'boolean') {
    const arg = name === 'allowBareNamedParameters' || name === 'allowUnknownNamedParameters' ? 'enabled' : name;
    throw argTypeError(`The "${arg}" argument must be a boolean.`);
  }
  binding.setFlag(handle, name, value);
}

// backup(sourceDb, path[, options]): a promise of the number of pages copied
function backup(sourceDb, path, options) {
  if (sourceDb === null || typeof sourceDb !== 'object') {
    throw argTypeError('The "sourceDb" argument must be an object.');
  }
  const state = handles.get(sourceDb);
  if (state === undefined) throw argTypeError('The "sourceDb" argument must be an object.');
  const location = pathOf(path);
  let rate = 100, source = 'main', target = 'main', progress;
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') {
      throw argTypeError('The "options" argument must be an object.');
    }
    if (options.rate !== undefined) {
      if (!Number.isInteger(options.rate)) throw argTypeError('The "options.rate" argument must be an integer.');
      rate = options.rate;
    }
    if (options.source !== undefined) {
      if (typeof options.source !== 'string') throw argTypeError('The "options.source" argument must be a string.');
      source = options.source;
    }
    if (options.target !== undefined) {
      if (typeof options.target !== 'string') throw argTypeError('The "options.target" argument must be a string.');
      target = options.target;
    }
    if (options.progress !== undefined) {
      if (typeof options.progress !== 'function') throw argTypeError('The "options.progress" argument must be a function.');
      progress = options.progress;
    }
  }
  if (state.handle === null) throw cxxError(Error, 'ERR_INVALID_STATE', 'database is not open');
  return binding.backup(state.handle, location, source, target, rate, progress);
}
Object.defineProperty(backup, 'length', { __proto__: null, value: 2 });

const constants = {
  SQLITE_CHANGESET_OMIT: 0,
  SQLITE_CHANGESET_REPLACE: 1,
  SQLITE_CHANGESET_ABORT: 2,
  SQLITE_CHANGESET_DATA: 1,
  SQLITE_CHANGESET_NOTFOUND: 2,
  SQLITE_CHANGESET_CONFLICT: 3,
  SQLITE_CHANGESET_CONSTRAINT: 4,
  SQLITE_CHANGESET_FOREIGN_KEY: 5,
  SQLITE_OK: 0,
  SQLITE_DENY: 1,
  SQLITE_IGNORE: 2,
  SQLITE_CREATE_INDEX: 1,
  SQLITE_CREATE_TABLE: 2,
  SQLITE_CREATE_TEMP_INDEX: 3,
  SQLITE_CREATE_TEMP_TABLE: 4,
  SQLITE_CREATE_TEMP_TRIGGER: 5,
  SQLITE_CREATE_TEMP_VIEW: 6,
  SQLITE_CREATE_TRIGGER: 7,
  SQLITE_CREATE_VIEW: 8,
  SQLITE_DELETE: 9,
  SQLITE_DROP_INDEX: 10,
  SQLITE_DROP_TABLE: 11,
  SQLITE_DROP_TEMP_INDEX: 12,
  SQLITE_DROP_TEMP_TABLE: 13,
  SQLITE_DROP_TEMP_TRIGGER: 14,
  SQLITE_DROP_TEMP_VIEW: 15,
  SQLITE_DROP_TRIGGER: 16,
  SQLITE_DROP_VIEW: 17,
  SQLITE_INSERT: 18,
  SQLITE_PRAGMA: 19,
  SQLITE_READ: 20,
  SQLITE_SELECT: 21,
  SQLITE_TRANSACTION: 22,
  SQLITE_UPDATE: 23,
  SQLITE_ATTACH: 24,
  SQLITE_DETACH: 25,
  SQLITE_ALTER_TABLE: 26,
  SQLITE_REINDEX: 27,
  SQLITE_ANALYZE: 28,
  SQLITE_CREATE_VTABLE: 29,
  SQLITE_DROP_VTABLE: 30,
  SQLITE_FUNCTION: 31,
  SQLITE_SAVEPOINT: 32,
  SQLITE_COPY: 0,
  SQLITE_RECURSIVE: 33,
};

asNative(DatabaseSyncClass.prototype);
asNative(StatementSyncClass.prototype);
asNative(StatementSyncIterator.prototype);
asNative(SessionClass.prototype);
asNative(SQLTagStoreClass.prototype);
for (const name of ['open', 'close', 'prepare', 'exec', 'function', 'createTagStore', 'location', 'aggregate',
  'createSession', 'applyChangeset', 'enableLoadExtension', 'enableDefensive', 'loadExtension',
  'serialize', 'deserialize', 'setAuthorizer', 'constructor']) {
  const desc = Object.getOwnPropertyDescriptor(DatabaseSyncClass.prototype, name);
  delete DatabaseSyncClass.prototype[name];
  Object.defineProperty(DatabaseSyncClass.prototype, name, desc);
}

module.exports = { DatabaseSync: DatabaseSyncConstructor, StatementSync: StatementSyncConstructor, Session: SessionConstructor, constants, backup };
