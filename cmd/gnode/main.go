// Command gnode runs Node.js programs: `gnode app.js` does what `node app.js` does.
//
// This file is the command line only: it turns flags into runtime.Options and hands over.
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/gnode-dev/gnode/node/tty"
	"github.com/gnode-dev/gnode/runtime"
)

// defaultGCPercent is the collector's target when GOGC is not set. JS programs allocate many
// short-lived objects; at Go's default of 100 the collector runs about twice as often for ~15%
// more CPU on allocation-heavy scripts (bench/cpu), while a 200 target costs a few MB of RSS.
const defaultGCPercent = 200

func main() {
	// Node ignores SIGPIPE: a write to a closed pipe fails with EPIPE instead of killing gnode.
	tty.HandleSIGPIPE()
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(defaultGCPercent)
	}
	// GNODE_CPUPROFILE=file writes a Go CPU profile of the whole run (for gnode's developers).
	if f := os.Getenv("GNODE_CPUPROFILE"); f != "" {
		if out, err := os.Create(f); err == nil {
			_ = pprof.StartCPUProfile(out)
			code := run(os.Args, os.Stdin, os.Stdout, os.Stderr)
			pprof.StopCPUProfile()
			out.Close()
			exit(code)
		}
	}
	// GNODE_JSPROFILE=file writes goja's profile of JavaScript functions (pprof format): where the
	// interpreter spends its time, by JS function, which the Go profile cannot show.
	if f := os.Getenv("GNODE_JSPROFILE"); f != "" {
		if out, err := os.Create(f); err == nil {
			_ = goja.StartProfile(out)
			code := run(os.Args, os.Stdin, os.Stdout, os.Stderr)
			goja.StopProfile()
			out.Close()
			exit(code)
		}
	}
	code := run(os.Args, os.Stdin, os.Stdout, os.Stderr)
	// GNODE_MEMPROFILE=file writes a Go allocation profile at exit.
	if f := os.Getenv("GNODE_MEMPROFILE"); f != "" {
		if out, err := os.Create(f); err == nil {
			_ = pprof.Lookup("allocs").WriteTo(out, 0)
			out.Close()
		}
	}
	exit(code)
}

// exit puts terminals in raw mode back as they were (libuv's uv_tty_reset_mode) and ends the
// process.
func exit(code int) {
	tty.RestoreModes()
	os.Exit(code)
}

// flagKind says how a known flag takes its value.
type flagKind int

const (
	flagBool    flagKind = iota // --flag
	flagValue                   // --flag=value or --flag value
	flagIgnored                 // accepted for compatibility; no effect in gnode
)

// knownFlags are the Node options gnode understands. Options that tune V8 or tooling gnode does
// not have are accepted and ignored so that scripts and NODE_OPTIONS written for Node still run.
var knownFlags = map[string]flagKind{
	"--eval": flagValue, "--print": flagBool, "--require": flagValue, "--input-type": flagValue,
	"--unhandled-rejections": flagValue, "--no-warnings": flagBool, "--no-deprecation": flagBool,
	"--trace-warnings": flagBool, "--trace-deprecation": flagBool, "--throw-deprecation": flagBool,
	"--trace-uncaught": flagBool, "--pending-deprecation": flagBool, "--check": flagBool,
	"--interactive": flagBool, "--version": flagBool, "--help": flagBool, "--title": flagValue,
	"--disable-warning": flagValue, "--stack-trace-limit": flagValue, "--conditions": flagValue,
	"--experimental-strip-types": flagIgnored, "--no-experimental-strip-types": flagIgnored,
	"--experimental-transform-types": flagIgnored, "--enable-source-maps": flagIgnored,
	"--expose-gc": flagIgnored, "--expose_gc": flagIgnored, "--max-old-space-size": flagValue,
	"--max-semi-space-size": flagValue, "--stack-size": flagValue, "--preserve-symlinks": flagBool,
	"--preserve-symlinks-main": flagBool, "--experimental-vm-modules": flagIgnored,
	"--experimental-require-module": flagIgnored, "--no-experimental-require-module": flagIgnored,
	"--experimental-detect-module": flagIgnored, "--no-experimental-detect-module": flagIgnored,
	"--harmony": flagIgnored, "--no-addons": flagIgnored, "--frozen-intrinsics": flagIgnored,
	"--experimental-default-type": flagValue, "--no-experimental-fetch": flagIgnored,
	"--experimental-global-webcrypto": flagIgnored, "--experimental-sqlite": flagIgnored,
	"--experimental-websocket": flagIgnored, "--no-experimental-websocket": flagIgnored,
	"--experimental-test-coverage": flagIgnored, "--test": flagBool, "--watch": flagBool,
	"--env-file": flagValue, "--env-file-if-exists": flagValue, "--import": flagValue,
	"--loader": flagValue, "--experimental-loader": flagValue, "--use-strict": flagBool,
	"--test-reporter": flagValue, "--test-reporter-destination": flagValue,
	"--test-name-pattern": flagValue, "--test-skip-pattern": flagValue, "--test-only": flagBool,
	"--test-concurrency": flagValue, "--test-timeout": flagValue, "--test-force-exit": flagBool,
	"--test-isolation": flagValue, "--experimental-test-isolation": flagValue,
	"--experimental-test-module-mocks": flagIgnored, "--experimental-test-snapshots": flagIgnored,
	"--test-update-snapshots": flagBool, "--test-shard": flagValue,
	"--zero-fill-buffers": flagIgnored, "--abort-on-uncaught-exception": flagBool,
	"--tls-min-v1.0": flagBool, "--tls-min-v1.1": flagBool, "--tls-min-v1.2": flagBool,
	"--tls-min-v1.3": flagBool, "--tls-max-v1.2": flagBool, "--tls-max-v1.3": flagBool,
	"--dns-result-order": flagValue, "--network-family-autoselection": flagBool,
	"--no-network-family-autoselection": flagBool, "--network-family-autoselection-attempt-timeout": flagValue,
}

// notInNodeOptions are the options Node refuses in NODE_OPTIONS.
var notInNodeOptions = map[string]bool{
	"--eval": true, "--print": true, "--check": true, "--interactive": true, "--version": true,
	"--help": true, "--test": true, "--watch": true, "--expose-gc": true, "--expose_gc": true,
}

var shortFlags = map[string]string{
	"-e": "--eval", "-p": "--print", "-r": "--require", "-v": "--version", "-h": "--help",
	"-c": "--check", "-i": "--interactive", "-C": "--conditions",
}

type cli struct {
	opts       runtime.Options
	eval       *string
	print      bool
	version    bool
	help       bool
	check      bool
	test       bool
	script     string
	fromStdin  bool
	scriptArgs []string
	execArgv   []string
}

// parseArgs follows Node's rules: options come first; the first non-option is the script and
// everything after it belongs to the script; "--" ends the options.
func parseArgs(args []string, fromEnv bool, c *cli) error {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			if !fromEnv {
				c.execArgv = append(c.execArgv, args[:i]...)
				rest := args[i+1:]
				if c.eval == nil && len(rest) > 0 {
					c.script, rest = rest[0], rest[1:]
				}
				c.scriptArgs = append(c.scriptArgs, rest...)
				return nil
			}
			continue
		}
		if a == "-" {
			if !fromEnv {
				// Node keeps "-" in process.argv, where a script path would be
				c.execArgv = append(c.execArgv, args[:i]...)
				c.fromStdin = true
				c.scriptArgs = append(c.scriptArgs, args[i:]...)
				return nil
			}
			continue
		}
		if a == "-pe" {
			// Node's one combined alias: --print --eval
			c.print = true
			if i+1 >= len(args) {
				return fmt.Errorf("%s requires an argument", a)
			}
			i++
			v := args[i]
			c.eval = &v
			continue
		}
		if !strings.HasPrefix(a, "-") {
			if fromEnv {
				return fmt.Errorf("bad option: %s", a)
			}
			c.execArgv = append(c.execArgv, args[:i]...)
			if c.eval != nil {
				c.scriptArgs = append(c.scriptArgs, args[i:]...)
			} else {
				c.script = a
				c.scriptArgs = append(c.scriptArgs, args[i+1:]...)
			}
			return nil
		}
		name, value, hasValue := strings.Cut(a, "=")
		if long, ok := shortFlags[name]; ok {
			name = long
		}
		name = strings.ReplaceAll(name, "_", "-")
		if strings.HasPrefix(name, "--") && !strings.HasPrefix(name, "---") {
			name = "--" + strings.ReplaceAll(name[2:], "_", "-")
		}
		kind, ok := knownFlags[name]
		if !ok {
			return fmt.Errorf("bad option: %s", a)
		}
		if fromEnv && notInNodeOptions[name] {
			return fmt.Errorf("%s is not allowed in NODE_OPTIONS", a)
		}
		if kind == flagValue && !hasValue {
			if i+1 >= len(args) {
				return fmt.Errorf("%s requires an argument", a)
			}
			i++
			value = args[i]
		}
		switch name {
		case "--eval":
			v := value
			c.eval = &v
		case "--print":
			c.print = true
			if hasValue {
				v := value
				c.eval = &v
			} else if c.eval == nil && i+1 < len(args) && !strings.HasPrefix(args[i+1], "-") {
				i++
				v := args[i]
				c.eval = &v
			}
		case "--require":
			c.opts.Require = append(c.opts.Require, value)
		case "--input-type":
			if value != "module" && value != "commonjs" && value != "module-typescript" && value != "commonjs-typescript" {
				return fmt.Errorf("--input-type must be \"module\" or \"commonjs\"")
			}
			c.opts.InputType = value
		case "--unhandled-rejections":
			switch value {
			case "throw", "strict", "warn", "none", "warn-with-error-code":
				c.opts.UnhandledRejections = value
			default:
				return fmt.Errorf("invalid value for --unhandled-rejections")
			}
		case "--version":
			c.version = true
		case "--help":
			c.help = true
		case "--check":
			c.check = true
		case "--test":
			c.test = true
		}
		c.opts.Flags = append(c.opts.Flags, name+"="+value)
	}
	if !fromEnv {
		c.execArgv = append(c.execArgv, args...)
	}
	if c.hasFlag("--tls-min-v1.3") && c.hasFlag("--tls-max-v1.2") {
		return fmt.Errorf("either --tls-min-v1.3 or --tls-max-v1.2 can be used, not both")
	}
	return nil
}

func (c *cli) hasFlag(name string) bool {
	for _, f := range c.opts.Flags {
		if f == name+"=" {
			return true
		}
	}
	return false
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	exe, err := os.Executable()
	if err != nil {
		exe = args[0]
	}
	var c cli
	c.opts.Stdin, c.opts.Stdout, c.opts.Stderr = stdin, stdout, stderr
	if env := os.Getenv("NODE_OPTIONS"); env != "" {
		if err := parseArgs(strings.Fields(env), true, &c); err != nil {
			msg := err.Error()
			if rest, ok := strings.CutPrefix(msg, "bad option: "); ok {
				msg = rest + " is not allowed in NODE_OPTIONS"
			}
			fmt.Fprintf(stderr, "%s: %s\n", exe, msg)
			return 9
		}
	}
	if err := parseArgs(args[1:], false, &c); err != nil {
		fmt.Fprintf(stderr, "%s: %s\n", exe, err)
		return 9
	}
	if c.version {
		fmt.Fprintln(stdout, runtime.Version)
		return 0
	}
	if c.help {
		fmt.Fprint(stdout, usage)
		return 0
	}
	c.opts.ExecPath = exe
	c.opts.Argv0 = args[0]
	c.opts.ExecArgv = c.execArgv
	if code := loadEnvFiles(&c, exe, stderr); code != 0 {
		return code
	}

	if c.test && c.eval == nil {
		// gnode --test [patterns...]: every argument is a test file or glob; node:test's runner
		// runs each file in a child gnode.
		patterns := c.scriptArgs
		if c.script != "" {
			patterns = append([]string{c.script}, patterns...)
		}
		quoted := make([]string, len(patterns))
		for i, p := range patterns {
			quoted[i] = strconv.Quote(p)
		}
		c.opts.Args = nil
		rt, err := runtime.New(c.opts)
		if err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", exe, err)
			return 1
		}
		src := "require('node:test')[Symbol.for('gnode.internal.runTestCLI')]([" + strings.Join(quoted, ",") + "])"
		return rt.RunEval(src, false, "[eval]")
	}

	var source, name string
	switch {
	case c.eval != nil:
		source, name = *c.eval, "[eval]"
	case c.script == "" || c.fromStdin:
		b, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", exe, err)
			return 1
		}
		source, name = string(b), "[stdin]"
	}
	if name != "" {
		c.opts.Args = c.scriptArgs
		rt, err := runtime.New(c.opts)
		if err != nil {
			fmt.Fprintf(stderr, "%s: %v\n", exe, err)
			return 1
		}
		return rt.RunEval(source, c.print, name)
	}
	script := c.script
	if abs, err := filepath.Abs(script); err == nil {
		script = abs
	}
	c.opts.Args = c.scriptArgs
	c.opts.Script = script
	rt, err := runtime.New(c.opts)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", exe, err)
		return 1
	}
	if c.check {
		return rt.CheckSyntax(script)
	}
	return rt.RunMain(script)
}

// loadEnvFiles applies --env-file / --env-file-if-exists: the process environment wins over the
// files, as in Node.
func loadEnvFiles(c *cli, exe string, stderr io.Writer) int {
	env := os.Environ()
	have := map[string]bool{}
	for _, kv := range env {
		k, _, _ := strings.Cut(kv, "=")
		have[k] = true
	}
	loaded := false
	for _, f := range c.opts.Flags {
		name, file, _ := strings.Cut(f, "=")
		if name != "--env-file" && name != "--env-file-if-exists" {
			continue
		}
		data, err := os.ReadFile(file)
		if err != nil {
			if name == "--env-file" {
				fmt.Fprintf(stderr, "%s: %s: not found\n", exe, file)
				return 9
			}
			fmt.Fprintf(stderr, "%s not found. Continuing without it.\n", file)
			continue
		}
		for _, kv := range parseDotenv(string(data)) {
			if have[kv[0]] {
				continue
			}
			have[kv[0]] = true
			env = append(env, kv[0]+"="+kv[1])
			loaded = true
		}
	}
	if loaded {
		c.opts.Env = env
	}
	return 0
}

const usage = `Usage: gnode [options] [ script.js ] [arguments]

Options:
  -                           script read from stdin (default if no file name is provided)
  --                          indicate the end of node options
  -c, --check                 syntax check script without executing
  -e, --eval=...              evaluate script
  -h, --help                  print node command line options
  --input-type=...            set module type for string input
  --no-deprecation            silence deprecation warnings
  --no-warnings               silence all process warnings
  -p, --print [...]           evaluate script and print result
  -r, --require=...           CommonJS module to preload (option can be repeated)
  --throw-deprecation         throw an exception on deprecations
  --trace-deprecation         show stack traces on deprecations
  --trace-uncaught            show stack traces for the throw behind uncaught exceptions
  --trace-warnings            show stack traces on process warnings
  --unhandled-rejections=...  define unhandled rejections behavior: throw (default), strict,
                              warn, none, warn-with-error-code
  -v, --version               print Node.js version

Environment variables:
  NODE_OPTIONS                set CLI options in the environment
  NODE_PATH                   ':'-separated list of directories prefixed to the module search path

gnode is Node.js v24 rebuilt in Go; its own version is in process.versions.gnode.
`
