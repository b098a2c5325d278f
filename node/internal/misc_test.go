package internal

import "testing"

func TestErrorsHelpersJS(t *testing.T) {
	vm, _ := bareRuntime(t)
	v, err := vm.RunString(`(function () {
	const e = require('internal/errors');
	const out = [];
	e.E('ERR_TEST_LOCAL', 'Local %s message', RangeError);
	e.E('ERR_TEST_FN', function(a) { this.extra = a; return 'fn ' + a; }, TypeError);
	const l = new e.codes.ERR_TEST_LOCAL('x');
	out.push(String(l), l.stack.split('\n')[0]);
	const f = new e.codes.ERR_TEST_FN(1);
	out.push(String(f), f.extra, Object.keys(f).join());
	const H = e.codes.ERR_INVALID_ARG_TYPE.HideStackFramesError;
	const h = new H('a', 'string', 1);
	out.push(h instanceof e.codes.ERR_INVALID_ARG_TYPE, h.constructor === TypeError, String(h));
	const r = new e.codes.ERR_INVALID_ARG_VALUE.RangeError.HideStackFramesError('a', 1);
	out.push(r.name, r.constructor === RangeError);
	const agg = e.aggregateTwoErrors(new Error('inner'), Object.assign(new Error('outer'), { code: 'X' }));
	out.push(agg.constructor.name, agg.message, agg.code, agg.errors.length);
	out.push(e.aggregateTwoErrors(null, 5), e.isStackOverflowError(new Error('x')));
	out.push(e.addNumericalSeparator('1234567'), e.addNumericalSeparator('-1234'), e.addNumericalSeparator('123'));
	const w = e.hideStackFrames(function inner(x) { return x * 2; });
	out.push(w(2), w.withoutStackTrace(3));
	out.push(e.formatList(['a', 'b'], 'or'), e.formatList([]));
	try { new e.codes.ERR_UNKNOWN_SIGNAL(); } catch (x) { out.push(x.code); }
	const na = new e.NodeAggregateError([Object.assign(new Error('a'), { code: 'C' })], 'm');
	out.push(na.code, e.kIsNodeError in na);
	return JSON.stringify(out); })()`)
	if err != nil {
		t.Fatal(err)
	}
	want := `["RangeError [ERR_TEST_LOCAL]: Local x message","RangeError [ERR_TEST_LOCAL]: Local x message",` +
		`"TypeError [ERR_TEST_FN]: fn 1",1,"code,extra",true,true,` +
		`"TypeError [ERR_INVALID_ARG_TYPE]: The \"a\" argument must be of type string. Received type number (1)",` +
		`"RangeError",true,"AggregateError","outer","X",2,5,false,"1_234_567","-1_234","123",4,6,"a or b","",` +
		`"ERR_INTERNAL_ASSERTION","C",true]`
	if v.String() != want {
		t.Errorf("got  %s\nwant %s", v, want)
	}
}

func TestLegacyFunctionForms(t *testing.T) {
	vm, _ := bareRuntime(t)
	v, err := vm.RunString(`(function () {
	const e = require('internal/errors');
	return [e.uvException({ errno: -2, syscall: 'open', path: 'p' }).message,
		e.exceptionWithHostPort(-111, 'connect', '::1', 8080).message,
		e.errnoException(-13, 'kill').code,
		e.uvExceptionWithHostPort(-98, 'listen', '0.0.0.0', 80).message,
		e.dnsException(-3007, 'getaddrinfo', 'h').code].join('|'); })()`)
	if err != nil {
		t.Fatal(err)
	}
	want := "ENOENT: no such file or directory, open 'p'|connect ECONNREFUSED ::1:8080|EACCES|listen EADDRINUSE: address already in use 0.0.0.0:80|ENOTFOUND"
	if v.String() != want {
		t.Errorf("got  %s\nwant %s", v, want)
	}
}
