// More than 1000 header fields: Node's parser gives HPE_HEADER_OVERFLOW (431) at the 1001st.
'use strict';
require('./_raw').run('GET / HTTP/1.1\r\nHost: h\r\n' + 'a: b\r\n'.repeat(999) + '\r\n');
require('./_raw').run('GET / HTTP/1.1\r\nHost: h\r\n' + 'a: b\r\n'.repeat(1000) + '\r\n');
