// os.getPriority/setPriority on a pid that does not exist: ERR_SYSTEM_ERROR (not an errno
// error) with the libuv error in info and errno/syscall getters; plus the argument errors.
const os = require('os');
const util = require('util');
function t(name, f) {
  try {
    const r = f();
    console.log(name, 'ok', typeof r);
  } catch (e) {
    console.log(name, util.inspect(e).split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));
    console.log(' keys', Object.keys(e), 'own', Object.getOwnPropertyNames(e).sort());
    console.log(' info', e.info, e instanceof Error, e.name, e.code, e.errno, e.syscall);
    console.log(' string', String(e));
  }
}
t('getPriority', () => os.getPriority(9999999));
t('setPriority', () => os.setPriority(9999999, 5));
t('getPriority str', () => os.getPriority('1'));
t('getPriority float', () => os.getPriority(1.5));
t('getPriority big', () => os.getPriority(2 ** 31));
t('setPriority range', () => os.setPriority(0, 20));
t('setPriority range low', () => os.setPriority(0, -21));
t('setPriority missing', () => os.setPriority());
t('getPriority self', () => os.getPriority());
t('getPriority 0', () => os.getPriority(0));
