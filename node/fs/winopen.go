package fs

// The flag and mode rules of libuv's Windows fs__open, kept free of Windows imports so they are
// tested on every OS (fs_windows.go uses them).

// Node's fs.constants on Windows: the MSVC CRT's _O_* and _S_* values, as node_constants.cc
// exports them there.
const (
	winORdonly    = 0x0000
	winOWronly    = 0x0001
	winORdwr      = 0x0002
	winOAppend    = 0x0008
	winOCreat     = 0x0100
	winOTrunc     = 0x0200
	winOExcl      = 0x0400
	winOTemporary = 0x0040
	winOShortLive = 0x1000
	winOSequentl  = 0x0020
	winORandom    = 0x0010
	winOFilemap   = 0x20000000

	winSIFMT  = 0xF000
	winSIFREG = 0x8000
	winSIFDIR = 0x4000
	winSIFCHR = 0x2000
	winSIFLNK = 0xA000
	// S_IFIFO is not among Node's Windows constants, but libuv's fstat reports pipes with it
	winSIFIFO = 0x1000
	winSIREAD = 0x0100
	winSIWRIT = 0x0080
)

// winConstant is one entry of fs.constants.
type winConstant struct {
	name  string
	value int
}

// winConstantList is fs.constants as Node has it on Windows, in Node's order.
func winConstantList() []winConstant {
	return []winConstant{
		{"UV_FS_SYMLINK_DIR", 1}, {"UV_FS_SYMLINK_JUNCTION", 2},
		{"O_RDONLY", winORdonly}, {"O_WRONLY", winOWronly}, {"O_RDWR", winORdwr},
		{"UV_DIRENT_UNKNOWN", 0}, {"UV_DIRENT_FILE", 1}, {"UV_DIRENT_DIR", 2}, {"UV_DIRENT_LINK", 3},
		{"UV_DIRENT_FIFO", 4}, {"UV_DIRENT_SOCKET", 5}, {"UV_DIRENT_CHAR", 6}, {"UV_DIRENT_BLOCK", 7},
		{"S_IFMT", winSIFMT}, {"S_IFREG", winSIFREG}, {"S_IFDIR", winSIFDIR}, {"S_IFCHR", winSIFCHR},
		{"S_IFLNK", winSIFLNK},
		{"O_CREAT", winOCreat}, {"O_EXCL", winOExcl},
		{"UV_FS_O_FILEMAP", winOFilemap}, {"UV_FS_O_TEMPORARY", winOTemporary},
		{"UV_FS_O_SHORT_LIVED", winOShortLive}, {"UV_FS_O_SEQUENTIAL", winOSequentl},
		{"UV_FS_O_RANDOM", winORandom},
		{"O_TRUNC", winOTrunc}, {"O_APPEND", winOAppend},
		{"S_IRUSR", winSIREAD}, {"S_IWUSR", winSIWRIT},
		{"F_OK", 0}, {"R_OK", 4}, {"W_OK", 2}, {"X_OK", 1},
		{"UV_FS_COPYFILE_EXCL", 1}, {"COPYFILE_EXCL", 1},
		{"UV_FS_COPYFILE_FICLONE", 2}, {"COPYFILE_FICLONE", 2},
		{"UV_FS_COPYFILE_FICLONE_FORCE", 4}, {"COPYFILE_FICLONE_FORCE", 4},
	}
}

// Win32 values CreateFileW takes.
const (
	wFileGenericRead   = 0x00120089
	wFileGenericWrite  = 0x00120116
	wFileWriteData     = 0x0002
	wFileAppendData    = 0x0004
	wDelete            = 0x00010000
	wFileReadAttrs     = 0x0080
	wCreateNew         = 1
	wCreateAlways      = 2
	wOpenExisting      = 3
	wOpenAlways        = 4
	wTruncateExisting  = 5
	wAttrNormal        = 0x80
	wAttrReadonly      = 0x01
	wAttrTemporary     = 0x100
	wFlagBackup        = 0x02000000
	wFlagDeleteOnClose = 0x04000000
	wFlagSequential    = 0x08000000
	wFlagRandomAccess  = 0x10000000
)

// openParams are CreateFileW's access, creation disposition and flags for Node's open flags
// and mode, as libuv's fs__open derives them; ok is false for flags libuv rejects (EINVAL).
type openParams struct {
	access, disposition, attrs uint32
}

func winOpenParams(flags int, mode uint32) (openParams, bool) {
	var p openParams
	switch flags & (winORdonly | winOWronly | winORdwr) {
	case winORdonly:
		p.access = wFileGenericRead
	case winOWronly:
		p.access = wFileGenericWrite
	case winORdwr:
		p.access = wFileGenericRead | wFileGenericWrite
	default:
		return p, false
	}
	if flags&winOAppend != 0 {
		p.access &^= wFileWriteData
		p.access |= wFileAppendData
	}
	switch flags & (winOCreat | winOExcl | winOTrunc) {
	case 0, winOExcl:
		p.disposition = wOpenExisting
	case winOCreat:
		p.disposition = wOpenAlways
	case winOCreat | winOExcl, winOCreat | winOTrunc | winOExcl:
		p.disposition = wCreateNew
	case winOTrunc, winOTrunc | winOExcl:
		p.disposition = wTruncateExisting
	case winOCreat | winOTrunc:
		p.disposition = wCreateAlways
	}
	p.attrs = wAttrNormal
	if flags&winOCreat != 0 && mode&winSIWRIT == 0 {
		p.attrs |= wAttrReadonly
	}
	if flags&winOTemporary != 0 {
		p.attrs |= wFlagDeleteOnClose
		p.access |= wDelete
	}
	if flags&winOShortLive != 0 {
		p.attrs |= wAttrTemporary
	}
	switch flags & (winOSequentl | winORandom) {
	case winOSequentl:
		p.attrs |= wFlagSequential
	case winORandom:
		p.attrs |= wFlagRandomAccess
	case winOSequentl | winORandom:
		return p, false
	}
	// directories open too, as in libuv (reading one then fails with EISDIR)
	p.attrs |= wFlagBackup
	return p, true
}

// winMode is the st_mode libuv's stat reports on Windows: the type, and rw for everyone or r
// for everyone when the file is read-only.
func winMode(typ uint32, readonly bool) int64 {
	perm := uint32(winSIREAD|winSIWRIT) | (winSIREAD|winSIWRIT)>>3 | (winSIREAD|winSIWRIT)>>6
	if readonly {
		perm = winSIREAD | winSIREAD>>3 | winSIREAD>>6
	}
	return int64(typ | perm)
}

// winSplitParent cuts a path at its last separator, either slash, as Node's MKDirpSync does
// with kPathSeparator on Windows; ok is false at a root.
func winSplitParent(p string) (string, bool) {
	for i := len(p) - 1; i > 0; i-- {
		if p[i] == '\\' || p[i] == '/' {
			parent := p[:i]
			if len(parent) == 2 && parent[1] == ':' {
				return "", false // "C:" is a drive, not a directory to make
			}
			return parent, true
		}
	}
	return "", false
}
