'use strict';
// navigator: the few fields Node gives its global Navigator.

const { ERR_ILLEGAL_CONSTRUCTOR } = require('internal/errors').codes;
const { hardwareConcurrency } = internalBinding('internal/navigator');

const kInitialize = Symbol('kInitialize');

function platformName() {
  switch (process.platform) {
    case 'darwin': return 'MacIntel';
    case 'win32': return 'Win32';
    case 'linux':
      if (process.arch === 'ia32') return 'Linux i686';
      if (process.arch === 'x64') return 'Linux x86_64';
      return `Linux ${process.arch}`;
    case 'freebsd':
      if (process.arch === 'ia32') return 'FreeBSD i386';
      if (process.arch === 'x64') return 'FreeBSD amd64';
      return `FreeBSD ${process.arch}`;
    case 'openbsd':
      if (process.arch === 'ia32') return 'OpenBSD i386';
      if (process.arch === 'x64') return 'OpenBSD amd64';
      return `OpenBSD ${process.arch}`;
    case 'sunos':
      if (process.arch === 'ia32') return 'SunOS i86pc';
      return `SunOS ${process.arch}`;
    case 'aix':
      return 'AIX';
  }
  return `${process.platform[0].toUpperCase()}${process.platform.slice(1)} ${process.arch}`;
}

class Navigator {
  #languages;
  #userAgent;
  #platform;

  constructor(key) {
    if (key !== kInitialize) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get hardwareConcurrency() {
    return hardwareConcurrency();
  }

  // The engine has no Intl, so the language is ICU's default with no locale configured.
  get language() {
    return 'en-US';
  }

  get languages() {
    this.#languages ??= Object.freeze(['en-US']);
    return this.#languages;
  }

  get userAgent() {
    this.#userAgent ??= `Node.js/${process.version.slice(1, process.version.indexOf('.'))}`;
    return this.#userAgent;
  }

  get platform() {
    this.#platform ??= platformName();
    return this.#platform;
  }
}

const kEnumerableProperty = { __proto__: null, enumerable: true };
Object.defineProperties(Navigator.prototype, {
  hardwareConcurrency: kEnumerableProperty,
  language: kEnumerableProperty,
  languages: kEnumerableProperty,
  userAgent: kEnumerableProperty,
  platform: kEnumerableProperty,
});

module.exports = {
  navigator: new Navigator(kInitialize),
  Navigator,
};
