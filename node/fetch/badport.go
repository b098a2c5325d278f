package fetch

import (
	"github.com/dop251/goja"
)

// badPorts is the fetch spec's port blocklist as undici (Node 24) has it: fetch and WebSocket
// refuse an http(s)/ws(s) URL whose port is listed, before connecting. Keys are the URL's port
// string as URL.port spells it (a default port is "" and never blocked).
var badPorts = map[string]bool{}

func init() {
	for _, p := range []string{
		"1", "7", "9", "11", "13", "15", "17", "19", "20", "21", "22", "23", "25", "37", "42", "43", "53",
		"69", "77", "79", "87", "95", "101", "102", "103", "104", "109", "110", "111", "113", "115", "117",
		"119", "123", "135", "137", "139", "143", "161", "179", "389", "427", "465", "512", "513", "514",
		"515", "526", "530", "531", "532", "540", "548", "554", "556", "563", "587", "601", "636", "989",
		"990", "993", "995", "1719", "1720", "1723", "2049", "3659", "4045", "4190", "5060", "5061", "6000",
		"6566", "6665", "6666", "6667", "6668", "6669", "6679", "6697", "10080",
	} {
		badPorts[p] = true
	}
}

// isBadPort returns the binding function isBadPort(urlPort) -> boolean.
func isBadPort(vm *goja.Runtime) func(goja.FunctionCall) goja.Value {
	yes, no := vm.ToValue(true), vm.ToValue(false)
	return func(c goja.FunctionCall) goja.Value {
		if badPorts[c.Argument(0).String()] {
			return yes
		}
		return no
	}
}
