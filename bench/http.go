package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// httpSpec drives one http case: a server script started as `runtime server.js PORT` (it prints
// "listening" when ready), then either wrk against it or, with Idle > 0, that many idle
// keep-alive connections held open while the server's RSS is read.
type httpSpec struct {
	Server    string
	WrkArgs   []string
	Lua       string // wrk script (for POST bodies)
	Method    string // of the checksum request
	Body      string
	Idle      int
	conns     int
	durationS float64
}

const jsonBody = `{"id":12345,"name":"gnode","tags":["a","b","c"],"nested":{"x":1.5,"y":[1,2,3]},"ok":true}`

func httpCases(c *config, dir string) []*Case {
	hello := filepath.Join(dir, "hello.server.js")
	echo := filepath.Join(dir, "json-echo.server.js")
	idle := filepath.Join(dir, "hello-idle.server.js")
	mk := func(name string, spec *httpSpec) *Case {
		spec.conns, spec.durationS = c.httpConns, c.httpDuration.Seconds()
		if spec.Method == "" {
			spec.Method = "GET"
		}
		return &Case{Category: "http", Name: name, HTTP: spec, Requires: []string{"node:http"}}
	}
	return []*Case{
		mk("hello-keepalive", &httpSpec{Server: hello}),
		mk("hello-no-keepalive", &httpSpec{Server: hello, WrkArgs: []string{"-H", "Connection: close"}}),
		mk("json-echo", &httpSpec{Server: echo, Method: "POST", Body: jsonBody,
			Lua: "wrk.method = \"POST\"\nwrk.body = '" + jsonBody + "'\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"}),
		mk("idle-10k-conns", &httpSpec{Server: idle, Idle: 10000}),
	}
}

func (h *httpSpec) describe() string {
	srv := "bench/http/" + filepath.Base(h.Server)
	if h.Idle > 0 {
		return fmt.Sprintf("%s; %d idle keep-alive connections, server RSS", srv, h.Idle)
	}
	s := fmt.Sprintf("%s; wrk -t1 -c%d -d%gs --latency", srv, h.conns, h.durationS)
	for _, a := range h.WrkArgs {
		if strings.Contains(a, " ") {
			a = "'" + a + "'"
		}
		s += " " + a
	}
	if h.Lua != "" {
		s += " -s post.lua (" + h.Method + " JSON)"
	}
	return s
}

var wrkOnce sync.Once
var wrkPath, wrkErr = "", error(nil)

// ensureWrk finds wrk, installing Debian's package with apt-get when it is missing.
func ensureWrk(c *config) (string, error) {
	wrkOnce.Do(func() {
		if p, err := exec.LookPath("wrk"); err == nil {
			wrkPath = p
			return
		}
		c.logf("wrk is missing: apt-get install -y wrk")
		install := func() error {
			cmd := exec.Command("apt-get", "install", "-y", "-q", "wrk")
			cmd.Env = append(os.Environ(), "DEBIAN_FRONTEND=noninteractive")
			out, err := cmd.CombinedOutput()
			if err != nil {
				return fmt.Errorf("%v: %s", err, firstLine(string(out)))
			}
			return nil
		}
		if err := install(); err != nil {
			_ = exec.Command("apt-get", "update", "-q").Run()
			if err := install(); err != nil {
				wrkErr = fmt.Errorf("wrk not installed (apt-get install wrk: %v)", err)
				return
			}
		}
		wrkPath, wrkErr = exec.LookPath("wrk")
	})
	return wrkPath, wrkErr
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func (r *runner) runHTTP(bin string, cs *Case) (Sample, string, error) {
	spec := cs.HTTP
	var wrk string
	if spec.Idle == 0 {
		var err error
		if wrk, err = ensureWrk(r.cfg); err != nil {
			return Sample{}, "", err
		}
	}
	port, err := freePort()
	if err != nil {
		return Sample{}, "", err
	}
	ctx, cancel := context.WithTimeout(context.Background(), r.cfg.timeout)
	defer cancel()
	srv := exec.CommandContext(ctx, bin, spec.Server, strconv.Itoa(port))
	srv.Dir = filepath.Dir(spec.Server)
	stdout, err := srv.StdoutPipe()
	if err != nil {
		return Sample{}, "", err
	}
	var stderr strings.Builder
	srv.Stderr = &stderr
	if err := srv.Start(); err != nil {
		return Sample{}, "", err
	}
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		_ = srv.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { _ = srv.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			_ = srv.Process.Kill()
			<-done
		}
	}
	defer stop()
	ready := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		sent := false
		for sc.Scan() {
			if !sent && strings.HasPrefix(sc.Text(), "listening") {
				ready <- true
				sent = true
			}
		}
		if !sent {
			ready <- false
		}
	}()
	select {
	case ok := <-ready:
		if !ok {
			stop()
			return Sample{}, "", fmt.Errorf("server exited: %s", firstLine(stderr.String()))
		}
	case <-time.After(15 * time.Second):
		return Sample{}, "", fmt.Errorf("server did not print 'listening' within 15s")
	}
	base := fmt.Sprintf("http://127.0.0.1:%d/", port)
	sum, err := checkRequest(base, spec)
	if err != nil {
		return Sample{}, "", err
	}
	var s Sample
	start := time.Now()
	if spec.Idle > 0 {
		conns, err := openIdle(port, spec.Idle)
		defer func() {
			for _, c := range conns {
				c.Close()
			}
		}()
		if err != nil {
			return Sample{}, "", err
		}
		s.WallMs = float64(time.Since(start).Microseconds()) / 1000
		time.Sleep(time.Second)
		s.RSSKB = vmRSS(srv.Process.Pid)
		// the RSS only means something if the server still holds every connection
		open := openFDs(srv.Process.Pid)
		stop()
		if open >= 0 && open < spec.Idle {
			return Sample{}, "", fmt.Errorf("the server holds %d descriptors, fewer than the %d idle connections", open, spec.Idle)
		}
	} else {
		args := []string{"-t1", fmt.Sprintf("-c%d", spec.conns), fmt.Sprintf("-d%gs", spec.durationS), "--latency"}
		args = append(args, spec.WrkArgs...)
		if spec.Lua != "" {
			lua := filepath.Join(r.cfg.tmp, "post.lua")
			if err := os.WriteFile(lua, []byte(spec.Lua), 0o644); err != nil {
				return Sample{}, "", err
			}
			args = append(args, "-s", lua)
		}
		args = append(args, base)
		out, err := exec.Command(wrk, args...).CombinedOutput()
		s.WallMs = float64(time.Since(start).Microseconds()) / 1000
		if err != nil {
			return Sample{}, "", fmt.Errorf("wrk: %v: %s", err, firstLine(string(out)))
		}
		if s.RPS, s.P99Ms, err = parseWrk(string(out)); err != nil {
			return Sample{}, "", err
		}
		stop()
		s.RSSKB = maxRSS(srv.ProcessState)
	}
	return s, sum, nil
}

// checkRequest makes one request and returns "status body" as the checksum.
func checkRequest(base string, spec *httpSpec) (string, error) {
	client := &http.Client{Timeout: 10 * time.Second}
	req, err := http.NewRequest(spec.Method, base, strings.NewReader(spec.Body))
	if err != nil {
		return "", err
	}
	if spec.Body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := client.Do(req)
	if err != nil {
		return "", fmt.Errorf("check request: %v", err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", fmt.Errorf("check request: %v", err)
	}
	return fmt.Sprintf("%d %s", resp.StatusCode, strings.TrimSpace(string(b))), nil
}

// openIdle opens n keep-alive connections, each after one complete request, 64 at a time.
func openIdle(port, n int) ([]net.Conn, error) {
	conns := make([]net.Conn, n)
	errs := make(chan error, n)
	sem := make(chan struct{}, 64)
	var wg sync.WaitGroup
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	for i := 0; i < n; i++ {
		wg.Add(1)
		sem <- struct{}{}
		go func(i int) {
			defer wg.Done()
			defer func() { <-sem }()
			c, err := net.DialTimeout("tcp", addr, 10*time.Second)
			if err != nil {
				errs <- err
				return
			}
			conns[i] = c
			_ = c.SetDeadline(time.Now().Add(20 * time.Second))
			if _, err := io.WriteString(c, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"); err != nil {
				errs <- err
				return
			}
			resp, err := http.ReadResponse(bufio.NewReader(c), nil)
			if err != nil {
				errs <- err
				return
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			_ = c.SetDeadline(time.Time{})
		}(i)
	}
	wg.Wait()
	close(errs)
	var out []net.Conn
	for _, c := range conns {
		if c != nil {
			out = append(out, c)
		}
	}
	if err := <-errs; err != nil {
		return out, fmt.Errorf("idle connections: %v", err)
	}
	return out, nil
}

// openFDs counts a process's open file descriptors (-1 where /proc cannot say).
func openFDs(pid int) int {
	ents, err := os.ReadDir(fmt.Sprintf("/proc/%d/fd", pid))
	if err != nil {
		return -1
	}
	return len(ents)
}

func vmRSS(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			var kb int64
			fmt.Sscanf(strings.TrimSpace(v), "%d", &kb)
			return kb
		}
	}
	return 0
}

var (
	reRPS   = regexp.MustCompile(`Requests/sec:\s+([0-9.]+)`)
	reP99   = regexp.MustCompile(`(?m)^\s+99%\s+([0-9.]+)(us|ms|s|m)\s*$`)
	reNon2x = regexp.MustCompile(`Non-2xx or 3xx responses:\s+(\d+)`)
)

func parseWrk(out string) (rps, p99ms float64, err error) {
	m := reRPS.FindStringSubmatch(out)
	if m == nil {
		return 0, 0, fmt.Errorf("wrk: no Requests/sec in output: %s", firstLine(out))
	}
	rps, _ = strconv.ParseFloat(m[1], 64)
	if n := reNon2x.FindStringSubmatch(out); n != nil {
		return 0, 0, fmt.Errorf("wrk: %s non-2xx responses", n[1])
	}
	if p := reP99.FindStringSubmatch(out); p != nil {
		v, _ := strconv.ParseFloat(p[1], 64)
		switch p[2] {
		case "us":
			v /= 1000
		case "s":
			v *= 1000
		case "m":
			v *= 60000
		}
		p99ms = v
	}
	return rps, p99ms, nil
}
