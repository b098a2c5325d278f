'use strict';
// CommonJS modules (Node's lib/internal/modules/cjs/loader.js): resolution, the wrapper, the
// cache, and the hooks tools patch (Module._load, _resolveFilename, _extensions, wrap).

const rtb = internalBinding('internal/bootstrap/node');
const { internals } = rtb;
const path = require('path');

// The engine has no Symbol.asyncIterator; lowered for-await loops and async generators (and
// builtins defining async iterators) need one shared symbol. (It belongs in the bootstrap.)
if (typeof Symbol.asyncIterator !== 'symbol') {
  Object.defineProperty(Symbol, 'asyncIterator', {
    __proto__: null, value: Symbol('Symbol.asyncIterator'), writable: false, enumerable: false, configurable: false,
  });
}

const kIsMainSymbol = Symbol('kIsMainSymbol');
const relativeResolveCache = { __proto__: null };
const statCache = new Map();
const packageJsonCache = new Map();

function lazyCodes() { return require('internal/errors').codes; }

// The header Node prints above errors its loader throws.
const notFoundArrow = 'node:internal/modules/cjs/loader:1568\n  throw err;\n  ^\n';
const jsonArrow = 'node:internal/modules/cjs/loader:2075\n    throw err;\n    ^\n';

function setArrow(err, arrow) {
  try {
    Object.defineProperty(err, internals.arrowSymbol, { __proto__: null, value: arrow, configurable: true, writable: true });
  } catch {
    // a frozen error keeps its own header
  }
}

function stat(filename) {
  filename = path.toNamespacedPath(filename);
  let result = statCache.get(filename);
  if (result !== undefined) return result;
  result = rtb.stat(filename);
  statCache.set(filename, result);
  return result;
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  Object.defineProperty(this, 'exports', { __proto__: null, value: {}, writable: true, enumerable: true, configurable: true });
  this.filename = null;
  this.loaded = false;
  this.children = [];
  updateChildren(parent, this, false);
  Object.defineProperty(this, kModuleParent, { __proto__: null, value: parent, writable: true, configurable: true });
}
const kModuleParent = Symbol('kModuleParent');

Object.defineProperty(Module.prototype, 'parent', {
  __proto__: null,
  get() { return this[kModuleParent]; },
  set(v) { this[kModuleParent] = v; },
  configurable: true,
});

function updateChildren(parent, child, scan) {
  const children = parent && parent.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
Module.builtinModules = [];
Module.isBuiltin = function isBuiltin(id) { return rtb.isBuiltin(id); };

Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = function wrap(script) { return Module.wrapper[0] + script + Module.wrapper[1]; };

const nmChars = ['s', 'e', 'l', 'u', 'd', 'o', 'm', '_', 'e', 'd', 'o', 'n'];
Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  for (let i = from.length - 1, p = 0, last = from.length; i >= 0; --i) {
    const code = from.charCodeAt(i);
    if (code === 47 /* / */) {
      if (p !== nmChars.length) paths.push(from.slice(0, last) + '/node_modules');
      last = i;
      p = 0;
    } else if (p !== -1) {
      if (nmChars[p] === from[i]) ++p;
      else p = -1;
    }
  }
  paths.push('/node_modules');
  return paths;
};

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (rtb.isBuiltin(request)) return null;
  if (request.charAt(0) !== '.' ||
      (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    let paths;
    if (parent?.paths?.length) paths = parent.paths.concat(Module.globalPaths);
    else paths = Module.globalPaths.slice();
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

// invalidPackageConfig is the error for a package.json that is not JSON: a plain Error with a
// code, as Node's package.json reader throws it.
function invalidPackageConfig(jsonPath, specifier, base) {
  const from = specifier === undefined ? '' : ` while importing "${specifier}" from ${base}`;
  const err = new Error(`Invalid package config ${jsonPath}${from}.`);
  err.code = 'ERR_INVALID_PACKAGE_CONFIG';
  return err;
}

function readPackage(dir) {
  // dir is nearly always absolute and normalized already (a dirname of a resolved filename);
  // path.resolve in interpreted JS was the loader's biggest cost per module.
  const jsonPath = isPlainAbsolute(dir) ? (dir.length === 1 ? '/package.json' : dir + '/package.json')
    : path.resolve(dir, 'package.json');
  if (packageJsonCache.has(jsonPath)) return packageJsonCache.get(jsonPath);
  const json = rtb.readFile(jsonPath);
  if (json === undefined) {
    packageJsonCache.set(jsonPath, false);
    return false;
  }
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw invalidPackageConfig(jsonPath);
  }
  const filtered = {
    name: parsed.name, main: parsed.main, exports: parsed.exports, imports: parsed.imports, type: parsed.type,
  };
  packageJsonCache.set(jsonPath, filtered);
  return filtered;
}

function tryFile(requestPath, isMain) {
  const rc = stat(requestPath);
  if (rc !== 0) return false;
  if (preserveSymlinks && !isMain) return path.resolve(requestPath);
  return toRealPath(requestPath);
}
const preserveSymlinks = false;

function toRealPath(requestPath) {
  return rtb.realpath(requestPath);
}

function tryExtensions(p, exts, isMain) {
  for (let i = 0; i < exts.length; i++) {
    const filename = tryFile(p + exts[i], isMain);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = readPackage(requestPath);
  const pkgMain = pkg && pkg.main;
  if (!pkgMain) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  const filename = path.resolve(requestPath, pkgMain);
  let actual = tryFile(filename, isMain) ||
    tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
    process.emitWarning(`Invalid 'main' field in '${path.resolve(requestPath, 'package.json')}' of '${pkgMain}'. ` +
      'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
  }
  return actual;
}

let packageExports;
function lazyPackageExports() {
  if (packageExports === undefined) packageExports = require('internal/modules/package_exports');
  return packageExports;
}

// finalizeResolution checks that what an exports or imports map gave is a file, as Node's
// finalizeEsmResolution does for require().
function finalizeResolution(filename, pkgJSONPath, request) {
  if (/%2f|%5c/i.test(filename)) {
    throw new (lazyCodes().ERR_INVALID_MODULE_SPECIFIER)(filename, 'must not include encoded "/" or "\\" characters', pkgJSONPath);
  }
  const actual = tryFile(filename);
  if (actual) return actual;
  throw esmNotFound(request === undefined ? filename : request, pkgJSONPath);
}

function esmNotFound(request, pkgJSONPath) {
  const err = new Error(`Cannot find module '${request}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (pkgJSONPath) err.path = pkgJSONPath;
  return err;
}

function resolveExports(nmPath, request) {
  const m = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(request);
  if (!m) return;
  const pkgPath = path.resolve(nmPath, m[1]);
  const pkg = readPackage(pkgPath);
  if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
    const resolved = lazyPackageExports().exportsResolve(pkgPath, '.' + (m[2] || ''), pkg.exports, 'require', undefined);
    return finalizeResolution(resolved, pkgPath + '/package.json');
  }
}

// packageScope is the nearest package.json above dir (not looking past a node_modules folder):
// { dir, pkg } or undefined.
function packageScope(dir) {
  for (;;) {
    const pkg = readPackage(dir);
    if (pkg) return { dir, pkg };
    if (path.basename(dir) === 'node_modules') return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

// trySelf resolves a package's own name from inside it through its "exports".
function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const scope = packageScope(path.dirname(parentPath));
  if (scope === undefined) return false;
  const { dir, pkg } = scope;
  if (pkg.exports === undefined || pkg.exports === null || typeof pkg.name !== 'string') return false;
  let subpath;
  if (request === pkg.name) subpath = '.';
  else if (request.startsWith(pkg.name + '/')) subpath = '.' + request.slice(pkg.name.length);
  else return false;
  const resolved = lazyPackageExports().exportsResolve(dir, subpath, pkg.exports, 'require', parentPath);
  return finalizeResolution(resolved, dir + '/package.json', request);
}

// resolveImports resolves '#…' through the importer's package "imports"; undefined when the
// package has none (then the request resolves as any other).
function resolveImports(request, parent) {
  const parentPath = parent?.filename ?? process.cwd() + '/';
  const scope = packageScope(path.dirname(parentPath));
  if (scope === undefined || scope.pkg.imports === undefined || scope.pkg.imports === null) return undefined;
  const r = lazyPackageExports().importsResolve(request, scope.dir, scope.pkg.imports, 'require', parentPath);
  if (typeof r !== 'string') return Module._resolveFilename(r.bare, parent, false);
  return finalizeResolution(r, scope.dir + '/package.json', request);
}

Module._findPath = function _findPath(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  const cacheKey = request + '\x00' + paths.join('\x00');
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  let exts;
  const trailingSlash = request.length > 0 &&
    (request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') || request === '.' || request === '..');
  const isRelative = request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..';

  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (curPath && stat(curPath) < 1) continue;
    if (!absoluteRequest && !isRelative) {
      let exportsResolved;
      try {
        exportsResolved = resolveExports(curPath, request);
      } catch (e) {
        throw e;
      }
      if (exportsResolved) return exportsResolved;
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) {
        filename = toRealPath(basePath);
      }
      if (!filename) {
        if (exts === undefined) exts = Object.keys(Module._extensions);
        filename = tryExtensions(basePath, exts, isMain);
      }
    }
    if (!filename && rc === 1) {
      if (exts === undefined) exts = Object.keys(Module._extensions);
      filename = tryPackage(basePath, exts, isMain, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (rtb.isBuiltin(request)) return request;
  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      const isRelative = request.startsWith('./') || request.startsWith('../');
      if (isRelative) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (let i = 0; i < options.paths.length; i++) {
          const p = options.paths[i];
          fakeParent.paths = Module._nodeModulePaths(p);
          const lookupPaths = Module._resolveLookupPaths(request, fakeParent);
          for (let j = 0; j < lookupPaths.length; j++) {
            if (!paths.includes(lookupPaths[j])) paths.push(lookupPaths[j]);
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new (lazyCodes().ERR_INVALID_ARG_VALUE)('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request[0] === '#' && (parent?.filename || parent?.id === '<repl>')) {
    const r = resolveImports(request, parent);
    if (r !== undefined) return r;
  }
  const self = trySelf(parent?.filename, request);
  if (self) return self;

  // tsconfig "paths" of the requiring file (gnode's TypeScript support, not Node's)
  if (parent?.filename && isBareSpecifier(request)) {
    const mapped = esmBinding().tsPath(request, parent.filename);
    if (mapped !== undefined) return mapped;
  }
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = cursor[kModuleParent]) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message = message + '\nRequire stack:\n- ' + requireStack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  setArrow(err, notFoundArrow);
  throw err;
};

Module._load = function _load(request, parent, isMain) {
  let relResolveCacheIdentifier;
  if (parent) {
    relResolveCacheIdentifier = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relResolveCacheIdentifier];
    if (filename !== undefined) {
      const cachedModule = Module._cache[filename];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule, true);
        return cachedModule.loaded ? cachedModule.exports : exportsForCircularRequire(cachedModule);
      }
      delete relativeResolveCache[relResolveCacheIdentifier];
    }
  }

  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!rtb.isBuiltin(request)) throw new (lazyCodes().ERR_UNKNOWN_BUILTIN_MODULE)(request);
    return rtb.requireBuiltin(id);
  }

  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    return cachedModule.loaded ? cachedModule.exports : exportsForCircularRequire(cachedModule);
  }
  if (rtb.isBuiltin(filename)) return rtb.requireBuiltin(filename);

  const module = new Module(filename, parent);
  if (isMain) {
    setOwnProperty(process, 'mainModule', module);
    setOwnProperty(module.require, 'main', process.mainModule);
    module.id = '.';
    module[kIsMainSymbol] = true;
  }
  if (parent !== undefined) relativeResolveCache[relResolveCacheIdentifier] = filename;
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined) {
        delete relativeResolveCache[relResolveCacheIdentifier];
        const children = parent?.children;
        if (Array.isArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    }
  }
  const exp = module.exports;
  if (exp !== null && typeof exp === 'object' && Object.getPrototypeOf(exp) === circularWarningProxy) {
    Object.setPrototypeOf(exp, Object.prototype);
  }
  return module.exports;
};

// While a module is still loading, a circular require() gets its exports with a prototype that
// warns on reads of properties that do not exist (yet), as Node does; _load puts
// Object.prototype back when the module has loaded.
const circularWarningProxy = new Proxy(Object.prototype, {
  __proto__: null,
  get(target, prop, receiver) {
    if (prop in target || prop === '__esModule') return Reflect.get(target, prop, receiver);
    emitCircularWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
      return Reflect.getOwnPropertyDescriptor(target, prop);
    }
    emitCircularWarning(prop);
    return undefined;
  },
});

function emitCircularWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports inside circular dependency`);
}

function exportsForCircularRequire(module) {
  const exp = module.exports;
  if (exp !== null && typeof exp === 'object' && Object.getPrototypeOf(exp) === Object.prototype && !exp.__esModule) {
    Object.setPrototypeOf(exp, circularWarningProxy);
  }
  return exp;
}

function setOwnProperty(obj, key, value) {
  Object.defineProperty(obj, key, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
}

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  if (typeof id !== 'string') throw new (lazyCodes().ERR_INVALID_ARG_TYPE)('id', 'string', id);
  if (id === '') throw new (lazyCodes().ERR_INVALID_ARG_VALUE)('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

function lazyESM() { return require('internal/modules/esm/loader'); }

// esbuild loaders for the extensions that need one
const tsLoaders = { __proto__: null, '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.tsx': 'tsx', '.jsx': 'jsx' };

// packageType is the "type" of the nearest package.json: module, commonjs or none.
// isPlainAbsolute: a POSIX absolute path with no trailing slash, '.' or '..' segments and no
// doubled slashes, which needs no normalizing.
function isPlainAbsolute(p) {
  return p.charCodeAt(0) === 47 && (p.length === 1 || p.charCodeAt(p.length - 1) !== 47) &&
    p.indexOf('//') === -1 && p.indexOf('/.') === -1;
}

// The package scope's type per directory (package.json files are read once per process, as in Node).
const packageTypeCache = new Map();

function packageType(filename) {
  const start = path.dirname(filename);
  const cached = packageTypeCache.get(start);
  if (cached !== undefined) return cached;
  const scope = packageScope(start);
  const t = scope === undefined ? undefined : scope.pkg.type;
  const type = t === 'module' ? 'module' : t === 'commonjs' ? 'commonjs' : 'none';
  packageTypeCache.set(start, type);
  return type;
}

// formatOf is how a file loads: esm, cjs, json, addon, detect (a .js or .ts with no type: its
// syntax decides) or undefined (an extension Node does not know).
function formatOf(filename) {
  switch (path.extname(filename)) {
    case '.mjs': case '.mts': return 'esm';
    case '.cjs': case '.cts': return 'cjs';
    case '.json': return 'json';
    case '.node': return 'addon';
    case '.js': case '.ts': case '.tsx': case '.jsx': case '': {
      const t = packageType(filename);
      if (t === 'module') return 'esm';
      if (t === 'commonjs') return 'cjs';
      return 'detect';
    }
  }
  return undefined;
}
let esmb;
function esmBinding() {
  if (esmb === undefined) esmb = internalBinding('internal/modules/esm');
  return esmb;
}

// format: 'commonjs' (the file's type says so), 'typescript' loaders by extension, or undefined
// (a .js with no type: ES module syntax makes it an ES module, as Node's syntax detection does).
Module.prototype._compile = function _compile(content, filename, format) {
  let compiledWrapper;
  // esbuild's output (TypeScript, lowered syntax) takes two more arguments than Node's wrapper
  let transformed = false;
  let attrs; // import attributes of its import() calls, which esbuild's output drops
  const tsLoader = tsLoaders[path.extname(filename)];
  if (tsLoader !== undefined) {
    const compiled = esmBinding().compile(content, filename, 'cjs', tsLoader, filename);
    compiledWrapper = compiled.fn;
    attrs = compiled.attrs;
    transformed = true;
  } else {
    try {
      // The engine compiles a regexp literal with \p{…} but matches "p": such literals are
      // rewritten into explicit ranges (line breaks stay where they are).
      if (content.includes('\\p{') || content.includes('\\P{')) content = esmBinding().rewritePropertyEscapes(content);
      compiledWrapper = rtb.compileWrapper(content, filename);
    } catch (e) {
      if (!(e instanceof SyntaxError)) throw e;
      // a u-mode regexp literal V8 rejects (the engine parsed the file; lowering cannot help)
      if (isRegExpEarlyError(e) && e.message.startsWith('Invalid regular expression: /') && /\/[dgimsy]*u[dgimsy]*: /.test(e.message)) throw e;
      if (format !== 'commonjs' && esmBinding().looksLikeESM(content)) {
        setOwnProperty(this, 'exports', lazyESM().requireESM(filename, this.parent?.filename));
        return;
      }
      // syntax the engine lacks (for await, async generators, import()): lowered by esbuild;
      // when esbuild cannot parse it either, the engine's own error stands
      let lowered;
      try {
        lowered = esmBinding().compile(content, filename, 'cjs', 'js', filename);
      } catch (e2) {
        // a v-flag regexp literal V8 rejects: the engine only says it cannot read the flag
        if (isRegExpEarlyError(e2)) throw e2;
        throw e;
      }
      compiledWrapper = lowered.fn;
      attrs = lowered.attrs;
      transformed = true;
      if (lowered.sourceName !== filename) rtb.registerSource(content, lowered.sourceName);
    }
  }
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  const thisValue = exports;
  const module = this;
  if (!transformed) return compiledWrapper.call(thisValue, exports, require, module, filename, dirname);
  return compiledWrapper.call(thisValue, exports, require, module, filename, dirname, toESMForCJS,
    (spec) => lazyESM().importModule(spec, filename, attrs?.[spec]));
};

function isRegExpEarlyError(e) {
  return e instanceof SyntaxError && typeof e.message === 'string' &&
    (e.message.startsWith('Invalid regular expression: /') || e.message === 'Invalid regular expression flags');
}

function toESMForCJS(value) { return lazyESM().toESM(value); }
// (a lowered empty async generator's prototypes: transform.go's reEmptyAsyncGenerator)
toESMForCJS.asyncGeneratorFunction = asAsyncGeneratorFunction;
function asAsyncGeneratorFunction(fn) {
  return require('internal/streams/asyncgen').asAsyncGeneratorFunction(fn);
}

// lowerEval compiles `-e` code the engine could not parse through esbuild, as a function that
// runs it with the eval's module and require (its completion value is not kept); err is the
// engine's SyntaxError, thrown when esbuild cannot parse the code either.
function lowerEval(source, name, module, require, err) {
  const filename = path.join(process.cwd(), name);
  let lowered;
  try {
    lowered = esmBinding().compile(source, name, 'cjs', 'js', name);
  } catch (e2) {
    if (isRegExpEarlyError(e2)) throw e2;
    throw err;
  }
  return () => lowered.fn.call(module.exports, module.exports, require, module, name, '.', toESMForCJS,
    (spec) => lazyESM().importModule(spec, filename, lowered.attrs?.[spec]));
}

function makeRequireFunction(mod) {
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    if (typeof request !== 'string') throw new (lazyCodes().ERR_INVALID_ARG_TYPE)('request', 'string', request);
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    if (typeof request !== 'string') throw new (lazyCodes().ERR_INVALID_ARG_TYPE)('request', 'string', request);
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  setOwnProperty(require, 'main', process.mainModule);
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module._extensions['.js'] = function(module, filename) {
  const format = formatOf(filename);
  if (format === 'esm') {
    setOwnProperty(module, 'exports', lazyESM().requireESM(filename, module.parent?.filename));
    return;
  }
  const content = rtb.readFile(filename);
  module._compile(content, filename, format === 'cjs' ? 'commonjs' : undefined);
};
// .cjs, .mjs, .ts, .mts, .cts, .tsx and .jsx are not registered (require('./x') probes only
// Node's three): as in Node, an unregistered extension loads through '.js', which goes by the
// file's format.

Module._extensions['.json'] = function(module, filename) {
  const content = rtb.readFile(filename);
  try {
    setOwnProperty(module, 'exports', JSON.parse(stripBOM(content)));
  } catch (err) {
    err.message = filename + ': ' + err.message;
    setArrow(err, jsonArrow);
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  const err = new Error(`Cannot load native addon '${filename}': native addons are not supported by gnode`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

Module.createRequire = function createRequire(filename) {
  let filepath = filename;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') filepath = lazyESM().fileURLToPath(filename.href);
  else if (typeof filename === 'string' && filename.startsWith('file:')) filepath = lazyESM().fileURLToPath(filename);
  if (typeof filepath !== 'string' || !path.isAbsolute(filepath)) {
    throw new (lazyCodes().ERR_INVALID_ARG_VALUE)('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};


Module.runMain = function runMain(main = process.argv[1]) {
  let filename;
  try {
    filename = Module._resolveFilename(main, null, true);
  } catch {
    filename = undefined;
  }
  if (filename !== undefined && !rtb.isBuiltin(filename) && shouldRunAsESM(filename)) {
    return lazyESM().runMain(filename);
  }
  Module._load(main, null, true);
};

function shouldRunAsESM(filename) {
  const format = formatOf(filename);
  if (format === 'esm') return true;
  if (format !== 'detect') return false;
  const content = rtb.readFile(filename);
  return content !== undefined && detectESM(content, filename);
}

// detectESM is Node's syntax detection for a file of no declared format: it is an ES module when
// it has ES module syntax and does not parse as CommonJS.
function isBareSpecifier(request) {
  const c = request.charCodeAt(0);
  return c !== 46 /* . */ && c !== 47 /* / */ && c !== 35 /* # */;
}

function detectESM(content, filename) {
  if (!esmBinding().looksLikeESM(content)) return false;
  if (tsLoaders[path.extname(filename)] !== undefined) return true;
  try {
    rtb.compileWrapper(content, filename);
    return false;
  } catch (e) {
    return e instanceof SyntaxError;
  }
}

Module._initPaths = function _initPaths() {
  const homeDir = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) {
    paths.unshift(path.resolve(homeDir, '.node_libraries'));
    paths.unshift(path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) {
    paths.unshift(...nodePath.split(path.delimiter).filter(Boolean));
  }
  Module.globalPaths = paths;
};
Module._initPaths();

Module.Module = Module;
Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  for (let n = 0; n < requests.length; n++) parent.require(requests[n]);
};

module.exports = {
  invalidPackageConfig, lowerEval, detectESM, Module, makeRequireFunction, setArrow, formatOf, tsLoaders };
