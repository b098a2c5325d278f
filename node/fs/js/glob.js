'use strict';
// fs.glob / fs.globSync / fs.promises.glob (Node 22+). Each pattern is split into the static
// directories it starts with and the rest; only that directory is walked, only as deep as the
// rest can reach, and every entry is tested with path.matchesGlob (Node's minimatch rules:
// '*' and '**' skip dot entries, '**' never follows a symlinked directory).
const fs = require('fs');
const pathModule = require('path');
const { posix } = pathModule;
const { validateString, validateFunction, validateObject } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const kMagic = /[*?[\]{}()!+@]/;

function compile(pattern) {
  const absolute = pattern.startsWith('/');
  const segs = pattern.split('/');
  let dirOnly = false;
  if (segs.length > 1 && segs[segs.length - 1] === '') {
    dirOnly = true;
    segs.pop();
  }
  let i = absolute ? 1 : 0;
  while (i < segs.length - 1 && !kMagic.test(segs[i])) i++;
  if (i === segs.length - 1 && !kMagic.test(segs[i])) i = segs.length;
  const baseRaw = segs.slice(0, i).join('/') || (absolute ? '/' : '');
  const base = baseRaw === '' ? '' : posix.normalize(baseRaw).replace(/\/$/, '') || '/';
  const rest = segs.slice(i);
  const deep = rest.includes('**');
  const normalized = rest.length === 0 ? base : (base === '' || base === '.' ? '' : base === '/' ? '/' : base + '/') + rest.join('/');
  return {
    base: base === '.' ? '' : base,
    rest,
    depth: deep ? Infinity : rest.length,
    pattern: normalized,
    // 'x/**' and '**' also match x itself (and '.' for the walk's root)
    selfPattern: rest.length && rest[rest.length - 1] === '**' ? normalized.slice(0, -3).replace(/\/$/, '') : null,
    dotDirs: rest.some((s) => s.startsWith('.')),
    dirOnly,
  };
}

function normalizeArgs(patterns, options) {
  if (typeof patterns === 'string') patterns = [patterns];
  else if (!Array.isArray(patterns)) throw new ERR_INVALID_ARG_TYPE('patterns', 'string', patterns);
  for (let i = 0; i < patterns.length; i++) validateString(patterns[i], `patterns[${i}]`);
  if (options === undefined || options === null) options = {};
  validateObject(options, 'options');
  let cwd = options.cwd ?? process.cwd();
  if (cwd instanceof URL) cwd = require('url').fileURLToPath(cwd);
  validateString(cwd, 'paths[0]');
  cwd = pathModule.resolve(cwd);
  const exclude = options.exclude;
  if (exclude !== undefined && typeof exclude !== 'function' && !Array.isArray(exclude)) {
    throw new ERR_INVALID_ARG_TYPE('options.exclude', ['function', 'Array'], exclude);
  }
  return { patterns, cwd, exclude, withFileTypes: !!options.withFileTypes };
}

function lstatOrNull(p) {
  try {
    return fs.lstatSync(p);
  } catch {
    return null;
  }
}

function readDirents(dir) {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function direntFor(abs) {
  const st = lstatOrNull(abs);
  if (!st) return null;
  const { constants } = fs;
  const type = st.isDirectory() ? constants.UV_DIRENT_DIR : st.isSymbolicLink() ? constants.UV_DIRENT_LINK :
    st.isFile() ? constants.UV_DIRENT_FILE : 0;
  return new fs.Dirent(pathModule.basename(abs), type, pathModule.dirname(abs));
}

// globWalk returns the matches of every pattern, each once, in walk order.
function globWalk(patterns, cwd, exclude, withFileTypes) {
  const results = new Map();
  const excludeGlobs = Array.isArray(exclude) ? exclude : null;
  const isExcluded = (rel, dirent) => {
    if (typeof exclude === 'function') return !!exclude(withFileTypes ? dirent : rel);
    if (excludeGlobs) return excludeGlobs.some((g) => pathModule.matchesGlob(rel, g));
    return false;
  };
  const add = (rel, dirent) => {
    if (results.has(rel)) return;
    results.set(rel, withFileTypes ? (dirent || direntFor(pathModule.resolve(cwd, rel))) : rel);
  };
  for (const raw of patterns) {
    const c = compile(raw);
    const baseAbs = pathModule.resolve(cwd, c.base || '.');
    if (c.rest.length === 0) {
      const st = lstatOrNull(baseAbs);
      if (st && (!c.dirOnly || st.isDirectory())) {
        const rel = c.base || '.';
        if (!isExcluded(rel, null)) add(rel, null);
      }
      continue;
    }
    if (c.selfPattern !== null && (c.selfPattern === c.base || c.selfPattern === '')) {
      const st = lstatOrNull(baseAbs);
      if (st && st.isDirectory()) add(c.base || '.', null);
    }
    const stack = [[baseAbs, c.base, 0]];
    while (stack.length) {
      const [dirAbs, dirRel, depth] = stack.pop();
      const ents = readDirents(dirAbs);
      const descend = [];
      for (const de of ents) {
        const rel = dirRel === '' ? de.name : dirRel === '/' ? '/' + de.name : dirRel + '/' + de.name;
        const dirent = de;
        if ((exclude !== undefined) && isExcluded(rel, dirent)) continue;
        const isDir = de.isDirectory();
        if (!c.dirOnly || isDir) {
          if (pathModule.matchesGlob(rel, c.pattern)) add(rel, dirent);
        }
        if (isDir && depth + 1 < c.depth && (!de.name.startsWith('.') || c.dotDirs)) {
          descend.push([pathModule.join(dirAbs, de.name), rel, depth + 1]);
        }
      }
      for (let i = descend.length - 1; i >= 0; i--) stack.push(descend[i]);
    }
  }
  return [...results.values()];
}

function globSync(patterns, options) {
  const { patterns: p, cwd, exclude, withFileTypes } = normalizeArgs(patterns, options);
  return globWalk(p, cwd, exclude, withFileTypes);
}

function glob(patterns, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  let result;
  try {
    result = globSync(patterns, options);
  } catch (err) {
    process.nextTick(callback, err);
    return;
  }
  process.nextTick(callback, null, result);
}

// fs.promises.glob: an async iterator over the matches. Like a generator it starts on the
// first next().
function globIterator(patterns, options) {
  let items = null;
  let i = 0;
  return {
    next() {
      try {
        if (items === null) items = globSync(patterns, options);
      } catch (err) {
        items = [];
        return Promise.reject(err);
      }
      if (i < items.length) return Promise.resolve({ value: items[i++], done: false });
      return Promise.resolve({ value: undefined, done: true });
    },
    return(value) {
      items = [];
      return Promise.resolve({ value, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
    [Symbol.toStringTag]: 'AsyncGenerator',
  };
}

module.exports = { glob, globSync, globIterator };
