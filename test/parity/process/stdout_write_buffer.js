// process.stdout.write takes Buffers and typed arrays, and an encoding for strings.
process.stdout.write(Buffer.from('buffer\n'));
process.stdout.write(new Uint8Array([104, 105, 10]));
process.stdout.write('68690a', 'hex');
process.stdout.write('aGkK', 'base64');
