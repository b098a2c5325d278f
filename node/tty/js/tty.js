'use strict';
// node:tty. ReadStream and WriteStream are net.Sockets over a terminal handle, as in Node;
// process.stdin/stdout are made of them when the fd is a terminal.

const binding = internalBinding('internal/tty');
const net = require('net');
const { codes } = require('internal/errors');
const { getColorDepth, hasColors } = require('internal/tty');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.isatty(fd);
}

function ttyHandle(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new codes.ERR_INVALID_FD(fd);
  // libuv's uv_tty_init refuses only files and what it cannot identify
  const type = binding.guessHandleType(fd);
  if (type === 'FILE' || type === 'UNKNOWN' || type === 'INVALID') {
    throw new codes.ERR_TTY_INIT_FAILED({ errno: -22, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init' });
  }
  const { StdioHandle } = require('internal/process/stdio');
  return new StdioHandle(fd, 'TTY');
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  const handle = ttyHandle(fd);
  net.Socket.call(this, { readableHighWaterMark: 0, handle, manualStart: true, ...options });
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(ReadStream, net.Socket);

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = !!flag;
  const err = this._handle?.setRawMode(flag);
  if (err) {
    this.emit('error', new (require('internal/errors').ErrnoException)(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  const handle = ttyHandle(fd);
  net.Socket.call(this, { readableHighWaterMark: 0, handle, manualStart: true });
  this._handle.setBlocking(true);
  const winSize = [0, 0];
  const err = this._handle.getWindowSize(winSize);
  if (!err) {
    this.columns = winSize[0];
    this.rows = winSize[1];
  }
}
Object.setPrototypeOf(WriteStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(WriteStream, net.Socket);

WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

WriteStream.prototype._refreshSize = function() {
  const oldCols = this.columns;
  const oldRows = this.rows;
  const winSize = [0, 0];
  const err = this._handle.getWindowSize(winSize);
  if (err) {
    this.emit('error', new (require('internal/errors').ErrnoException)(err, 'getWindowSize'));
    return;
  }
  const [newCols, newRows] = winSize;
  if (oldCols !== newCols || oldRows !== newRows) {
    this.columns = newCols;
    this.rows = newRows;
    this.emit('resize');
  }
};

WriteStream.prototype.cursorTo = function(x, y, cb) { return require('readline').cursorTo(this, x, y, cb); };
WriteStream.prototype.moveCursor = function(dx, dy, cb) { return require('readline').moveCursor(this, dx, dy, cb); };
WriteStream.prototype.clearLine = function(dir, cb) { return require('readline').clearLine(this, dir, cb); };
WriteStream.prototype.clearScreenDown = function(cb) { return require('readline').clearScreenDown(this, cb); };
WriteStream.prototype.getWindowSize = function() { return [this.columns, this.rows]; };

module.exports = { isatty, ReadStream, WriteStream };
