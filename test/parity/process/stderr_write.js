// process.stderr.write goes to stderr, with callback.
process.stderr.write('to stderr\n', () => console.log('stderr callback'));
process.stderr.write('no newline');
process.stdout.write('to stdout\n');
