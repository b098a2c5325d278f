// Raw request "bare_cr_reqline" against http.createServer: the response bytes, the 'request' or
// 'clientError' events (strict parsing as llhttp in Node 24; see node/http/parser_test.go).
'use strict';
require('./_raw').run("GET / HTTP/1.1\rHost: a\r\n\r\n");
