// exitCode and exit() accept integers and integer strings; other values throw.
for (const v of ['3', 1.5, 'abc', true, {}, null, undefined, 2 ** 31, -1]) {
  try {
    process.exitCode = v;
    console.log('exitCode =', v, '->', process.exitCode);
  } catch (e) {
    console.log('exitCode =', v, 'throws', e.code);
    console.log('  ', e.message);
  }
}
process.exitCode = undefined;
try {
  process.exit('x');
} catch (e) {
  console.log('exit("x") throws', e.code);
  console.log('  ', e.message);
}
process.exit('7');
