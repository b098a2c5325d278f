// 'readable' emission when _read pushes synchronously vs asynchronously, read() inside
// 'readable', and that 'readable' is not emitted twice in one tick.
const { Readable } = require('stream');
function run(name, async) {
  return new Promise((resolve) => {
    const log = [];
    let i = 0;
    const r = new Readable({
      highWaterMark: 2,
      read() {
        i++;
        const v = i <= 3 ? 'c' + i : null;
        log.push('_read -> ' + v);
        if (async) process.nextTick(() => this.push(v));
        else this.push(v);
      },
    });
    r.on('readable', () => {
      let c;
      const got = [];
      while ((c = r.read()) !== null) got.push(String(c));
      log.push('readable [' + got.join(',') + ']');
    });
    r.on('end', () => { log.push('end'); console.log(name + '\n  ' + log.join('\n  ')); resolve(); });
  });
}
run('sync', false).then(() => run('async', true));
