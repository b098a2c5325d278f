'use strict';
// fs.glob / fs.globSync / fs.promises.glob (Node 22+). Argument checks are Node's, in its
// order; the walk and the matching run in Go (glob.go: Node's walker, so results come in
// Node's order). Without an exclude function the async forms walk on the threadpool.
const fs = require('fs');
const pathModule = require('path');
const { validateObject, validateString, validateFunction } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { binding, Dirent, DirentFromStats } = fs[Symbol.for('gnode.fs.internals')];

function makeDirent(fromStats, name, type, parentPath, key) {
  if (!fromStats) return new Dirent(name, type, parentPath);
  return new DirentFromStats(name, fs.lstatSync(key), parentPath);
}

// Glob's constructor: options, then exclude, then the patterns.
function prepare(patterns, options = {}) {
  validateObject(options, 'options');
  const { exclude, withFileTypes } = options;
  let { cwd } = options;
  if (cwd instanceof URL) cwd = require('url').fileURLToPath(cwd);
  const root = cwd ?? '.';
  let excludeGlobs = null;
  let excludeFn = null;
  if (exclude != null) {
    if (Array.isArray(exclude)) {
      for (let i = 0; i < exclude.length; i++) {
        if (typeof exclude[i] !== 'string') throw new ERR_INVALID_ARG_TYPE(`options.exclude[${i}]`, 'string', exclude[i]);
      }
      excludeGlobs = exclude.map((p) => pathModule.resolve(root, p));
    } else if (typeof exclude === 'function') {
      excludeFn = exclude;
    } else {
      throw new ERR_INVALID_ARG_TYPE('options.exclude', ['string[]', 'function'], exclude);
    }
  }
  if (typeof patterns === 'object' && patterns !== null) {
    if (!Array.isArray(patterns)) throw new ERR_INVALID_ARG_TYPE('patterns', 'Array', patterns);
    for (let i = 0; i < patterns.length; i++) validateString(patterns[i], `patterns[${i}]`);
  } else {
    validateString(patterns, 'patterns');
    patterns = [patterns];
  }
  return { patterns, root, excludeGlobs, excludeFn, withFileTypes: !!withFileTypes };
}

function walk(g, yieldOrder, callback) {
  // Node resolves the cwd when the walk starts, so a bad cwd fails there.
  const rootAbs = pathModule.resolve(g.root);
  return binding.glob(g.patterns, g.root, rootAbs, g.excludeGlobs, g.excludeFn, g.withFileTypes, makeDirent,
                      yieldOrder, callback);
}

function globSync(patterns, options) {
  return walk(prepare(patterns, options), false, undefined);
}

// Runs the async walk: on the threadpool, or on the loop when exclude calls into JS.
function walkAsync(g, callback) {
  if (g.excludeFn !== null) {
    let result;
    try {
      result = walk(g, true, undefined);
    } catch (err) {
      process.nextTick(callback, err);
      return;
    }
    process.nextTick(callback, null, result);
    return;
  }
  try {
    walk(g, true, callback);
  } catch (err) {
    process.nextTick(callback, err);
  }
}

function glob(patterns, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  const g = prepare(patterns, options);
  walkAsync(g, (err, result) => (err ? callback(err) : callback(null, result)));
}

// fs.promises.glob: an async generator in Node; like one, it checks its arguments and walks
// on the first next().
function globIterator(patterns, options) {
  let items = null;
  let pending = null;
  let i = 0;
  let done = false;
  const step = () => {
    if (done || i >= items.length) {
      done = true;
      return { value: undefined, done: true };
    }
    return { value: items[i++], done: false };
  };
  return {
    next() {
      if (items !== null || done) return Promise.resolve(done ? { value: undefined, done: true } : step());
      pending ??= new Promise((resolve, reject) => {
        let g;
        try {
          g = prepare(patterns, options);
        } catch (err) {
          reject(err);
          return;
        }
        walkAsync(g, (err, result) => (err ? reject(err) : resolve(result)));
      }).then((result) => {
        items = result;
      }, (err) => {
        done = true;
        throw err;
      });
      return pending.then(step);
    },
    return(value) {
      done = true;
      return Promise.resolve({ value, done: true });
    },
    throw(err) {
      done = true;
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() { return this; },
    [Symbol.toStringTag]: 'AsyncGenerator',
  };
}

module.exports = { glob, globSync, globIterator };
