'use strict';
// package.json "exports" and "imports": the resolution algorithm of Node's ESM specification
// (PACKAGE_EXPORTS_RESOLVE, PACKAGE_IMPORTS_RESOLVE, PACKAGE_TARGET_RESOLVE), shared by the
// CommonJS and ES module loaders. It works on file paths; callers check that the file exists.

const path = require('path');

function lazyCodes() { return require('internal/errors').codes; }

// userConditions are the --conditions / -C values of this process, in order.
let userConditionsCache;
function userConditions() {
  if (userConditionsCache !== undefined) return userConditionsCache;
  const out = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--conditions=')) out.push(a.slice('--conditions='.length));
    else if (a.startsWith('-C=')) out.push(a.slice(3));
    else if ((a === '--conditions' || a === '-C') && i + 1 < argv.length) out.push(argv[++i]);
  }
  userConditionsCache = out;
  return out;
}

const cjsConditionList = ['node', 'require', 'module-sync'];
const esmConditionList = ['node', 'import', 'module-sync'];
let cjsSet;
let esmSet;
function conditions(kind) {
  if (kind === 'require') {
    if (cjsSet === undefined) cjsSet = new Set([...cjsConditionList, ...userConditions()]);
    return cjsSet;
  }
  if (esmSet === undefined) esmSet = new Set([...esmConditionList, ...userConditions()]);
  return esmSet;
}

// A path segment that a target or a pattern match may not contain: '', '.', '..' or
// 'node_modules', in any letter case and percent-encoded.
function isInvalidSegment(seg) {
  const s = seg.replace(/%([0-9a-fA-F]{2})/g, (m, h) => String.fromCharCode(parseInt(h, 16))).toLowerCase();
  return s === '' || s === '.' || s === '..' || s === 'node_modules';
}

function hasInvalidSegment(p) {
  const segs = p.split(/[\\/]/);
  for (let i = 0; i < segs.length; i++) if (isInvalidSegment(segs[i])) return true;
  return false;
}

function isURL(s) {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(s);
}

// The state one resolution carries for its errors.
function context(pkgDir, isImports, base, matchKey) {
  return { pkgDir, pkgJSON: pkgDir + '/package.json', isImports, base, matchKey };
}

function invalidTarget(ctx, key, target) {
  return new (lazyCodes().ERR_INVALID_PACKAGE_TARGET)(ctx.pkgDir + '/', key, target, ctx.isImports, ctx.base);
}

// resolveTarget is PACKAGE_TARGET_RESOLVE: a path, { bare } for an imports target naming a
// package, null (explicitly not exported) or undefined (no condition matched).
function resolveTarget(ctx, key, target, patternMatch, conds) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (!ctx.isImports || target.startsWith('../') || target.startsWith('/') || isURL(target)) {
        throw invalidTarget(ctx, key, target);
      }
      return { bare: patternMatch === null ? target : target.replace(/\*/g, patternMatch) };
    }
    if (hasInvalidSegment(target.slice(2))) throw invalidTarget(ctx, key, target);
    const resolved = path.resolve(ctx.pkgDir, target);
    if (patternMatch === null) return resolved;
    if (hasInvalidSegment(patternMatch)) {
      throw new (lazyCodes().ERR_INVALID_MODULE_SPECIFIER)(ctx.matchKey,
        `request is not a valid match in pattern "${key}" for the "${ctx.isImports ? 'imports' : 'exports'}" ` +
        `resolution of ${ctx.pkgJSON}`, ctx.base);
    }
    return resolved.replace(/\*/g, patternMatch);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    let result;
    for (let i = 0; i < target.length; i++) {
      try {
        result = resolveTarget(ctx, key, target[i], patternMatch, conds);
      } catch (e) {
        lastError = e;
        if (e?.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (result === undefined) continue;
      return result;
    }
    if (result === undefined && lastError !== undefined) throw lastError;
    return result === undefined ? null : result;
  }
  if (target !== null && typeof target === 'object') {
    const keys = Object.keys(target);
    for (let i = 0; i < keys.length; i++) {
      if (/^\d+$/.test(keys[i])) {
        throw new (lazyCodes().ERR_INVALID_PACKAGE_CONFIG)(ctx.pkgJSON, ctx.base,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === 'default' || conds.has(k)) {
        const r = resolveTarget(ctx, key, target[k], patternMatch, conds);
        if (r === undefined) continue;
        return r;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(ctx, key, target);
}

// patternKeyCompare orders pattern keys: the longest prefix before '*' first, then the longest key.
function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const baseA = aStar === -1 ? a.length : aStar + 1;
  const baseB = bStar === -1 ? b.length : bStar + 1;
  if (baseA > baseB) return -1;
  if (baseB > baseA) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// resolveMap is PACKAGE_IMPORTS_EXPORTS_RESOLVE.
function resolveMap(ctx, matchKey, matchObj, conds) {
  if (Object.prototype.hasOwnProperty.call(matchObj, matchKey) && !matchKey.includes('*')) {
    return resolveTarget(ctx, matchKey, matchObj[matchKey], null, conds);
  }
  const keys = Object.keys(matchObj).filter((k) => {
    const star = k.indexOf('*');
    return star !== -1 && star === k.lastIndexOf('*');
  }).sort(patternKeyCompare);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const star = k.indexOf('*');
    const base = k.slice(0, star);
    if (!matchKey.startsWith(base) || matchKey === base) continue;
    const trailer = k.slice(star + 1);
    if (trailer.length === 0 || (matchKey.endsWith(trailer) && matchKey.length >= k.length)) {
      const patternMatch = matchKey.slice(base.length, matchKey.length - trailer.length);
      return resolveTarget(ctx, k, matchObj[k], patternMatch, conds);
    }
  }
  return null;
}

function isConditionalSugar(ctx, exports) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (exports === null || typeof exports !== 'object') return false;
  const keys = Object.keys(exports);
  let dotKeys = 0;
  for (let i = 0; i < keys.length; i++) if (keys[i] === '' || keys[i][0] === '.') dotKeys++;
  if (dotKeys !== 0 && dotKeys !== keys.length) {
    throw new (lazyCodes().ERR_INVALID_PACKAGE_CONFIG)(ctx.pkgJSON, ctx.base,
      '"exports" cannot contain some keys starting with \'.\' and some not. The exports object must either be an ' +
      'object of package subpath keys or an object of main entry condition name keys only.');
  }
  return dotKeys === 0;
}

// exportsResolve is PACKAGE_EXPORTS_RESOLVE for subpath ('.' or './x') of the package in
// pkgDir; kind is 'require' or 'import'; base (the importer, for messages) may be undefined.
function exportsResolve(pkgDir, subpath, exports, kind, base) {
  const ctx = context(pkgDir, false, base, subpath);
  const conds = conditions(kind);
  let resolved;
  if (isConditionalSugar(ctx, exports)) {
    if (subpath === '.') resolved = resolveTarget(ctx, '.', exports, null, conds);
  } else if (subpath === '.') {
    if (Object.prototype.hasOwnProperty.call(exports, '.')) resolved = resolveTarget(ctx, '.', exports['.'], null, conds);
  } else {
    resolved = resolveMap(ctx, subpath, exports, conds);
  }
  if (resolved !== null && resolved !== undefined) {
    if (typeof resolved !== 'string') throw invalidTarget(ctx, subpath, resolved.bare);
    return resolved;
  }
  throw new (lazyCodes().ERR_PACKAGE_PATH_NOT_EXPORTED)(pkgDir + '/', subpath, base);
}

// importsResolve is PACKAGE_IMPORTS_RESOLVE for '#…' in the package scope pkgDir (whose
// package.json has the imports map); the result is a path or { bare } to resolve as a package.
function importsResolve(spec, pkgDir, imports, kind, base) {
  if (spec === '#' || spec.startsWith('#/') || spec.endsWith('/')) {
    throw new (lazyCodes().ERR_INVALID_MODULE_SPECIFIER)(spec, 'is not a valid internal imports specifier name', base);
  }
  if (imports !== null && typeof imports === 'object' && !Array.isArray(imports)) {
    const ctx = context(pkgDir, true, base, spec);
    const resolved = resolveMap(ctx, spec, imports, conditions(kind));
    if (resolved !== null && resolved !== undefined) return resolved;
  }
  throw new (lazyCodes().ERR_PACKAGE_IMPORT_NOT_DEFINED)(spec, pkgDir + '/', base);
}

module.exports = { exportsResolve, importsResolve, conditions };
