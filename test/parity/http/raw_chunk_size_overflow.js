// Raw request "chunk_size_overflow" against http.createServer: the response bytes, the 'request' or
// 'clientError' events (strict parsing as llhttp in Node 24; see node/http/parser_test.go).
'use strict';
require('./_raw').run("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFF\r\nabc\r\n0\r\n\r\n");
