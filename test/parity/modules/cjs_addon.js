// .node files: native addons cannot load in gnode; the error is still an Error with a code.

try {
  require('pkg-addon');
} catch (e) {
  console.log(e instanceof Error, typeof e.message === 'string');
}
