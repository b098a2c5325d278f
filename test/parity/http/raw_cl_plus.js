// Raw request "cl_plus" against http.createServer: the response bytes, the 'request' or
// 'clientError' events (strict parsing as llhttp in Node 24; see node/http/parser_test.go).
'use strict';
require('./_raw').run("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: +3\r\n\r\nabc");
