// process.cwd and chdir with relative paths, and a failing chdir.
console.log('cwd', process.cwd());
process.chdir('fixtures/sub');
console.log('after chdir', process.cwd());
process.chdir('../..');
console.log('back', process.cwd());
process.chdir('..');
console.log('parent', process.cwd());
process.chdir('process');
try {
  process.chdir('does-not-exist');
} catch (e) {
  console.log(e.code, e.syscall, e.errno, e.path, e.dest);
  console.log(e.message);
}
console.log('still', process.cwd());
