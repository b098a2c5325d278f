package fs

import "testing"

// The Windows open rules are libuv's fs__open; these run on every OS.
func TestWinOpenParams(t *testing.T) {
	cases := []struct {
		name        string
		flags       int
		mode        uint32
		access      uint32
		disposition uint32
		readonly    bool
	}{
		{"r", winORdonly, 0o666, wFileGenericRead, wOpenExisting, false},
		{"r+", winORdwr, 0o666, wFileGenericRead | wFileGenericWrite, wOpenExisting, false},
		{"w", winOTrunc | winOCreat | winOWronly, 0o666, wFileGenericWrite, wCreateAlways, false},
		{"wx", winOTrunc | winOCreat | winOWronly | winOExcl, 0o666, wFileGenericWrite, wCreateNew, false},
		{"a", winOAppend | winOCreat | winOWronly, 0o666, wFileGenericWrite&^wFileWriteData | wFileAppendData, wOpenAlways, false},
		{"ax", winOAppend | winOCreat | winOWronly | winOExcl, 0o444, wFileGenericWrite&^wFileWriteData | wFileAppendData, wCreateNew, true},
		{"trunc only", winOTrunc | winORdwr, 0o666, wFileGenericRead | wFileGenericWrite, wTruncateExisting, false},
		{"read-only mode ignored without O_CREAT", winORdonly, 0o444, wFileGenericRead, wOpenExisting, false},
	}
	for _, c := range cases {
		p, ok := winOpenParams(c.flags, c.mode)
		if !ok {
			t.Errorf("%s: rejected", c.name)
			continue
		}
		if p.access != c.access || p.disposition != c.disposition {
			t.Errorf("%s: access %#x disposition %d, want %#x %d", c.name, p.access, p.disposition, c.access, c.disposition)
		}
		if got := p.attrs&wAttrReadonly != 0; got != c.readonly {
			t.Errorf("%s: read-only attribute %v, want %v", c.name, got, c.readonly)
		}
		if p.attrs&wFlagBackup == 0 {
			t.Errorf("%s: directories must open (FILE_FLAG_BACKUP_SEMANTICS)", c.name)
		}
	}
	if _, ok := winOpenParams(3, 0); ok {
		t.Error("O_WRONLY|O_RDWR accepted")
	}
	if _, ok := winOpenParams(winOSequentl|winORandom, 0); ok {
		t.Error("UV_FS_O_SEQUENTIAL|UV_FS_O_RANDOM accepted")
	}
	if p, _ := winOpenParams(winORdwr|winOTemporary, 0); p.attrs&wFlagDeleteOnClose == 0 || p.access&wDelete == 0 {
		t.Error("UV_FS_O_TEMPORARY does not delete on close")
	}
}

func TestWinMode(t *testing.T) {
	if got := winMode(winSIFREG, false); got != 0o100666 {
		t.Errorf("file mode %o, want 100666", got)
	}
	if got := winMode(winSIFREG, true); got != 0o100444 {
		t.Errorf("read-only file mode %o, want 100444", got)
	}
	if got := winMode(winSIFDIR, false); got != 0o40666 {
		t.Errorf("dir mode %o, want 40666", got)
	}
}

func TestWinSplitParent(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{`C:\a\b`, `C:\a`, true},
		{`C:\a`, "", false},
		{`a/b\c`, `a/b`, true},
		{`rel/dir`, `rel`, true},
		{`plain`, "", false},
	} {
		got, ok := winSplitParent(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("winSplitParent(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// fs.constants on Windows: Node exports only what the MSVC runtime and libuv define there.
func TestWinConstants(t *testing.T) {
	want := map[string]int{
		"O_RDONLY": 0, "O_WRONLY": 1, "O_RDWR": 2, "O_APPEND": 8, "O_CREAT": 256, "O_TRUNC": 512,
		"O_EXCL": 1024, "S_IFMT": 61440, "S_IFREG": 32768, "S_IFDIR": 16384, "S_IFCHR": 8192,
		"S_IFLNK": 40960, "S_IRUSR": 256, "S_IWUSR": 128, "UV_FS_O_FILEMAP": 536870912,
	}
	seen := map[string]bool{}
	for _, c := range winConstantList() {
		if seen[c.name] {
			t.Errorf("%s twice", c.name)
		}
		seen[c.name] = true
		if v, ok := want[c.name]; ok && v != c.value {
			t.Errorf("%s = %d, want %d", c.name, c.value, v)
		}
	}
	for name := range want {
		if !seen[name] {
			t.Errorf("%s missing", name)
		}
	}
	for _, absent := range []string{"O_SYNC", "O_NOFOLLOW", "S_IFIFO", "S_IFBLK", "S_IFSOCK", "O_NONBLOCK", "S_IXUSR"} {
		if seen[absent] {
			t.Errorf("%s exists on Windows in Node", absent)
		}
	}
}
