// ERR_MODULE_NOT_FOUND for a relative file and for a package.

try { await import('./fixtures/nope.mjs'); } catch (e) { console.log(e.code, e.message); }
try { await import('no-such-pkg-at-all'); } catch (e) { console.log(e.code, e.message); }
try { await import('./fixtures/dir'); } catch (e) { console.log(e.code, e.message); }
try { await import('./fixtures/a'); } catch (e) { console.log(e.code, e.message); }
