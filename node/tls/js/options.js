'use strict';
// NODE_TLS_REJECT_UNAUTHORIZED, read as Node's internal/options does on every TLS client
// connection (tls.connect, https, fetch, WebSocket): '0' disables verification, with one
// warning per process.

let warned = false;

function getAllowUnauthorized() {
  const allow = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  if (allow && !warned) {
    warned = true;
    process.emitWarning("Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to '0' " +
      'makes TLS connections and HTTPS requests insecure by disabling certificate verification.');
  }
  return allow;
}

module.exports = { getAllowUnauthorized };
