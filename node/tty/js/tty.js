'use strict';
// node:tty. The stream classes are the ones process.stdout and process.stdin are instances of
// (internal/process/stdio); isatty asks the process binding, as process.stdout.isTTY does.

const binding = internalBinding('internal/process/setup');
const stdio = require('internal/process/stdio');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.isatty(fd);
}

function validateFd(fd) {
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) {
    throw new (require('internal/errors').codes.ERR_INVALID_FD)(fd);
  }
}

class ReadStream extends stdio.ReadStream {
  constructor(fd, options) {
    validateFd(fd);
    super(fd, options);
    this.isTTY = true;
  }
}

class WriteStream extends stdio.WriteStream {
  constructor(fd) {
    validateFd(fd);
    super(fd);
    this.isTTY = true; // the class is a TTY's, whatever fd is
  }
}

module.exports = { isatty, ReadStream, WriteStream };
