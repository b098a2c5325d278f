'use strict';
// node:path — POSIX and win32 (both usable on every OS; the module is posix's on non-Windows).

function lazyCodes() { return require('internal/errors').codes; }

function validateString(value, name) {
  if (typeof value !== 'string') throw new (lazyCodes().ERR_INVALID_ARG_TYPE)(name, 'string', value);
}

// Resolves . and .. elements in a path with directory names
const binding = internalBinding('path');

function normalizeString(path, allowAboveRoot) {
  // Go runs the loop for ASCII paths (node/path/normalize.go); this one is for the rest.
  const fast = binding.normalizeString(path, allowAboveRoot);
  if (fast !== undefined) return fast;
  let res = '';
  let lastSegmentLength = 0;
  let lastSlash = -1;
  let dots = 0;
  let code = 0;
  for (let i = 0; i <= path.length; ++i) {
    if (i < path.length) code = path.charCodeAt(i);
    else if (code === 47) break;
    else code = 47;
    if (code === 47) {
      if (lastSlash === i - 1 || dots === 1) {
        // NOOP
      } else if (dots === 2) {
        if (res.length < 2 || lastSegmentLength !== 2 ||
            res.charCodeAt(res.length - 1) !== 46 || res.charCodeAt(res.length - 2) !== 46) {
          if (res.length > 2) {
            const lastSlashIndex = res.lastIndexOf('/');
            if (lastSlashIndex === -1) {
              res = '';
              lastSegmentLength = 0;
            } else {
              res = res.slice(0, lastSlashIndex);
              lastSegmentLength = res.length - 1 - res.lastIndexOf('/');
            }
            lastSlash = i;
            dots = 0;
            continue;
          } else if (res.length !== 0) {
            res = '';
            lastSegmentLength = 0;
            lastSlash = i;
            dots = 0;
            continue;
          }
        }
        if (allowAboveRoot) {
          res += res.length > 0 ? '/..' : '..';
          lastSegmentLength = 2;
        }
      } else {
        if (res.length > 0) res += '/' + path.slice(lastSlash + 1, i);
        else res = path.slice(lastSlash + 1, i);
        lastSegmentLength = i - lastSlash - 1;
      }
      lastSlash = i;
      dots = 0;
    } else if (code === 46 && dots !== -1) {
      ++dots;
    } else {
      dots = -1;
    }
  }
  return res;
}

function _format(sep, pathObject) {
  if (pathObject === null || typeof pathObject !== 'object') {
    throw new (lazyCodes().ERR_INVALID_ARG_TYPE)('pathObject', 'Object', pathObject);
  }
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

// posixCwd is the working directory as path.posix sees it: on Windows, Node drops the drive and
// turns the backslashes into slashes.
function posixCwd() {
  if (process.platform !== 'win32') return process.cwd();
  const cwd = process.cwd().replace(/\\/g, '/');
  return cwd.slice(cwd.indexOf('/'));
}

const posix = {
  resolve(...args) {
    let fast = binding.resolve(args);
    if (fast === null) fast = binding.resolve(args, posixCwd());
    if (fast !== undefined) return fast;
    let resolvedPath = '';
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
      const path = i >= 0 ? args[i] : posixCwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolvedPath = `${path}/${resolvedPath}`;
      resolvedAbsolute = path.charCodeAt(0) === 47;
    }
    resolvedPath = normalizeString(resolvedPath, !resolvedAbsolute);
    if (resolvedAbsolute) return `/${resolvedPath}`;
    return resolvedPath.length > 0 ? resolvedPath : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const isAbsolute = path.charCodeAt(0) === 47;
    const trailingSeparator = path.charCodeAt(path.length - 1) === 47;
    path = normalizeString(path, !isAbsolute);
    if (path.length === 0) {
      if (isAbsolute) return '/';
      return trailingSeparator ? './' : '.';
    }
    if (trailingSeparator) path += '/';
    return isAbsolute ? `/${path}` : path;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === 47;
  },

  join(...args) {
    const fast = binding.join(args);
    if (fast !== undefined) return fast;
    if (args.length === 0) return '.';
    const parts = [];
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    return posix.normalize(parts.join('/'));
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const fromStart = 1;
    const fromEnd = from.length;
    const fromLen = fromEnd - fromStart;
    const toStart = 1;
    const toLen = to.length - toStart;
    const length = (fromLen < toLen ? fromLen : toLen);
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const fromCode = from.charCodeAt(fromStart + i);
      if (fromCode !== to.charCodeAt(toStart + i)) break;
      else if (fromCode === 47) lastCommonSep = i;
    }
    if (i === length) {
      if (toLen > length) {
        if (to.charCodeAt(toStart + i) === 47) return to.slice(toStart + i + 1);
        if (i === 0) return to.slice(toStart + i);
      } else if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === 47) lastCommonSep = i;
        else if (i === 0) lastCommonSep = 0;
      }
    }
    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === 47) out += out.length === 0 ? '..' : '/..';
    }
    return `${out}${to.slice(toStart + lastCommonSep)}`;
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === 47;
    let end = -1;
    let matchedSlash = true;
    for (let i = path.length - 1; i >= 1; --i) {
      if (path.charCodeAt(i) === 47) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    let start = 0;
    let end = -1;
    let matchedSlash = true;
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      if (suffix === path) return '';
      let extIdx = suffix.length - 1;
      let firstNonSlashEnd = -1;
      for (let i = path.length - 1; i >= 0; --i) {
        const code = path.charCodeAt(i);
        if (code === 47) {
          if (!matchedSlash) {
            start = i + 1;
            break;
          }
        } else {
          if (firstNonSlashEnd === -1) {
            matchedSlash = false;
            firstNonSlashEnd = i + 1;
          }
          if (extIdx >= 0) {
            if (code === suffix.charCodeAt(extIdx)) {
              if (--extIdx === -1) end = i;
            } else {
              extIdx = -1;
              end = firstNonSlashEnd;
            }
          }
        }
      }
      if (start === end) end = firstNonSlashEnd;
      else if (end === -1) end = path.length;
      return path.slice(start, end);
    }
    for (let i = path.length - 1; i >= 0; --i) {
      if (path.charCodeAt(i) === 47) {
        if (!matchedSlash) {
          start = i + 1;
          break;
        }
      } else if (end === -1) {
        matchedSlash = false;
        end = i + 1;
      }
    }
    if (end === -1) return '';
    return path.slice(start, end);
  },

  extname(path) {
    validateString(path, 'path');
    let startDot = -1;
    let startPart = 0;
    let end = -1;
    let matchedSlash = true;
    let preDotState = 0;
    for (let i = path.length - 1; i >= 0; --i) {
      const code = path.charCodeAt(i);
      if (code === 47) {
        if (!matchedSlash) {
          startPart = i + 1;
          break;
        }
        continue;
      }
      if (end === -1) {
        matchedSlash = false;
        end = i + 1;
      }
      if (code === 46) {
        if (startDot === -1) startDot = i;
        else if (preDotState !== 1) preDotState = 1;
      } else if (startDot !== -1) {
        preDotState = -1;
      }
    }
    if (startDot === -1 || end === -1 || preDotState === 0 ||
        (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) {
      return '';
    }
    return path.slice(startDot, end);
  },

  format: _format.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const isAbsolute = path.charCodeAt(0) === 47;
    let start;
    if (isAbsolute) {
      ret.root = '/';
      start = 1;
    } else {
      start = 0;
    }
    let startDot = -1;
    let startPart = 0;
    let end = -1;
    let matchedSlash = true;
    let i = path.length - 1;
    let preDotState = 0;
    for (; i >= start; --i) {
      const code = path.charCodeAt(i);
      if (code === 47) {
        if (!matchedSlash) {
          startPart = i + 1;
          break;
        }
        continue;
      }
      if (end === -1) {
        matchedSlash = false;
        end = i + 1;
      }
      if (code === 46) {
        if (startDot === -1) startDot = i;
        else if (preDotState !== 1) preDotState = 1;
      } else if (startDot !== -1) {
        preDotState = -1;
      }
    }
    if (end !== -1) {
      const start = startPart === 0 && isAbsolute ? 1 : startPart;
      if (startDot === -1 || preDotState === 0 ||
          (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) {
        ret.base = ret.name = path.slice(start, end);
      } else {
        ret.name = path.slice(start, startDot);
        ret.base = path.slice(start, end);
        ret.ext = path.slice(startDot, end);
      }
    }
    if (startPart > 0) ret.dir = path.slice(0, startPart - 1);
    else if (isAbsolute) ret.dir = '/';
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlob(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};



// ---------------------------------------------------------------------------- matchesGlob
// Glob matching as Node does it (minimatch with backslashes as separators, no negation or
// comments, dot files matched only by patterns that spell the dot): braces ({a,b}, {1..3}),
// *, ?, [classes] with ranges, negation and [:posix:] names, extglobs (+ * ? @ !) and **.

function expandBraces(pattern) {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') {
      if (depth++ === 0) open = i;
    } else if (c === '}' && depth > 0 && --depth === 0) {
      const body = pattern.slice(open + 1, i);
      const head = pattern.slice(0, open);
      const rest = expandBraces(pattern.slice(i + 1));
      const alternatives = splitTopLevel(body);
      let choices;
      if (alternatives.length > 1) {
        choices = [];
        for (const alt of alternatives) choices.push(...expandBraces(alt));
      } else {
        const seq = /^(-?\d+)\.\.(-?\d+)$/.exec(body) || /^([a-zA-Z])\.\.([a-zA-Z])$/.exec(body);
        if (seq === null) {
          // "{x}" with no comma or range is literal.
          return expandBraces(pattern.slice(i + 1)).map((r) => `${head}{${body}}${r}`);
        }
        choices = braceSequence(seq[1], seq[2]);
      }
      const out = [];
      for (const c2 of choices) for (const r of rest) out.push(`${head}${c2}${r}`);
      return out;
    }
  }
  return [pattern];
}

function splitTopLevel(body) {
  const parts = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(last, i));
      last = i + 1;
    }
  }
  parts.push(body.slice(last));
  return parts;
}

function braceSequence(a, b) {
  const out = [];
  if (/^-?\d+$/.test(a)) {
    const x = Number(a);
    const y = Number(b);
    const step = x <= y ? 1 : -1;
    for (let n = x; step > 0 ? n <= y : n >= y; n += step) out.push(String(n));
  } else {
    const x = a.charCodeAt(0);
    const y = b.charCodeAt(0);
    const step = x <= y ? 1 : -1;
    for (let n = x; step > 0 ? n <= y : n >= y; n += step) out.push(String.fromCharCode(n));
  }
  return out;
}

const posixClasses = {
  __proto__: null,
  alnum: 'a-zA-Z0-9', alpha: 'a-zA-Z', ascii: '\\x00-\\x7f', blank: ' \\t', cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9', graph: '\\x21-\\x7e', lower: 'a-z', print: '\\x20-\\x7e',
  punct: '!-\\/:-@\\[-`{-~', space: ' \\t\\r\\n\\v\\f', upper: 'A-Z', word: 'a-zA-Z0-9_',
  xdigit: 'A-Fa-f0-9',
};

const regexSpecial = new Set(['\\', '^', '$', '.', '|', '+', '(', ')', '{', '}', '[', ']', '*', '?', '/']);
const escapeChar = (c) => (regexSpecial.has(c) ? `\\${c}` : c);

// One path segment's pattern as a regular expression source, or null when it has no magic.
function segmentRegex(seg) {
  let re = '';
  let magic = false;
  let i = 0;
  const parseUntilClose = () => {
    // inside an extglob: alternatives separated by | up to the matching )
    let src = '';
    while (i < seg.length && seg[i] !== ')') {
      if (seg[i] === '|') {
        src += '|';
        i++;
      } else {
        src += atom();
      }
    }
    i++; // the )
    return src;
  };
  const atom = () => {
    const c = seg[i];
    const next = seg[i + 1];
    if ('+*?@!'.includes(c) && next === '(' && seg.indexOf(')', i) !== -1) {
      magic = true;
      i += 2;
      const body = parseUntilClose();
      switch (c) {
        case '+': return `(?:${body})+`;
        case '*': return `(?:${body})*`;
        case '?': return `(?:${body})?`;
        case '@': return `(?:${body})`;
        // !(x) matches what x does not; anchored when nothing follows it in the segment.
        default: return i === seg.length ? `(?:(?!(?:${body})$)[^/]*?)` : `(?:(?!(?:${body}))[^/]*?)`;
      }
    }
    i++;
    if (c === '*') {
      magic = true;
      while (seg[i] === '*') i++;
      return '[^/]*?';
    }
    if (c === '?') {
      magic = true;
      return '[^/]';
    }
    if (c === '[') {
      const cls = parseClass(seg, i);
      if (cls !== null) {
        magic = true;
        i = cls.end;
        return cls.src;
      }
      return '\\[';
    }
    return escapeChar(c);
  };
  const startsWithExtglob = /^[+*?@!]\(/.test(seg) && seg.includes(')');
  while (i < seg.length) re += atom();
  if (!magic) return null;
  // Magic never matches an empty segment, except an extglob at the start ("*(a)", "!(a)").
  return startsWithExtglob ? re : `(?=.)${re}`;
}

function parseClass(seg, start) {
  let i = start;
  let negate = false;
  if (seg[i] === '!' || seg[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  let first = true;
  while (i < seg.length) {
    const c = seg[i];
    if (c === ']' && !first) {
      if (body === '') return null;
      return { src: negate ? `[^/${body}]` : `[${body}]`, end: i + 1 };
    }
    first = false;
    if (c === '[' && seg[i + 1] === ':') {
      const close = seg.indexOf(':]', i + 2);
      if (close !== -1) {
        const name = seg.slice(i + 2, close);
        if (posixClasses[name] !== undefined) {
          body += posixClasses[name];
          i = close + 2;
          continue;
        }
      }
    }
    if (c === '\\' || c === ']' || c === '[' || c === '^') body += `\\${c}`;
    else body += c;
    i++;
  }
  return null;
}

// The compiled segments of one brace-expanded pattern: '**' (GLOBSTAR), a RegExp, or a string.
const GLOBSTAR = Symbol('globstar');
function compileGlob(pattern) {
  const segs = reduceSegments(pattern.split('/'));
  const out = [];
  for (let k = 0; k < segs.length; k++) {
    const seg = segs[k];
    if (seg === '**') {
      if (out[out.length - 1] !== GLOBSTAR) out.push(GLOBSTAR);
      continue;
    }
    const src = segmentRegex(seg);
    if (src === null) {
      out.push(seg);
    } else {
      // A leading dot must be spelled out; "." and ".." are never matched by magic.
      const dotGuard = seg[0] === '.' ? '' : '(?!\\.)';
      out.push(new RegExp(`^${dotGuard}(?!\\.\\.?$)${src}$`));
    }
  }
  return out;
}

// minimatch's matchOne: a ** inside the pattern may match no segment, but only while path
// segments remain; a trailing ** needs at least one; dot segments stop a **.
function matchSegments(file, fi, pat, pi) {
  const fl = file.length;
  const pl = pat.length;
  const isDotSegment = (f) => f.charCodeAt(0) === 46;
  for (; fi < fl && pi < pl; fi++, pi++) {
    const p = pat[pi];
    if (p === GLOBSTAR) {
      if (pi + 1 === pl) {
        for (; fi < fl; fi++) if (isDotSegment(file[fi])) return false;
        return true;
      }
      for (let fr = fi; fr < fl; fr++) {
        if (matchSegments(file, fr, pat, pi + 1)) return true;
        if (isDotSegment(file[fr])) break;
      }
      return false;
    }
    const f = file[fi];
    if (typeof p === 'string' ? f !== p : !p.test(f)) return false;
  }
  if (fi === fl) return pi === pl;
  // A path with one trailing separator still matches.
  return pi === pl && fi === fl - 1 && file[fi] === '';
}

// Drops "." and empty segments inside a path or pattern and folds "<name>/.." away, as minimatch
// does for both (its optimizationLevel 2), so "a/./b" and "a/x/../b" match "a/b".
function reduceSegments(parts) {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 1; i < parts.length - 1; i++) {
      const p = parts[i];
      if (i === 1 && p === '' && parts[0] === '') continue; // a UNC start "//"
      if (p === '.' || p === '') {
        parts.splice(i, 1);
        i--;
        changed = true;
      }
    }
    if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) {
      parts.pop();
      changed = true;
    }
    for (let dd = parts.indexOf('..', 1); dd !== -1; dd = parts.indexOf('..', dd + 1)) {
      const p = parts[dd - 1];
      if (p && p !== '.' && p !== '..' && p !== '**') {
        const keepDot = dd === 1 && parts[dd + 1] === '**';
        parts.splice(dd - 1, 2, ...(keepDot ? ['.'] : []));
        dd -= 2;
        changed = true;
        if (dd < 0) dd = 0;
      }
    }
  }
  return parts.length === 0 ? [''] : parts;
}

const globCache = new Map();

function matchesGlob(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  pattern = pattern.replace(/\\/g, '/');
  const file = reduceSegments((windows ? path.replace(/\\/g, '/') : path).split('/'));
  let compiled = globCache.get(pattern);
  if (compiled === undefined) {
    compiled = expandBraces(pattern).map(compileGlob);
    if (globCache.size > 256) globCache.clear();
    globCache.set(pattern, compiled);
  }
  // Windows drive letters match whatever their case ("C:\\x" and "c:/*").
  const isDrive = (seg) => typeof seg === 'string' && seg.length === 2 && seg.charCodeAt(1) === 58 &&
    isDriveLetter(seg.charCodeAt(0));
  if (windows && isDrive(file[0])) file[0] = file[0].toLowerCase();
  for (let pat of compiled) {
    if (windows && isDrive(pat[0]) && pat[0] !== pat[0].toLowerCase()) {
      pat = [pat[0].toLowerCase(), ...pat.slice(1)];
    }
    if (matchSegments(file, 0, pat, 0)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------- win32
// Windows paths, usable on every OS: roots are drive letters ("C:", "C:\"), UNC shares
// ("\\server\share"), device namespaces ("\\.\", "\\?\") and, since CVE-2024-36139's fix, the
// reserved device names ("CON:", "COM1:"), which normalize() keeps from turning into drive roots.

const isWinSep = (code) => code === 47 || code === 92;
const isDriveLetter = (code) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const startsWithDrive = (p) => p.length >= 2 && p.charCodeAt(1) === 58 && isDriveLetter(p.charCodeAt(0));

const reservedDeviceNames = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3',
]);
// Whether path up to colonIndex (-1: the whole string minus its last character) names a device.
function isReservedDevice(path, colonIndex) {
  return reservedDeviceNames.has(path.slice(0, colonIndex).toUpperCase());
}

// For a path that starts with two separators: the first two components of `\\first\second…`,
// or null when either is missing. shareEnd is the index after the second component.
function scanUNC(path) {
  const len = path.length;
  let j = 2;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  if (j === 2 || j === len) return null;
  const first = path.slice(2, j);
  while (j < len && isWinSep(path.charCodeAt(j))) j++;
  if (j === len) return null;
  const shareStart = j;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  return { first, shareStart, shareEnd: j };
}

// The root of one resolve() argument: its device ("C:", "\\server\share", "\\."), where the
// rest starts, and whether it is absolute.
function resolveRoot(path) {
  const len = path.length;
  const code = path.charCodeAt(0);
  if (len === 1) return { device: '', rootEnd: isWinSep(code) ? 1 : 0, absolute: isWinSep(code) };
  if (isWinSep(code)) {
    if (!isWinSep(path.charCodeAt(1))) return { device: '', rootEnd: 1, absolute: true };
    const unc = scanUNC(path);
    if (unc === null) return { device: '', rootEnd: 0, absolute: true };
    if (unc.first === '.' || unc.first === '?') return { device: `\\\\${unc.first}`, rootEnd: 4, absolute: true };
    return { device: `\\\\${unc.first}\\${path.slice(unc.shareStart, unc.shareEnd)}`, rootEnd: unc.shareEnd, absolute: true };
  }
  if (startsWithDrive(path)) {
    const absolute = len > 2 && isWinSep(path.charCodeAt(2));
    return { device: path.slice(0, 2), rootEnd: absolute ? 3 : 2, absolute };
  }
  return { device: '', rootEnd: 0, absolute: false };
}

// normalizeString for either separator, writing `sep`.
function normalizeWin(path, allowAboveRoot) {
  let res = '';
  let lastSegmentLength = 0;
  let lastSlash = -1;
  let dots = 0;
  let code = 0;
  for (let i = 0; i <= path.length; ++i) {
    if (i < path.length) code = path.charCodeAt(i);
    else if (isWinSep(code)) break;
    else code = 47;
    if (isWinSep(code)) {
      if (lastSlash === i - 1 || dots === 1) {
        // an empty or "." segment adds nothing
      } else if (dots === 2) {
        const endsInDotDot = res.length >= 2 && lastSegmentLength === 2 &&
          res.charCodeAt(res.length - 1) === 46 && res.charCodeAt(res.length - 2) === 46;
        if (!endsInDotDot && res.length > 2) {
          const cut = res.length - lastSegmentLength - 1;
          if (cut === -1) {
            res = '';
            lastSegmentLength = 0;
          } else {
            res = res.slice(0, cut);
            lastSegmentLength = res.length - 1 - res.lastIndexOf('\\');
          }
          lastSlash = i;
          dots = 0;
          continue;
        }
        if (!endsInDotDot && res.length !== 0) {
          res = '';
          lastSegmentLength = 0;
          lastSlash = i;
          dots = 0;
          continue;
        }
        if (allowAboveRoot) {
          res += res.length > 0 ? '\\..' : '..';
          lastSegmentLength = 2;
        }
      } else {
        const segment = path.slice(lastSlash + 1, i);
        res = res.length > 0 ? `${res}\\${segment}` : segment;
        lastSegmentLength = i - lastSlash - 1;
      }
      lastSlash = i;
      dots = 0;
    } else if (code === 46 && dots !== -1) {
      ++dots;
    } else {
      dots = -1;
    }
  }
  return res;
}

// The part of basename/extname/parse that scans the last component: its start, the end of its
// non-separator text, and where its extension starts (-1: none).
function lastComponent(path, from) {
  let startDot = -1;
  let startPart = from;
  let end = -1;
  let matchedSlash = true;
  let preDotState = 0;
  for (let i = path.length - 1; i >= from; --i) {
    const code = path.charCodeAt(i);
    if (isWinSep(code)) {
      if (!matchedSlash) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
    if (code === 46) {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  // A name without a dot inside it (".", "..", ".profile", "name") has no extension.
  if (startDot === -1 || end === -1 || preDotState === 0 ||
      (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) {
    startDot = -1;
  }
  return { startPart, end, startDot };
}

function cwdForWin32() {
  const cwd = process.cwd();
  return process.platform === 'win32' ? cwd : cwd.replace(/\//g, '\\');
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device.length === 0) {
        path = process.cwd();
        if (args.length === 0 ||
            (args.length === 1 && (args[0] === '' || args[0] === '.') && isWinSep(path.charCodeAt(0)))) {
          return cwdForWin32();
        }
      } else {
        // Each drive has its own working directory on Windows (the "=C:" variables); without
        // one for this drive, its root.
        path = process.env[`=${device}`] || process.cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== device.toLowerCase() && path.charCodeAt(2) === 92)) {
          path = `${device}\\`;
        }
      }
      const root = resolveRoot(path);
      if (root.device.length > 0) {
        if (device.length === 0) device = root.device;
        else if (root.device.toLowerCase() !== device.toLowerCase()) continue; // another drive
      }
      if (absolute) {
        if (device.length > 0) break;
        continue;
      }
      tail = `${path.slice(root.rootEnd)}\\${tail}`;
      absolute = root.absolute;
      if (absolute && device.length > 0) break;
    }
    tail = normalizeWin(tail, !absolute);
    return absolute ? `${device}\\${tail}` : `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const code = path.charCodeAt(0);
    if (len === 1) return code === 47 ? '\\' : path;
    let rootEnd = 0;
    let device;
    let absolute = false;
    if (isWinSep(code)) {
      absolute = true;
      if (isWinSep(path.charCodeAt(1))) {
        const unc = scanUNC(path);
        if (unc !== null) {
          if (unc.first === '.' || unc.first === '?') {
            device = `\\\\${unc.first}`;
            rootEnd = 4;
            // "\\?\COM1:…": the device name belongs to the root.
            const named = path.slice(4, path.indexOf(':') + 1);
            if (isReservedDevice(named, named.length - 1)) {
              device = `\\\\?\\${named}`;
              rootEnd = 4 + named.length;
            }
          } else if (unc.shareEnd === len) {
            return `\\\\${unc.first}\\${path.slice(unc.shareStart)}\\`;
          } else {
            device = `\\\\${unc.first}\\${path.slice(unc.shareStart, unc.shareEnd)}`;
            rootEnd = unc.shareEnd;
          }
        }
      } else {
        rootEnd = 1;
      }
    } else {
      const colon = path.indexOf(':');
      if (colon === 1 && isDriveLetter(code)) {
        device = path.slice(0, 2);
        rootEnd = 2;
        if (len > 2 && isWinSep(path.charCodeAt(2))) {
          absolute = true;
          rootEnd = 3;
        }
      } else if (colon > 0 && isReservedDevice(path, colon)) {
        device = path.slice(0, colon + 1);
        rootEnd = colon + 1;
      }
    }
    let tail = rootEnd < len ? normalizeWin(path.slice(rootEnd), !absolute) : '';
    if (tail.length === 0 && !absolute) tail = '.';
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';
    // A relative path with a colon must not normalize into something Windows reads as a drive
    // ("a/../c:x") or an alternate stream root (CVE-2024-36139): such results get ".\".
    if (!absolute && device === undefined && path.includes(':')) {
      if (startsWithDrive(tail)) return `.\\${tail}`;
      for (let c = path.indexOf(':'); c !== -1; c = path.indexOf(':', c + 1)) {
        if (c === len - 1 || isWinSep(path.charCodeAt(c + 1))) return `.\\${tail}`;
      }
    }
    if (isReservedDevice(path, path.indexOf(':'))) return `.\\${device === undefined ? '' : device}${tail}`;
    if (device === undefined) return absolute ? `\\${tail}` : tail;
    return absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    return isWinSep(path.charCodeAt(0)) || (len > 2 && startsWithDrive(path) && isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    let joined = parts.join('\\');
    // Leading separators collapse to one unless the first argument clearly starts a UNC path
    // (exactly two separators and then a name): join('//server', 'share') stays UNC.
    const first = parts[0];
    let leading = 0;
    while (leading < 3 && leading < first.length && isWinSep(first.charCodeAt(leading))) leading++;
    const uncIntended = leading === 2 && first.length > 2;
    if (!uncIntended) {
      while (leading < joined.length && isWinSep(joined.charCodeAt(leading))) leading++;
      if (leading >= 2) joined = `\\${joined.slice(leading)}`;
    }
    // With a reserved device name in a component ("CON:x") the result is not normalized, only
    // its forward slashes turned.
    const hasDevice = joined.split('\\').some((part) => {
      const colon = part.indexOf(':');
      return colon !== -1 && isReservedDevice(part, colon);
    });
    if (hasDevice) return joined.replace(/\//g, '\\');
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';
    if (fromOrig.length !== from.length || toOrig.length !== to.length) {
      // Lower-casing changed the length (some non-ASCII letters): compare component-wise.
      return relativeByComponents(fromOrig, toOrig);
    }
    const skipLeading = (s) => {
      let k = 0;
      while (k < s.length && s.charCodeAt(k) === 92) k++;
      return k;
    };
    const trimTrailing = (s, start) => {
      let k = s.length;
      while (k - 1 > start && s.charCodeAt(k - 1) === 92) k--;
      return k;
    };
    const fromStart = skipLeading(from);
    const fromEnd = trimTrailing(from, fromStart);
    const fromLen = fromEnd - fromStart;
    let toStart = skipLeading(to);
    const toEnd = trimTrailing(to, toStart);
    const toLen = toEnd - toStart;
    const length = Math.min(fromLen, toLen);
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const c = from.charCodeAt(fromStart + i);
      if (c !== to.charCodeAt(toStart + i)) break;
      if (c === 92) lastCommonSep = i;
    }
    if (i !== length) {
      if (lastCommonSep === -1) return toOrig; // different roots
    } else {
      if (toLen > length) {
        // `from` is a prefix of `to`: from "C:\a" to "C:\a\b", or from the root "C:\".
        if (to.charCodeAt(toStart + i) === 92) return toOrig.slice(toStart + i + 1);
        if (i === 2) return toOrig.slice(toStart + i);
      }
      if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === 92) lastCommonSep = i;
        else if (i === 2) lastCommonSep = 3;
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }
    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === 92) out += out.length === 0 ? '..' : '\\..';
    }
    toStart += lastCommonSep;
    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === 92) ++toStart;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === 92) {
      if (resolved.charCodeAt(1) === 92) {
        const c = resolved.charCodeAt(2);
        if (c !== 63 && c !== 46) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (startsWithDrive(resolved) && resolved.charCodeAt(2) === 92) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const code = path.charCodeAt(0);
    if (len === 1) return isWinSep(code) ? path : '.';
    let rootEnd = -1;
    if (isWinSep(code)) {
      rootEnd = 1;
      if (isWinSep(path.charCodeAt(1))) {
        const unc = scanUNC(path);
        if (unc !== null) {
          if (unc.shareEnd === len) return path; // a bare UNC root
          rootEnd = unc.shareEnd + 1;
        }
      }
    } else if (startsWithDrive(path)) {
      rootEnd = len > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2;
    }
    let end = -1;
    let matchedSlash = true;
    for (let i = len - 1; i >= Math.max(rootEnd, 0); --i) {
      if (isWinSep(path.charCodeAt(i))) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    const from = startsWithDrive(path) ? 2 : 0;
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      if (suffix === path) return '';
      return basenameWithoutSuffix(path, suffix, from);
    }
    const { startPart, end } = lastComponent(path, from);
    return end === -1 ? '' : path.slice(startPart, end);
  },

  extname(path) {
    validateString(path, 'path');
    const { startDot, end } = lastComponent(path, startsWithDrive(path) ? 2 : 0);
    return startDot === -1 ? '' : path.slice(startDot, end);
  },

  format: _format.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    const code = path.charCodeAt(0);
    if (len === 1) {
      if (isWinSep(code)) ret.root = ret.dir = path;
      else ret.base = ret.name = path;
      return ret;
    }
    let rootEnd = 0;
    if (isWinSep(code)) {
      rootEnd = 1;
      if (isWinSep(path.charCodeAt(1))) {
        const unc = scanUNC(path);
        if (unc !== null) rootEnd = unc.shareEnd === len ? len : unc.shareEnd + 1;
      }
    } else if (startsWithDrive(path)) {
      if (len === 2 || (len === 3 && isWinSep(path.charCodeAt(2)))) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = isWinSep(path.charCodeAt(2)) ? 3 : 2;
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
    const { startPart, end, startDot } = lastComponent(path, rootEnd);
    if (end !== -1) {
      ret.base = path.slice(startPart, end);
      if (startDot === -1) {
        ret.name = ret.base;
      } else {
        ret.name = path.slice(startPart, startDot);
        ret.ext = path.slice(startDot, end);
      }
    }
    ret.dir = startPart > 0 && startPart !== rootEnd ? path.slice(0, startPart - 1) : ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlob(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

// Component-wise relative() for paths whose lower-case form has another length.
function relativeByComponents(fromOrig, toOrig) {
  const fromSplit = fromOrig.split('\\');
  const toSplit = toOrig.split('\\');
  if (fromSplit[fromSplit.length - 1] === '') fromSplit.pop();
  if (toSplit[toSplit.length - 1] === '') toSplit.pop();
  const length = Math.min(fromSplit.length, toSplit.length);
  let i = 0;
  while (i < length && fromSplit[i].toLowerCase() === toSplit[i].toLowerCase()) i++;
  if (i === 0) return toOrig;
  if (i === length) {
    if (toSplit.length > length) return toSplit.slice(i).join('\\');
    if (fromSplit.length > length) return '..\\'.repeat(fromSplit.length - 1 - i) + '..';
    return '';
  }
  return '..\\'.repeat(fromSplit.length - i) + toSplit.slice(i).join('\\');
}

// basename(path, suffix) for win32: the suffix is cut only when the last component ends with
// it and is longer than it.
function basenameWithoutSuffix(path, suffix, from) {
  let start = from;
  let end = -1;
  let matchedSlash = true;
  let extIdx = suffix.length - 1;
  let firstNonSlashEnd = -1;
  for (let i = path.length - 1; i >= from; --i) {
    const code = path.charCodeAt(i);
    if (isWinSep(code)) {
      if (!matchedSlash) {
        start = i + 1;
        break;
      }
      continue;
    }
    if (firstNonSlashEnd === -1) {
      matchedSlash = false;
      firstNonSlashEnd = i + 1;
    }
    if (extIdx >= 0) {
      if (code === suffix.charCodeAt(extIdx)) {
        if (--extIdx === -1) end = i;
      } else {
        extIdx = -1;
        end = firstNonSlashEnd;
      }
    }
  }
  if (start === end) end = firstNonSlashEnd;
  else if (end === -1) end = path.length;
  return path.slice(start, end);
}

// _makeLong: the old name of toNamespacedPath, still exported by Node.
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;
posix.posix = win32.posix = posix;
posix.win32 = win32.win32 = win32;
module.exports = process.platform === 'win32' ? win32 : posix;
