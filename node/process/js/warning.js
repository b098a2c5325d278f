'use strict';
// process.emitWarning and the default 'warning' printer (Node's lib/internal/process/warning.js).

let traceWarningHelperShown = false;
// --disable-warning=CODE|TYPE (repeatable)
let disabled;
{
  const list = internalBinding('internal/process/setup').disabledWarnings;
  if (list && list.length) disabled = new Set(list);
}

function lazyErrors() { return require('internal/errors'); }

function writeOut(message) {
  internalBinding('internal/process/setup').writeString(2, message + '\n');
}

function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += `${warning.stack}`;
  } else {
    msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceWarningHelperShown) {
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    const argv0 = basename(process.argv0 || 'node');
    msg += `\n(Use \`${argv0} ${flag} ...\` to show where the warning was created)`;
    traceWarningHelperShown = true;
  }
  writeOut(msg);
}

function basename(p) {
  const i = process.platform === 'win32' ? Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) : p.lastIndexOf('/');
  let b = i >= 0 ? p.slice(i + 1) : p;
  if (b.endsWith('.exe')) b = b.slice(0, -4);
  return b;
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('type', 'string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('code', 'string', code);
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // thrown on a later tick, so warnings emitted before it are printed first (as Node does)
    if (process.throwDeprecation) {
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  if (disabled !== undefined && (disabled.has(warning.code) || disabled.has(warning.name))) return;
  process.nextTick(doEmitWarning, warning);
}

function createWarningObject(warning, type, code, ctor, detail) {
  const limit = Error.stackTraceLimit;
  const w = new Error(warning);
  w.name = String(type || 'Warning');
  if (code !== undefined) w.code = code;
  if (detail !== undefined) w.detail = detail;
  void limit; void ctor;
  return w;
}

function doEmitWarning(warning) {
  process.emit('warning', warning);
}

function installDefaultListener() {
  process.on('warning', (w) => {
    if (process.noProcessWarnings) return;
    onWarning(w);
  });
}

module.exports = { emitWarning, onWarning, installDefaultListener };
