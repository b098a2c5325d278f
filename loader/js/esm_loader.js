'use strict';
// ES modules: resolution (Node's ESM resolver, without package imports), a linker over module
// records, and evaluation. Each module is converted by esbuild into a function whose imports are
// calls of the `require` it is given and whose exports are getters on one object; this file gives
// each module those, in dependency order, once.

const rtb = internalBinding('internal/bootstrap/node');
const esmb = internalBinding('internal/modules/esm');
const path = require('path');

function lazyCJS() { return require('internal/modules/cjs/loader'); }
function lazyCodes() { return require('internal/errors').codes; }

const moduleMap = new Map(); // url -> record
const namespaces = new WeakSet();

function makeError(Ctor, code, message, props) {
  const err = new Ctor(message);
  Object.defineProperty(err, 'code', { __proto__: null, value: code, writable: true, enumerable: true, configurable: true });
  if (props) Object.assign(err, props);
  // Node's name line: "Error [CODE]: message"
  const stack = err.stack;
  if (typeof stack === 'string') {
    Object.defineProperty(err, 'stack', {
      __proto__: null, value: stack.replace(err.name + ':', `${err.name} [${code}]:`), writable: true, configurable: true,
    });
  }
  const { setArrow } = lazyCJS();
  setArrow(err, 'node:internal/modules/esm/resolve:275\n    throw new ERR_MODULE_NOT_FOUND(\n          ^\n');
  return err;
}

function notFound(p, base, isPackage) {
  const what = isPackage ? 'package' : 'module';
  return makeError(Error, 'ERR_MODULE_NOT_FOUND', `Cannot find ${what} '${p}' imported from ${base}`,
    isPackage ? undefined : { url: esmb.fileURL(p) });
}

// fileURLToPath is node:url's, for file: URLs; anything else is taken as a path.
function fileURLToPath(u) {
  if (typeof u !== 'string') u = String(u);
  if (!u.startsWith('file:')) return u;
  return require('internal/url').fileURLToPath(u);
}

// readPackageJSON reads a package.json (null when there is none); one that is not JSON throws
// Node's ERR_INVALID_PACKAGE_CONFIG naming the import that read it.
function readPackageJSON(file, specifier, base) {
  const text = rtb.readFile(file);
  if (text === undefined) return null;
  let pkg;
  try {
    pkg = JSON.parse(text);
  } catch {
    throw lazyCJS().invalidPackageConfig(file, specifier, base);
  }
  return pkg !== null && typeof pkg === 'object' ? pkg : {};
}

function formatOf(filename) { return lazyCJS().formatOf(filename); }

function statOf(p) { return rtb.stat(p); }

function legacyMain(pkgDir, pkg) {
  const tries = [];
  if (pkg && typeof pkg.main === 'string') {
    const m = path.resolve(pkgDir, pkg.main);
    tries.push(m, m + '.js', m + '.json', m + '.node', m + '/index.js', m + '/index.json', m + '/index.node');
  }
  tries.push(pkgDir + '/index.js', pkgDir + '/index.json', pkgDir + '/index.node');
  for (const t of tries) if (statOf(t) === 0) return t;
  return undefined;
}

function resolvePackage(spec, parentPath) {
  if (spec === '') {
    // Node takes '' as a valid package name: the first node_modules folder up the tree is the
    // "package", whose legacy main (index.js) is then missing.
    const { Module } = lazyCJS();
    for (const nm of Module._nodeModulePaths(path.dirname(parentPath))) {
      if (statOf(nm) === 1) throw notFound(nm + '/index.js', parentPath, true);
    }
    throw notFound('', parentPath, true);
  }
  const m = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(spec);
  if (!m) {
    throw makeError(TypeError, 'ERR_INVALID_MODULE_SPECIFIER', `Invalid module "${spec}" is not a valid package name imported from ${parentPath}`);
  }
  const name = m[1];
  const sub = m[2] || '';
  const self = resolveSelf(name, sub, parentPath);
  if (self !== undefined) return self;
  const { Module } = lazyCJS();
  for (const nm of Module._nodeModulePaths(path.dirname(parentPath))) {
    const pkgDir = nm + '/' + name;
    if (statOf(pkgDir) !== 1) continue;
    const pkg = readPackageJSON(pkgDir + '/package.json', spec, parentPath);
    if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
      return packageExports().exportsResolve(pkgDir, '.' + sub, pkg.exports, 'import', parentPath);
    }
    if (sub === '') {
      const main = legacyMain(pkgDir, pkg);
      if (main) return main;
      throw notFound(pkgDir, parentPath, false);
    }
    return pkgDir + sub;
  }
  throw notFound(name, parentPath, true);
}

// packageScope is LOOKUP_PACKAGE_SCOPE for a file: its nearest package.json ({ dir, file, pkg }),
// not looking past a node_modules folder; undefined when there is none.
function packageScope(filePath) {
  let dir = path.dirname(filePath);
  for (;;) {
    const file = dir + (dir === '/' ? '' : '/') + 'package.json';
    const pkg = readPackageJSON(file);
    if (pkg) return { dir, file, pkg };
    if (path.basename(dir) === 'node_modules') return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

// resolveSelf is PACKAGE_SELF_RESOLVE: a package importing itself by its name, through its
// "exports"; undefined when the importer's package scope is another package.
function resolveSelf(name, sub, parentPath) {
  const scope = packageScope(parentPath);
  if (scope === undefined || scope.pkg.name !== name || scope.pkg.exports === undefined || scope.pkg.exports === null) {
    return undefined;
  }
  return packageExports().exportsResolve(scope.dir, '.' + sub, scope.pkg.exports, 'import', parentPath);
}

function packageExports() { return require('internal/modules/package_exports'); }

// resolveImports resolves a "#name" specifier through the "imports" of the importer's package
// scope: a path, or { bare } naming a package.
function resolveImports(spec, parentPath) {
  const scope = packageScope(parentPath);
  if (scope !== undefined) return packageExports().importsResolve(spec, scope.dir, scope.pkg.imports, 'import', parentPath);
  throw new (lazyCodes().ERR_PACKAGE_IMPORT_NOT_DEFINED)(spec, undefined, parentPath);
}

// parseDataURL splits a data: URL into its MIME type and decoded body (RFC 2397), as far as
// module loading needs it.
function parseDataURL(url) {
  const comma = url.indexOf(',');
  if (comma === -1) throw new (lazyCodes().ERR_INVALID_URL)(url);
  let meta = url.slice(5, comma);
  let body = url.slice(comma + 1);
  const base64 = /;base64$/i.test(meta);
  if (base64) meta = meta.slice(0, -7);
  const mime = meta.split(';')[0].trim().toLowerCase();
  if (base64) {
    body = require('buffer').Buffer.from(decodeURIComponent(body), 'base64').toString('utf8');
  } else {
    body = decodeURIComponent(body);
  }
  return { mime, body };
}

// resolve returns { url, filename, builtin } for specifier imported from parentPath. A file or
// directory not found gets Node's hint naming what CommonJS resolution would have loaded.
function resolve(spec, parentPath) {
  try {
    return resolveSpecifier(spec, parentPath);
  } catch (e) {
    if (e?.code === 'ERR_MODULE_NOT_FOUND' || e?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') addCommonJSHint(e, spec, parentPath);
    throw e;
  }
}

function addCommonJSHint(err, spec, parentPath) {
  let found;
  try {
    const { Module } = lazyCJS();
    const tmp = new Module(parentPath, null);
    tmp.paths = Module._nodeModulePaths(parentPath);
    found = Module._resolveFilename(spec, tmp, false);
  } catch {
    return;
  }
  if (spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..') {
    found = path.relative(path.dirname(parentPath), found);
    if (!found.startsWith('../')) found = './' + found;
  } else if (!spec.startsWith('/') && !spec.startsWith('file:')) {
    const i = spec.indexOf('/');
    const pkg = i === -1 ? spec : spec.slice(0, i);
    const needle = `/node_modules/${pkg}/`;
    const at = found.lastIndexOf(needle);
    found = at === -1 ? esmb.fileURL(found) : pkg + '/' + found.slice(at + needle.length).split('/').map(encodeURIComponent).join('/');
  } else {
    return;
  }
  const old = err.message;
  err.message = `${old}\nDid you mean to import ${JSON.stringify(found)}?`;
  if (typeof err.stack === 'string') err.stack = err.stack.replace(old, err.message);
}

function resolveSpecifier(spec, parentPath) {
  if (rtb.isBuiltin(spec)) {
    const id = spec.startsWith('node:') ? spec.slice(5) : spec;
    return { url: 'node:' + id, builtin: id };
  }
  if (spec.startsWith('node:')) throw new (lazyCodes().ERR_UNKNOWN_BUILTIN_MODULE)(spec);
  let filename;
  if (spec.startsWith('data:')) return { url: spec, data: parseDataURL(spec) };
  if (parentPath.startsWith('data:') && !/^[a-zA-Z][a-zA-Z+.-]*:/.test(spec) && !spec.startsWith('/')) {
    throw new (lazyCodes().ERR_UNSUPPORTED_RESOLVE_REQUEST)(spec, parentPath);
  }
  if (spec.startsWith('file:')) {
    filename = fileURLToPath(spec);
  } else if (spec.startsWith('/') || spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..') {
    filename = path.resolve(path.dirname(parentPath), decodeURIComponent(spec.replace(/[?#].*$/, '')));
    if (spec.endsWith('/')) filename += '/';
  } else if (spec.startsWith('#')) {
    const r = resolveImports(spec, parentPath);
    // a bare target ("#dep": "pkg" or "node:fs") resolves as a specifier of its own
    if (typeof r !== 'string') return resolve(r.bare, parentPath);
    filename = r;
  } else if (/^[a-zA-Z][a-zA-Z+.-]*:/.test(spec)) {
    throw makeError(Error, 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
      'Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol \'' + spec.slice(0, spec.indexOf(':') + 1) + '\'');
  } else {
    // tsconfig "paths" of the importing file (gnode's TypeScript support, not Node's)
    filename = esmb.tsPath(spec, parentPath) ?? resolvePackage(spec, parentPath);
  }
  const st = statOf(filename);
  if (st === 1 || filename.endsWith('/')) {
    throw makeError(Error, 'ERR_UNSUPPORTED_DIR_IMPORT',
      `Directory import '${filename.replace(/\/$/, '')}' is not supported resolving ES modules imported from ${parentPath}`,
      { url: esmb.fileURL(filename) });
  }
  if (st !== 0) throw notFound(filename, parentPath, false);
  const real = rtb.realpath(filename);
  // a query or fragment makes another instance of the same file, as URLs key Node's module map
  const suffix = /^(?:\.{0,2}\/|file:)/.test(spec) ? /[?#].+$/.exec(spec)?.[0] ?? '' : '';
  return { url: esmb.fileURL(real) + suffix, filename: real };
}

function getRecord(res, parentPath) {
  let rec = moduleMap.get(res.url);
  if (rec) return rec;
  rec = { url: res.url, filename: res.filename, builtin: res.builtin, status: 'new', format: undefined,
    info: undefined, deps: [], exportsObj: undefined, namespace: undefined, error: undefined, promise: undefined };
  moduleMap.set(res.url, rec);
  if (rec.builtin !== undefined) {
    rec.format = 'builtin';
    return rec;
  }
  if (res.data !== undefined) {
    // a data: module: its URL is its name
    const { mime, body } = res.data;
    rec.filename = res.url;
    if (mime === 'text/javascript' || mime === 'application/javascript') {
      rec.format = 'esm';
      rec.source = body;
    } else if (mime === 'application/json') {
      rec.format = 'json';
      rec.dataJSON = body;
    } else {
      moduleMap.delete(res.url);
      throw new (lazyCodes().ERR_UNKNOWN_MODULE_FORMAT)(mime, res.url);
    }
    return rec;
  }
  let format = formatOf(rec.filename);
  if (format === undefined) {
    moduleMap.delete(res.url);
    const ext = path.extname(rec.filename);
    throw makeError(TypeError, 'ERR_UNKNOWN_FILE_EXTENSION', `Unknown file extension "${ext}" for ${rec.filename}`);
  }
  if (format === 'detect') {
    // Node's syntax detection: ES module syntax that CommonJS cannot parse (the text scan alone
    // is fooled by "import" and "export" inside strings and comments, as in lodash)
    const src = rtb.readFile(rec.filename);
    format = lazyCJS().detectESM(src, rec.filename) ? 'esm' : 'cjs';
    rec.source = src;
  }
  rec.format = format;
  return rec;
}

const linkStack = [];

// checkAttributes applies Node's import attribute rules: JSON needs `type: 'json'`, and that
// type fits JSON only.
function checkAttributes(dep, type) {
  const codes = lazyCodes();
  if (type === undefined) {
    if (dep.format === 'json') throw new codes.ERR_IMPORT_ATTRIBUTE_MISSING(dep.url, 'type', 'json');
  } else if (type !== 'json') {
    throw new codes.ERR_IMPORT_ATTRIBUTE_UNSUPPORTED('type', type, dep.url);
  } else if (dep.format !== 'json') {
    throw new codes.ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE(dep.url, 'json');
  }
}

// instantiate compiles a record and its static dependencies (depth-first), once.
function instantiate(rec) {
  if (rec.status !== 'new') return;
  rec.status = 'linking';
  try {
    if (rec.format === 'esm') {
      const src = rec.source !== undefined ? rec.source : rtb.readFile(rec.filename);
      rec.source = undefined;
      const loader = lazyCJS().tsLoaders[path.extname(rec.filename)] || 'js';
      // the original text, known to the runtime under the module's URL (and under the name its
      // transformed code runs as), for the source line above an uncaught error
      rtb.registerSource(src, rec.url);
      rec.info = esmb.compile(src, rec.filename, 'esm', loader, rec.url);
      rec.anonDefault = kAnonymousDefault.test(src);
      if (rec.info.sourceName !== rec.url) rtb.registerSource(src, rec.info.sourceName);
      const requests = rec.info.requests;
      rec.deps = [];
      for (let i = 0; i < requests.length; i++) {
        const dep = getRecord(resolve(requests[i], rec.filename), rec.filename);
        checkAttributes(dep, rec.info.attrs?.[requests[i]]);
        rec.deps.push(dep);
      }
      linkStack.push(rec);
      try {
        for (let i = 0; i < rec.deps.length; i++) {
          const d = rec.deps[i];
          if (d.status === 'linking') {
            // a cycle: every module on it stops after its exports set-up until all have
            for (let j = linkStack.indexOf(d); j >= 0 && j < linkStack.length; j++) linkStack[j].inCycle = true;
          }
          instantiate(d);
        }
      } finally {
        linkStack.pop();
      }
      rec.info.fn = esmb.instantiate(rec.info, rec.url, rec.inCycle === true);
      rec.info.code = undefined;
      if (rec.inCycle) start(rec);
    } else if (rec.format === 'cjs' || rec.format === 'detect') {
      rec.cjsNames = cjsExportNames(rec.filename, new Set());
    } else if (rec.format === 'json') {
      rec.cjsNames = [];
    } else if (rec.format === 'builtin') {
      rec.exportsObj = rtb.requireBuiltin(rec.builtin);
      rec.cjsNames = Object.keys(rec.exportsObj).filter((k) => k !== 'default');
    } else if (rec.format === 'addon') {
      throw makeError(TypeError, 'ERR_UNKNOWN_FILE_EXTENSION', `Unknown file extension ".node" for ${rec.filename}`);
    }
    rec.status = 'linked';
  } catch (e) {
    rec.status = 'new';
    moduleMap.delete(rec.url);
    throw e;
  }
}

// cjsExportNames is what a static scan finds a CommonJS file exporting, re-exports followed.
function cjsExportNames(filename, seen) {
  if (seen.has(filename)) return [];
  seen.add(filename);
  const src = rtb.readFile(filename) || '';
  const names = new Set(esmb.scanCJSExports(src));
  const reexports = esmb.scanCJSReexports(src);
  if (reexports.length > 0) {
    const { Module } = lazyCJS();
    const parent = new Module(filename, undefined);
    parent.filename = filename;
    parent.paths = Module._nodeModulePaths(path.dirname(filename));
    for (const spec of reexports) {
      let target;
      try {
        target = Module._resolveFilename(spec, parent, false);
      } catch {
        continue;
      }
      if (rtb.isBuiltin(target)) {
        for (const k of Object.keys(rtb.requireBuiltin(target.replace(/^node:/, '')))) names.add(k);
        continue;
      }
      if (!/\.(c?js|json)$|^[^.]*$/.test(path.basename(target))) continue;
      for (const n of cjsExportNames(target, seen)) names.add(n);
    }
  }
  names.delete('default');
  return [...names];
}

// exportNames is every name a record's namespace has (star exports resolved).
function exportNames(rec, seen = new Set()) {
  if (rec.names) return rec.names;
  if (seen.has(rec)) return [];
  seen.add(rec);
  let names;
  if (rec.format === 'esm') {
    names = new Set(rec.info.exports);
    // a name two star exports give from different modules is ambiguous: left out, and an
    // error when imported by name
    const origins = new Map();
    for (const spec of rec.info.stars) {
      const i = rec.info.requests.indexOf(spec);
      const dep = rec.deps[i];
      for (const n of exportNames(dep, seen)) {
        if (n === 'default' || names.has(n)) continue;
        const origin = exportOrigin(dep, n, new Set());
        const prev = origins.get(n);
        if (prev === undefined) origins.set(n, origin);
        else if (prev !== origin) (rec.ambiguous ??= new Set()).add(n);
      }
    }
    for (const n of origins.keys()) if (rec.ambiguous === undefined || !rec.ambiguous.has(n)) names.add(n);
    names = [...names];
  } else {
    names = ['default', ...rec.cjsNames];
    if (rec.format !== 'builtin' && rec.format !== 'json') names.push('module.exports');
  }
  names.sort();
  rec.names = names;
  return names;
}

// exportOrigin is the record whose own export a name of rec's is, following star exports.
function exportOrigin(rec, name, seen) {
  if (rec.format !== 'esm' || rec.info.exports.includes(name) || seen.has(rec)) return rec;
  seen.add(rec);
  for (const spec of rec.info.stars) {
    const dep = rec.deps[rec.info.requests.indexOf(spec)];
    if (exportNames(dep).includes(name)) return exportOrigin(dep, name, seen);
  }
  return rec;
}

// A namespace is a Proxy over a null-prototype object holding the names as non-configurable
// writable data properties (refreshed when read and after evaluation, so inspecting the target
// shows values); reads are live.
function createNamespace(rec, withESModule) {
  if (rec.namespace && !withESModule) return rec.namespace;
  const target = { __proto__: null };
  let names = exportNames(rec);
  if (withESModule) names = [...names, '__esModule'].sort();
  const read = (k) => {
    if (withESModule && k === '__esModule') return true;
    if (rec.format === 'esm') {
      if (rec.exportsObj === undefined) {
        throw new ReferenceError(`Cannot access '${k}' before initialization`);
      }
      return rec.exportsObj[k];
    }
    if (rec.status !== 'evaluated' && rec.format !== 'builtin') return undefined;
    // named exports of CommonJS and builtins are a snapshot, as in Node
    return k === 'default' || k === 'module.exports' ? rec.exportsObj : plainView(rec)[k];
  };
  for (const n of names) {
    Object.defineProperty(target, n, { __proto__: null, value: undefined, writable: true, enumerable: true, configurable: false });
  }
  Object.defineProperty(target, Symbol.toStringTag, { __proto__: null, value: 'Module', writable: false, enumerable: false, configurable: false });
  Object.preventExtensions(target);
  const nameSet = new Set(names);
  const has = (k) => nameSet.has(k);
  const ns = new Proxy(target, {
    get(t, k) {
      if (typeof k !== 'string') return t[k];
      if (!has(k)) return undefined;
      const v = read(k);
      t[k] = v;
      return v;
    },
    // V8's words (module code is strict, so a failed set throws there anyway)
    set(t, k) {
      if (typeof k === 'string' && has(k)) {
        throw new TypeError(`Cannot assign to read only property '${k}' of object '[object Module]'`);
      }
      throw new TypeError(`Cannot add property ${String(k)}, object is not extensible`);
    },
    defineProperty() { return false; },
    deleteProperty(t, k) { return !has(k) && !(k in t); },
    getOwnPropertyDescriptor(t, k) {
      if (typeof k !== 'string') return Reflect.getOwnPropertyDescriptor(t, k);
      if (!has(k)) return undefined;
      const v = read(k);
      t[k] = v;
      return { value: v, writable: true, enumerable: true, configurable: false };
    },
    has(t, k) { return typeof k === 'string' ? has(k) : k in t; },
    setPrototypeOf(t, p) { return p === null; },
  });
  if (withESModule) {
    try {
      for (const n of names) target[n] = read(n);
    } catch {
      // a name still in its temporal dead zone
    }
    namespaces.add(ns);
    return ns;
  }
  rec.refresh = () => {
    for (const n of names) {
      try {
        target[n] = read(n);
      } catch {
        // still in its temporal dead zone
      }
    }
  };
  namespaces.add(ns);
  rec.namespace = ns;
  if (rec.status === 'evaluated') refresh(rec);
  return ns;
}

// namespaceOf is a record's namespace, made on first use: most modules are only ever read
// through their exports object, and a namespace costs a Proxy and a property per name.
function namespaceOf(rec) {
  return rec.namespace !== undefined ? rec.namespace : createNamespace(rec);
}

// refresh copies a record's current values into its namespace's target, if it has one.
function refresh(rec) {
  if (rec.refresh !== undefined) rec.refresh();
}

// validate checks that every name imported exists, before any code runs.
function validate(rec, seen = new Set()) {
  if (seen.has(rec) || rec.format !== 'esm' || rec.status === 'evaluated') return;
  seen.add(rec);
  const { requests, names } = rec.info;
  for (let i = 0; i < requests.length; i++) {
    const dep = rec.deps[i];
    const have = exportNames(dep);
    for (const n of names[i]) {
      if (have.includes(n)) continue;
      if (dep.ambiguous?.has(n)) {
        const err = new SyntaxError(`The requested module '${requests[i]}' contains conflicting star exports for name '${n}'`);
        setImportArrow(err, rec, requests[i], n);
        throw err;
      }
      if (dep.format !== 'esm' && dep.format !== 'builtin' && dep.format !== 'json') {
        const err = new SyntaxError(`Named export '${n}' not found. The requested module '${requests[i]}' is a CommonJS module, which may not support all module.exports as named exports.\nCommonJS modules can always be imported via the default export, for example using:\n\nimport pkg from '${requests[i]}';\nconst { ${names[i].filter((x) => x !== 'default').join(', ')} } = pkg;\n`);
        setImportArrow(err, rec, requests[i], n);
        throw err;
      }
      const err = new SyntaxError(`The requested module '${requests[i]}' does not provide an export named '${n}'`);
      setImportArrow(err, rec, requests[i], n);
      throw err;
    }
    validate(dep, seen);
  }
}

// setImportArrow points the error at the imported name, as V8 does: "file:line", the import
// statement's line, carets under the name.
function setImportArrow(err, rec, spec, name) {
  const src = rtb.readFile(rec.filename) || '';
  const lines = src.split('\n');
  const nameRe = new RegExp('(^|[^\\w$])(' + name.replace(/[$]/g, '\\$&') + ')(?![\\w$])');
  let fallback;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!/\b(import|export)\b/.test(l) || (l.indexOf(`'${spec}'`) < 0 && l.indexOf(`"${spec}"`) < 0)) continue;
    const m = nameRe.exec(l.slice(0, Math.max(l.indexOf(`'${spec}'`), l.indexOf(`"${spec}"`))));
    if (m) {
      const col = m.index + m[1].length;
      lazyCJS().setArrow(err, `${rec.url}:${i + 1}\n${l}\n${' '.repeat(col)}${'^'.repeat(name.length)}`);
      return;
    }
    if (fallback === undefined) fallback = i;
  }
  if (fallback !== undefined) {
    lazyCJS().setArrow(err, `${rec.url}:${fallback + 1}\n${lines[fallback]}\n^`);
  }
}

const exportsOwner = new WeakMap(); // an ES module's exports object, or a plain view -> its record

function cjsValue(rec, k) {
  if (k === 'default' || k === 'module.exports') return rec.exportsObj;
  const ex = rec.exportsObj;
  if (ex === null || (typeof ex !== 'object' && typeof ex !== 'function')) return undefined;
  try {
    return ex[k];
  } catch {
    return undefined;
  }
}

// plainView is what code importing names from an evaluated CommonJS module or builtin reads: the
// values as plain data (Node snapshots CommonJS named exports after evaluation anyway), so no
// proxy trap runs per access.
function plainView(rec) {
  if (rec.plainView !== undefined) return rec.plainView;
  const view = { __proto__: null };
  for (const n of exportNames(rec)) view[n] = cjsValue(rec, n);
  exportsOwner.set(view, rec);
  rec.plainView = view;
  return view;
}

// (a lowered empty async generator's prototypes: transform.go's reEmptyAsyncGenerator)
toESM.asyncGeneratorFunction = (fn) => require('internal/streams/asyncgen').asAsyncGeneratorFunction(fn);

function toESM(value) {
  if (namespaces.has(value)) return value;
  if (value !== null && typeof value === 'object') {
    const owner = exportsOwner.get(value);
    if (owner !== undefined) return namespaceOf(owner);
  }
  // a CommonJS value seen from ESM syntax (dynamic import() lowered to require)
  const rec = { format: 'cjs', status: 'evaluated', exportsObj: value,
    cjsNames: value != null && typeof value === 'object' ? Object.keys(value).filter((k) => k !== 'default') : [] };
  return createNamespace(rec);
}

// evaluate runs a linked record's dependencies and then its body, once. It returns undefined, or
// a promise when the record or a dependency has top-level await.
function evaluate(rec, stack = []) {
  if (rec.status === 'evaluated') return rec.promise;
  if (rec.status === 'errored') throw rec.error;
  if (rec.status === 'evaluating') return undefined; // a cycle: its exports are already set up
  rec.status = 'evaluating';
  try {
    if (rec.format !== 'esm') {
      evaluateCJS(rec);
      rec.status = 'evaluated';
      refresh(rec);
      return undefined;
    }
    const waits = [];
    for (const d of rec.deps) {
      const p = evaluate(d, stack);
      if (p) waits.push(p);
    }
    const run = () => runBody(rec);
    if (waits.length > 0) {
      rec.promise = Promise.all(waits).then(run);
    } else {
      const r = run();
      if (r) rec.promise = r;
    }
    rec.status = 'evaluated';
    if (rec.promise) {
      rec.promise.then(() => refresh(rec), (e) => {
        rec.status = 'errored';
        rec.error = e;
      });
    } else {
      refresh(rec);
    }
    return rec.promise;
  } catch (e) {
    rec.status = 'errored';
    rec.error = e;
    addTypeModuleHint(e, rec);
    throw e;
  }
}

const hinted = new WeakSet();

// addTypeModuleHint explains a CommonJS name used in a .js file that is an ES module only
// because its package.json says "type": "module", as Node does.
function addTypeModuleHint(e, rec) {
  if (!(e instanceof ReferenceError) || hinted.has(e) || !rec.filename?.endsWith('.js') ||
      !/^(?:require|module|exports|__filename|__dirname) is not defined in ES module scope/.test(e.message)) return;
  const scope = packageScope(rec.filename);
  if (scope === undefined || scope.pkg.type !== 'module') return;
  const old = e.message;
  e.message = `${old}\nThis file is being treated as an ES module because it has a '.js' file extension and ` +
    `'${scope.file}' contains "type": "module". To treat it as a CommonJS script, rename it to use the '.cjs' file extension.`;
  if (typeof e.stack === 'string') e.stack = e.stack.replace(old, e.message);
  hinted.add(e);
}

function evaluateCJS(rec) {
  if (rec.format === 'builtin') return;
  const { Module } = lazyCJS();
  if (rec.format === 'json') {
    rec.exportsObj = rec.dataJSON !== undefined ? JSON.parse(rec.dataJSON) : Module._load(rec.filename, undefined, false);
    return;
  }
  const cached = Module._cache[rec.filename];
  if (cached) {
    rec.exportsObj = cached.exports;
    return;
  }
  rec.exportsObj = loadAsCJS(rec.filename);
}

// loadAsCJS loads a file through the CommonJS loader even when its type would make it ESM.
function loadAsCJS(filename) {
  const { Module } = lazyCJS();
  const m = new Module(filename, undefined);
  Module._cache[filename] = m;
  let threw = true;
  try {
    m.filename = filename;
    m.paths = Module._nodeModulePaths(path.dirname(filename));
    const content = rtb.readFile(filename);
    m._compile(content, filename, 'commonjs');
    m.loaded = true;
    threw = false;
  } finally {
    if (threw) delete Module._cache[filename];
  }
  return m.exports;
}

// What the CommonJS names mean in an ES module: nothing (typeof is "undefined", handled in Go).
const cjsNamesInESM = { __proto__: null };
for (const [key, name, hint] of [['require', 'require', ', you can use import instead'], ['module', 'module', ''],
  ['exports', 'exports', ''], ['filename', '__filename', ''], ['dirname', '__dirname', '']]) {
  Object.defineProperty(cjsNamesInESM, key, {
    __proto__: null,
    get() { throw new ReferenceError(`${name} is not defined in ES module scope${hint}`); },
    set() { throw new ReferenceError(`${name} is not defined in ES module scope${hint}`); },
  });
}

function makeMeta(rec) {
  const meta = { __proto__: null };
  if (rec.url.startsWith('file:')) {
    meta.dirname = path.dirname(rec.filename);
    meta.filename = rec.filename;
  }
  meta.main = rec.isMain === true;
  meta.resolve = function resolveMeta(spec) {
    spec = String(spec);
    try {
      return resolve(spec, rec.filename).url;
    } catch (e) {
      // a relative or absolute file is resolved without checking that it exists, as in Node
      if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !/^(?:\.{0,2}\/)/.test(spec)) throw e;
      return esmb.fileURL(path.resolve(path.dirname(rec.filename), spec.replace(/[?#].*$/, ''))) + (/[?#].+$/.exec(spec)?.[0] ?? '');
    }
  };
  meta.url = rec.url;
  return meta;
}

// start runs a module's function up to the end of its exports set-up.
function start(rec) {
  const importer = (spec) => {
    const i = rec.info.requests.indexOf(spec);
    if (i >= 0) {
      // An ES module dependency is read through its own exports object (live getters, no
      // proxy on the hot path); __gnode_toESM maps it back to the namespace where one is due.
      const d = rec.deps[i];
      if (d.format === 'esm') return d.exportsObj !== undefined ? d.exportsObj : namespaceOf(d);
      return d.status === 'evaluated' ? plainView(d) : namespaceOf(d);
    }
    // import() of something not imported statically
    return importSync(spec, rec.filename);
  };
  const module = { exports: undefined };
  const dynImport = (spec) => importModule(spec, rec.filename, rec.info.attrs?.[spec]);
  const toCJS = (ex) => {
    rec.exportsObj = ex;
    exportsOwner.set(ex, rec);
    return ex;
  };
  if (rec.info.tla) {
    let resume;
    const pause = new Promise((res) => { resume = res; });
    rec.resume = resume;
    rec.result = rec.info.fn.call(undefined, importer, module, makeMeta(rec), toESM, toCJS, pause, dynImport, cjsNamesInESM);
  } else if (rec.inCycle) {
    rec.gen = rec.info.fn.call(undefined, importer, module, makeMeta(rec), toESM, toCJS, undefined, dynImport, cjsNamesInESM);
    rec.gen.next();
  } else {
    rec.info.fn.call(undefined, importer, module, makeMeta(rec), toESM, toCJS, undefined, dynImport, cjsNamesInESM);
  }
  if (rec.exportsObj === undefined) {
    rec.exportsObj = { __proto__: null };
    exportsOwner.set(rec.exportsObj, rec);
  }
}

// An anonymous function or class exported as default is named "default" (the spec's
// NamedEvaluation); esbuild gives it a generated binding name, which the function takes.
const kAnonymousDefault = /(?:^|[\s;}])export\s+default\s+(?:async\s+)?(?:function\s*\*?\s*\(|class\s*(?:extends\b|\{)|\(|async\s*\(|[A-Za-z_$][\w$]*\s*=>)/;

function nameAnonymousDefault(rec) {
  if (!rec.anonDefault || rec.exportsObj === undefined) return;
  let value;
  try { value = rec.exportsObj.default; } catch { return; }
  if (typeof value !== 'function') return;
  const desc = Object.getOwnPropertyDescriptor(value, 'name');
  if (desc && !desc.configurable) return;
  if (desc && typeof desc.value === 'string' && desc.value !== '' && !desc.value.endsWith('_default')) return;
  Object.defineProperty(value, 'name', { __proto__: null, value: 'default', configurable: true });
}

function runBody(rec) {
  if (!rec.inCycle) {
    start(rec);
    if (rec.info.tla) {
      rec.tlaPending = true;
      return rec.result.then(() => { rec.tlaPending = false; nameAnonymousDefault(rec); });
    }
    nameAnonymousDefault(rec);
    return undefined;
  }
  if (rec.info.tla) {
    rec.tlaPending = true;
    rec.resume();
    return rec.result.then(() => { rec.tlaPending = false; nameAnonymousDefault(rec); });
  }
  rec.gen.next();
  nameAnonymousDefault(rec);
  return undefined;
}

// importSync loads, links and evaluates spec from parentPath and returns its namespace; a module
// with top-level await has started evaluating when it returns.
function importSync(spec, parentPath) {
  const rec = getRecord(resolve(spec, parentPath), parentPath);
  instantiate(rec);
  validate(rec);
  evaluate(rec);
  return namespaceOf(rec);
}

// importModule is dynamic import(): a promise of the namespace. As in Node, the module loads
// and runs asynchronously: after the importer's synchronous code and a few turns of the
// microtask queue (Node's loader is a chain of async steps; five is how many it takes before a
// single module evaluates).
function importModule(spec, parentPath, attrType) {
  let p = Promise.resolve();
  for (let i = 0; i < 4; i++) p = p.then(noop);
  return p.then(() => {
    const rec = getRecord(resolve(String(spec), parentPath), parentPath);
    checkAttributes(rec, attrType);
    instantiate(rec);
    validate(rec);
    const done = evaluate(rec);
    return done ? done.then(() => namespaceOf(rec)) : namespaceOf(rec);
  });
}

function noop() {}

// requireESM is require() of an ES module: its namespace, when it has no top-level await.
function requireESM(filename, parentPath) {
  const res = { url: esmb.fileURL(filename), filename };
  let rec = moduleMap.get(res.url);
  if (!rec) {
    rec = getRecord(res, parentPath);
    rec.format = 'esm';
  }
  instantiate(rec);
  validate(rec);
  if (hasTLA(rec)) {
    throw makeError(Error, 'ERR_REQUIRE_ASYNC_MODULE',
      'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.');
  }
  evaluate(rec);
  const names = exportNames(rec);
  // an export named 'module.exports' is what require() gives instead of the namespace
  if (names.includes('module.exports')) return rec.exportsObj['module.exports'];
  // Node's require(esm) of a module with a default export adds __esModule for older tooling
  if (names.includes('default') && !names.includes('__esModule')) {
    if (!rec.requireNamespace) rec.requireNamespace = createNamespace(rec, true);
    return rec.requireNamespace;
  }
  return namespaceOf(rec);
}

function hasTLA(rec, seen = new Set()) {
  if (seen.has(rec) || rec.format !== 'esm' || rec.status === 'evaluated') return false;
  seen.add(rec);
  return rec.info.tla || rec.deps.some((d) => hasTLA(d, seen));
}

// runMain loads the main entry as an ES module. The body runs in a promise job, as in Node.
function runMain(filename) {
  const res = { url: esmb.fileURL(filename), filename };
  let main;
  const done = Promise.resolve().then(() => {
    main = getRecord(res, filename);
    if (main.format !== 'esm') main.format = 'esm';
    main.isMain = true;
    instantiate(main);
    validate(main);
    return evaluate(main);
  });
  process.on('beforeExit', function checkTLA() {
    if (!main || !pendingTLA(main)) {
      process.removeListener('beforeExit', checkTLA);
      return;
    }
    process.removeListener('beforeExit', checkTLA);
    const site = tlaSite(main);
    let msg = 'Warning: Detected unsettled top-level await at ';
    if (site) {
      const line = (rtb.readFile(site.rec.filename) || '').split('\n')[site.line - 1] || '';
      msg += `${site.rec.url}:${site.line}\n${line}\n${' '.repeat(site.col - 1)}^\n`;
    }
    process.stderr.write(msg + '\n\n\n');
    process.exitCode = 13;
  });
  return done;
}

// runEvalModule runs -e / stdin source as an ES module (--input-type=module); name is "[eval]"
// or "[stdin]". Its URL is file:///<cwd>/[eval1], as in Node.
function runEvalModule(source, name) {
  const base = name.replace(/\]$/, '1]');
  const filename = path.join(process.cwd(), base);
  const cwdURL = esmb.fileURL(process.cwd());
  const url = cwdURL + (cwdURL.endsWith('/') ? '' : '/') + base;
  const rec = { url, filename, builtin: undefined, status: 'new', format: 'esm', info: undefined, deps: [],
    exportsObj: undefined, namespace: undefined, error: undefined, promise: undefined, source: String(source) };
  moduleMap.set(url, rec);
  return Promise.resolve().then(() => {
    instantiate(rec);
    validate(rec);
    return evaluate(rec);
  });
}

// checkSyntax is `node --check` for any format: an ES module (by extension, package type or
// syntax) is parsed as one, CommonJS with the engine (and esbuild for what it lacks).
function checkSyntax(filename) {
  const src = rtb.readFile(filename);
  const { tsLoaders } = lazyCJS();
  const loader = tsLoaders[path.extname(filename)] || 'js';
  const format = formatOf(filename);
  const asESM = format === 'esm' || (format === 'detect' && esmb.looksLikeESM(src) && (() => {
    try {
      rtb.compileWrapper(src, filename);
      return false;
    } catch {
      return true;
    }
  })());
  if (asESM) {
    esmb.compile(src, filename, 'esm', loader, filename); // --check names the path, not the URL
    return;
  }
  if (loader !== 'js') {
    esmb.compile(src, filename, 'cjs', loader, filename);
    return;
  }
  try {
    rtb.compileWrapper(src, filename);
  } catch (e) {
    try {
      esmb.compile(src, filename, 'cjs', 'js', filename);
    } catch {
      throw e;
    }
  }
}

// syncBuiltinESMExports refreshes what ES modules see of the builtins' named exports.
function syncBuiltinESMExports() {
  for (const rec of moduleMap.values()) {
    if (rec.format !== 'builtin' || rec.plainView === undefined) continue;
    for (const n of exportNames(rec)) {
      if (n !== 'default') rec.plainView[n] = cjsValue(rec, n);
    }
    refresh(rec);
  }
}

function pendingTLA(rec, seen = new Set()) {
  if (seen.has(rec) || rec.format !== 'esm') return false;
  seen.add(rec);
  return rec.tlaPending || rec.deps.some((d) => pendingTLA(d, seen));
}

function tlaSite(rec, seen = new Set()) {
  if (seen.has(rec) || rec.format !== 'esm') return undefined;
  seen.add(rec);
  for (const d of rec.deps) {
    const s = tlaSite(d, seen);
    if (s) return s;
  }
  if (rec.tlaPending && rec.info.tlaSites.length > 0) {
    const [line, col] = rec.info.tlaSites[rec.info.tlaSites.length - 1];
    return { rec, line, col };
  }
  return undefined;
}

// shouldRunAsESM tells runMain and require whether a resolved file is an ES module.
function isESMFile(filename) {
  const f = formatOf(filename);
  if (f === 'esm') return true;
  if (f !== 'detect') return false;
  return false;
}

module.exports = {
  runMain, runEvalModule, checkSyntax, syncBuiltinESMExports, importModule, importSync, requireESM, isESMFile, formatOf, resolve, toESM,
  fileURLToPath, moduleMap, namespaces,
};
