// Which console methods write to stdout and which to stderr.
console.log('log -> stdout');
console.info('info -> stdout');
console.debug('debug -> stdout');
console.error('error -> stderr');
console.warn('warn -> stderr');
console.log();
console.error();
console.log('multiple', 'args', 1, true, null, undefined);
