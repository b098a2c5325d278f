// link, symlink (relative target, 'dir'/'file'/'junction' type), readlink (utf8 and buffer),
// realpath and realpath.native through links, and the errors for loops and existing paths.
const fs = require('fs');
const { dir, file } = require('./_tmp');
const { err, clean } = require('./_show');
fs.mkdirSync(file('real'));
fs.writeFileSync(file('real/f'), 'data');
fs.symlinkSync('real', file('dlink'), 'dir');
fs.symlinkSync('real/f', file('flink'));
fs.symlinkSync(file('real/f'), file('abs'), 'file');
fs.linkSync(file('real/f'), file('hard'));
console.log('nlink', fs.statSync(file('real/f')).nlink, fs.readFileSync(file('hard'), 'utf8'));
console.log('readlink', fs.readlinkSync(file('dlink')), fs.readlinkSync(file('flink')), clean(fs.readlinkSync(file('abs'))));
console.log('readlink buffer', Buffer.isBuffer(fs.readlinkSync(file('flink'), 'buffer')), fs.readlinkSync(file('flink'), { encoding: 'hex' }));
const rp = fs.realpathSync(dir);
const strip = (s) => s.split(rp).join('<real>');
console.log('realpath', strip(fs.realpathSync(file('dlink/f'))), strip(fs.realpathSync.native(file('flink'))));
console.log('realpath buffer', Buffer.isBuffer(fs.realpathSync(file('flink'), 'buffer')));
fs.symlinkSync('loop2', file('loop1'));
fs.symlinkSync('loop1', file('loop2'));
try { fs.realpathSync(file('loop1')); } catch (e) { console.log('loop', err(e)); }
try { fs.realpathSync.native(file('loop1')); } catch (e) { console.log('loop native', err(e)); }
try { fs.statSync(file('loop1')); } catch (e) { console.log('stat loop', err(e)); }
try { fs.symlinkSync('x', file('flink')); } catch (e) { console.log('symlink exists', err(e)); }
try { fs.linkSync(file('real'), file('hdir')); } catch (e) { console.log('link dir', err(e)); }
fs.symlinkSync('nowhere', file('dangling'));
console.log('dangling exists', fs.existsSync(file('dangling')), fs.lstatSync(file('dangling')).isSymbolicLink());
fs.realpath(file('dlink'), (e, p) => {
  console.log('cb realpath', e, strip(p));
  fs.realpath.native(file('flink'), (e, p) => {
    console.log('cb native', e, strip(p));
    fs.readlink(file('dlink'), async (e, t) => {
      console.log('cb readlink', e, t);
      console.log('promises', await fs.promises.readlink(file('flink')), strip(await fs.promises.realpath(file('dlink'))));
      await fs.promises.symlink('real', file('plink'));
      await fs.promises.link(file('real/f'), file('phard'));
      console.log('promise links', fs.readlinkSync(file('plink')), fs.statSync(file('real/f')).nlink);
      await fs.promises.readlink(file('real')).catch((e) => console.log('readlink dir', err(e)));
    });
  });
});
