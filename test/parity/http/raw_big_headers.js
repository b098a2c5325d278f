// A request whose headers exceed maxHeaderSize (16 KiB): 431 and a closed connection, or the
// HPE_HEADER_OVERFLOW clientError.
'use strict';
require('./_raw').run('GET / HTTP/1.1\r\nHost: h\r\nX: ' + 'a'.repeat(17000) + '\r\n\r\n');
