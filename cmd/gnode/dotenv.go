package main

import (
	"strings"
)

// parseDotenv reads a .env file the way Node's --env-file does (src/node_dotenv.cc): KEY=VALUE
// lines, an optional "export " prefix, # comments, values in '…', "…" (where \n is a newline)
// or `…`, quoted values may span lines; unquoted ones are trimmed and end at " #".
func parseDotenv(src string) [][2]string {
	var out [][2]string
	src = strings.ReplaceAll(src, "\r\n", "\n")
	for len(src) > 0 {
		var line string
		line, src = cutLine(src)
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		eq := strings.IndexByte(line, '=')
		if eq < 0 {
			continue
		}
		key := strings.TrimSpace(line[:eq])
		key = strings.TrimSpace(strings.TrimPrefix(key, "export "))
		if key == "" {
			continue
		}
		value := strings.TrimLeft(line[eq+1:], " \t")
		if value != "" && (value[0] == '"' || value[0] == '\'' || value[0] == '`') {
			q := value[0]
			body := value[1:]
			end := strings.IndexByte(body, q)
			// a quoted value may continue on the following lines
			for end < 0 && len(src) > 0 {
				var next string
				next, src = cutLine(src)
				body += "\n" + next
				end = strings.IndexByte(body, q)
			}
			if end >= 0 {
				value = body[:end]
				if q == '"' {
					value = strings.ReplaceAll(value, `\n`, "\n")
				}
				out = append(out, [2]string{key, value})
				continue
			}
			value = line[eq+1:]
		}
		if i := strings.Index(value, " #"); i >= 0 {
			value = value[:i]
		} else if strings.HasPrefix(value, "#") {
			value = ""
		}
		out = append(out, [2]string{key, strings.TrimSpace(value)})
	}
	return out
}

func cutLine(s string) (string, string) {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}
