package host

import (
	"strconv"
	"sync"
)

// threadPool is libuv's threadpool: at most max goroutines (UV_THREADPOOL_SIZE, default 4,
// clamped to [1, 1024] as libuv does) run queued work in FIFO order. One pool serves every
// builtin of a runtime (fs, zlib…), as in Node. Workers start when work is queued and end when
// the queue is empty, so an idle runtime holds no goroutines.
type threadPool struct {
	mu      sync.Mutex
	queue   []func()
	workers int
	max     int
}

func newThreadPool(env map[string]string) *threadPool {
	n := 4
	if v, err := strconv.Atoi(env["UV_THREADPOOL_SIZE"]); err == nil {
		n = v
	}
	return &threadPool{max: max(1, min(n, 1024))}
}

func (p *threadPool) submit(fn func()) {
	p.mu.Lock()
	p.queue = append(p.queue, fn)
	if p.workers < p.max {
		p.workers++
		go p.work()
	}
	p.mu.Unlock()
}

func (p *threadPool) work() {
	for {
		p.mu.Lock()
		if len(p.queue) == 0 {
			p.workers--
			p.mu.Unlock()
			return
		}
		fn := p.queue[0]
		p.queue[0] = nil
		p.queue = p.queue[1:]
		p.mu.Unlock()
		fn()
	}
}

// QueueWork runs fn on the runtime's threadpool (libuv's uv_queue_work). fn runs off the loop
// goroutine: it must not touch the VM, and posts its completion with Loop.Post.
func (h *Host) QueueWork(fn func()) {
	h.poolOnce.Do(func() { h.pool = newThreadPool(h.Env) })
	h.pool.submit(fn)
}
