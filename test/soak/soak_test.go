// Package soak holds the long tests: gnode kept busy on large data for minutes, checking that
// the result is exact and that memory stays flat. They are part of `go test ./...` and so of CI
// (a 1 GB round trip takes one to four minutes on the 2-core machines, well inside CI's 30);
// -short or GNODE_SOAK=0 skips them:
//
//	go test -v -timeout 30m ./test/soak
//
// GNODE_SOAK_MB=64 makes the data smaller for a quick check.
package soak

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The pipeline of the issue: createReadStream -> Transform -> gzip -> gunzip -> createWriteStream.
const pipelineJS = `
const fs = require('fs');
const zlib = require('zlib');
const { pipeline, Transform } = require('stream');
const [src, dst] = process.argv.slice(2);
let bytes = 0;
const count = new Transform({
  transform(chunk, enc, cb) { bytes += chunk.length; cb(null, chunk); },
});
pipeline(fs.createReadStream(src), count, zlib.createGzip(), zlib.createGunzip(), fs.createWriteStream(dst), (err) => {
  if (err) { console.error(err); process.exit(1); }
  console.log(JSON.stringify({ bytes }));
});
`

// soakSize is 1 GB, or GNODE_SOAK_MB megabytes.
func soakSize(t *testing.T) int64 {
	if v := os.Getenv("GNODE_SOAK_MB"); v != "" {
		mb, err := strconv.Atoi(v)
		if err != nil {
			t.Fatalf("GNODE_SOAK_MB=%q", v)
		}
		return int64(mb) << 20
	}
	return 1 << 30
}

const maxRSS = 150 << 20

func TestGzipRoundTrip1GB(t *testing.T) {
	if testing.Short() {
		t.Skip("long test (minutes): skipped with -short")
	}
	if os.Getenv("GNODE_SOAK") == "0" {
		t.Skip("long test (minutes): skipped with GNODE_SOAK=0")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "gnode")
	build := exec.Command("go", "build", "-o", bin, "../../cmd/gnode")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	readSources()
	size := soakSize(t)
	src := filepath.Join(dir, "in.bin")
	if err := writeInput(src, size); err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(dir, "soak.js")
	if err := os.WriteFile(script, []byte(pipelineJS), 0o644); err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(dir, "out.bin")
	cmd := exec.Command(bin, script, src, dst)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		t.Fatalf("gnode: %v\nstdout: %s\nstderr: %s", err, stdout.String(), stderr.String())
	}
	elapsed := time.Since(start)
	var res struct{ Bytes int64 }
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil || res.Bytes != size {
		t.Fatalf("the Transform saw %d bytes of %d (%q)", res.Bytes, size, stdout.String())
	}
	rss := peakRSS(cmd.ProcessState)
	t.Logf("%d MB in %v (%.1f MB/s), peak RSS %.1f MB", size>>20, elapsed.Round(time.Millisecond),
		float64(size)/(1<<20)/elapsed.Seconds(), float64(rss)/(1<<20))
	if rss > maxRSS {
		t.Errorf("peak RSS %.1f MB, over the %d MB budget", float64(rss)/(1<<20), maxRSS>>20)
	}
	if err := sameFiles(src, dst); err != nil {
		t.Fatal(err)
	}
}

// writeInput writes size bytes that gzip compresses moderately: text-like runs with a varying
// counter, so neither the compressor nor the decompressor gets an easy ride.
func writeInput(path string, size int64) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	var written int64
	var x uint64 = 88172645463325252
	for i := 0; written < size; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		line := fmt.Sprintf("%08d %016x the quick brown fox %d jumps over the lazy dog\n", i, x, x%977)
		if int64(len(line)) > size-written {
			line = line[:size-written]
		}
		n, err := w.WriteString(line)
		if err != nil {
			f.Close()
			return err
		}
		written += int64(n)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func sameFiles(a, b string) error {
	fa, err := os.Open(a)
	if err != nil {
		return err
	}
	defer fa.Close()
	fb, err := os.Open(b)
	if err != nil {
		return err
	}
	defer fb.Close()
	ra, rb := bufio.NewReaderSize(fa, 1<<20), bufio.NewReaderSize(fb, 1<<20)
	bufA, bufB := make([]byte, 1<<16), make([]byte, 1<<16)
	var off int64
	for {
		na, ea := io.ReadFull(ra, bufA)
		nb, eb := io.ReadFull(rb, bufB)
		if na != nb || !bytes.Equal(bufA[:na], bufB[:nb]) {
			for i := 0; i < na && i < nb; i++ {
				if bufA[i] != bufB[i] {
					return fmt.Errorf("output differs from input at byte %d", off+int64(i))
				}
			}
			return fmt.Errorf("output length differs from input near byte %d", off+int64(min(na, nb)))
		}
		off += int64(na)
		if ea != nil || eb != nil {
			if (ea == io.EOF || ea == io.ErrUnexpectedEOF) && (eb == io.EOF || eb == io.ErrUnexpectedEOF) {
				return nil
			}
			return fmt.Errorf("reading: %v / %v", ea, eb)
		}
	}
}

// readSources reads every source and embedded file gnode is built from, so that go test's cache
// (which knows only the files a test opens) reruns this test when any of them changes.
func readSources() {
	list := exec.Command("go", "list", "-deps", "-f",
		`{{if .Module}}{{if .Module.Main}}{{$d := .Dir}}{{range .GoFiles}}{{$d}}/{{.}}{{"\n"}}{{end}}{{range .EmbedFiles}}{{$d}}/{{.}}{{"\n"}}{{end}}{{end}}{{end}}`,
		"../../cmd/gnode")
	out, err := list.Output()
	if err != nil {
		return
	}
	for _, f := range append(strings.Fields(string(out)), "../../go.mod", "../../go.sum") {
		_, _ = os.ReadFile(f)
	}
}
