// Raw request "te_http10" against http.createServer: the response bytes, the 'request' or
// 'clientError' events (strict parsing as llhttp in Node 24; see node/http/parser_test.go).
'use strict';
require('./_raw').run("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
