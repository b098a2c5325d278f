// stdout and stderr writes interleave in program order on their own pipes; console.error goes
// to stderr, console.info and console.debug to stdout.
console.log('out 1');
console.error('err 1');
process.stdout.write('out 2\n');
process.stderr.write('err 2\n');
console.info('info');
console.debug('debug');
console.warn('warn');
console.trace === undefined || console.error('has trace');
