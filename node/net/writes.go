//go:build linux || darwin || windows

package net

import "time"

// writesPending reports whether the writer goroutine has queued writes or is still writing.
func (c *Conn) writesPending() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.queue) > 0 || c.writerAlive
}

// WaitWrites waits, at most max, until the writer goroutine has written everything queued, so
// that the next Write can be tried at once again. http waits so when it hands a connection whose
// small responses were written behind (Go-owned connections) to the JS socket, which needs
// Node's synchronous write outcome; the kernel takes such bytes in microseconds unless the peer
// stopped reading.
func (c *Conn) WaitWrites(max time.Duration) {
	deadline := time.Now().Add(max)
	for c.writesPending() && time.Now().Before(deadline) {
		time.Sleep(20 * time.Microsecond)
	}
}
