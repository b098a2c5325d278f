'use strict';
// internal/net: address classification shared by net, dns and dgram.

const { isIP: ipFamily } = internalBinding('internal/tcp_wrap');

function isIP(s) {
  return ipFamily(`${s}`);
}

function isIPv4(s) {
  return isIP(s) === 4;
}

function isIPv6(s) {
  return isIP(s) === 6;
}

// writeString(socket, data, encoding, cb) is set by net: http's one-write responses use it.
// serverSocket(server, handle) is set by net: the socket of an accepted connection, which http
// makes late for a connection it accepted with server[kAcceptFast](handle) returning true;
// closedServerSocket(server, bytesRead, bytesWritten) the one of such a connection closed first.
module.exports = {
  isIP, isIPv4, isIPv6, writeString: null, serverSocket: null, closedServerSocket: null,
  kAcceptFast: Symbol('kAcceptFast'),
};
