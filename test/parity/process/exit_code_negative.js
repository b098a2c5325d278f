// A negative exit code wraps around to 255.
process.on('exit', (c) => console.log('exit listener sees', c));
process.exit(-1);
