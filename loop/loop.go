// Package loop is gnode's event loop: libuv's model in Go.
//
// One goroutine (the one that calls Run) owns the loop and, through it, the JavaScript runtime.
// Everything else reaches the loop through Post, which is safe from any goroutine. Work that keeps
// the process alive holds a reference (Ref/Unref, or a ref'd timer or immediate), exactly like a
// ref'd libuv handle: Run returns when nothing ref'd is left.
//
// Each iteration runs the phases in Node's order: timers, pending, poll, check, close. The loop
// itself knows nothing about JavaScript; the runtime wraps each callback so that the nextTick queue
// and the promise jobs drain after it.
package loop

import (
	"container/heap"
	"sync"
	"time"
)

// Loop is an event loop. Create one with New; only the goroutine running Run may call its
// methods, except where a method's comment says otherwise.
type Loop struct {
	start time.Time
	now   time.Duration // cached loop time, updated once per iteration like uv_update_time

	timers     timerHeap
	timerLists map[float64]*timerList
	refTimer   int     // ref'd active timers
	timersNow  float64 // the loop time the current timers phase runs at

	immediates    []*Immediate
	refImmediates int

	pending []func() // callbacks deferred to the pending phase
	closing []func() // close callbacks, run in the close phase

	mu     sync.Mutex
	posted []func()
	wake   chan struct{}
	refs   int // outstanding Ref()s: I/O in flight, open handles

	stopped bool
	ran     time.Time // when Run first started (performance.nodeTiming.loopStart)

	// BeforeBlock, if set, runs right before the loop would block in poll (used by tests).
	BeforeBlock func()
}

// New returns an empty loop.
func New() *Loop {
	return &Loop{start: time.Now(), wake: make(chan struct{}, 1)}
}

// Now is the loop's cached time in milliseconds since the loop started (uv_now).
func (l *Loop) Now() float64 {
	return float64(l.now) / float64(time.Millisecond)
}

// NowDuration is Now as a duration.
func (l *Loop) NowDuration() time.Duration { return l.now }

// UpdateTime refreshes the cached loop time (uv_update_time).
func (l *Loop) UpdateTime() { l.now = time.Since(l.start) }

// HRTime returns the monotonic time since the loop was created, with full resolution.
func (l *Loop) HRTime() time.Duration { return time.Since(l.start) }

// StartTime is the wall clock time at which the loop was created.
func (l *Loop) StartTime() time.Time { return l.start }

// RunStarted is when Run was first called; false while the main script still runs.
func (l *Loop) RunStarted() (time.Time, bool) { return l.ran, !l.ran.IsZero() }

// Post queues fn to run on the loop goroutine during the poll phase. Safe from any goroutine.
// Post alone does not keep the loop alive: a goroutine doing work for the loop holds a Ref taken
// on the loop goroutine and posts a closure that calls Unref.
func (l *Loop) Post(fn func()) {
	l.mu.Lock()
	l.posted = append(l.posted, fn)
	l.mu.Unlock()
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// Ref keeps the loop alive until a matching Unref. Loop goroutine only.
func (l *Loop) Ref() { l.refs++ }

// Unref releases a reference taken with Ref. Loop goroutine only.
func (l *Loop) Unref() { l.refs-- }

// Refs reports the outstanding references, for diagnostics and tests.
func (l *Loop) Refs() int { return l.refs }

// Defer queues fn for the pending phase of the next iteration (uv's pending queue).
func (l *Loop) Defer(fn func()) { l.pending = append(l.pending, fn) }

// OnClose queues fn for the close phase of this iteration.
func (l *Loop) OnClose(fn func()) { l.closing = append(l.closing, fn) }

// Stop makes Run return after the callback that is running now.
func (l *Loop) Stop() { l.stopped = true }

// Stopped reports whether Stop was called.
func (l *Loop) Stopped() bool { return l.stopped }

// Alive reports whether anything ref'd remains (uv_loop_alive).
func (l *Loop) Alive() bool {
	if l.refTimer > 0 || l.refImmediates > 0 || l.refs > 0 || len(l.pending) > 0 || len(l.closing) > 0 {
		return true
	}
	l.mu.Lock()
	n := len(l.posted)
	l.mu.Unlock()
	return n > 0
}

// Timer is a one-shot timer whose callback runs in the timers phase.
//
// Timers are kept as Node keeps them (lib/internal/timers.js): one FIFO list per duration, and
// a priority queue of lists ordered by their earliest expiry. When several timers are due at
// once, Node runs a whole list before the next; a single heap of timers would order them
// differently.
type Timer struct {
	loop     *Loop
	list     *timerList
	prev     *Timer
	next     *Timer
	start    float64 // loop time (ms) when armed
	duration float64 // ms
	active   bool
	ref      bool
	Callback func()
}

type timerList struct {
	duration float64
	expiry   float64
	index    int // in the priority queue
	head     *Timer
	tail     *Timer
}

// NewTimer creates an inactive, ref'd timer.
func (l *Loop) NewTimer(cb func()) *Timer {
	return &Timer{loop: l, ref: true, Callback: cb}
}

// NowMs is the cached loop time in whole milliseconds, as libuv's uv_now.
func (l *Loop) NowMs() float64 { return float64(l.now / time.Millisecond) }

// Start arms the timer to fire duration ms from now. Like Node's getLibuvNow(), it refreshes the
// loop's time first, so work done since the iteration began counts. Starting an armed timer
// re-arms it at the end of its list, like Node's timer.refresh().
func (t *Timer) Start(duration float64) {
	t.loop.UpdateTime()
	t.StartFrom(t.loop.NowMs(), duration)
}

// StartFrom arms the timer to fire duration ms after loop time start (ms): an interval is
// re-armed from the time its callback began, as Node's listOnTimeout does, so a slow callback
// does not make the interval drift.
func (t *Timer) StartFrom(start, duration float64) {
	l := t.loop
	if t.active {
		t.unlink()
	} else {
		t.active = true
		if t.ref {
			l.refTimer++
		}
	}
	t.start = start
	t.duration = duration
	list := l.timerLists[duration]
	if list == nil {
		list = &timerList{duration: duration, expiry: t.start + duration}
		if list.expiry < l.NowMs() {
			list.expiry = l.NowMs()
		}
		if l.timerLists == nil {
			l.timerLists = map[float64]*timerList{}
		}
		l.timerLists[duration] = list
		heap.Push(&l.timers, list)
	}
	t.list = list
	t.prev = list.tail
	t.next = nil
	if list.tail != nil {
		list.tail.next = t
	} else {
		list.head = t
	}
	list.tail = t
}

func (t *Timer) unlink() {
	list := t.list
	if t.prev != nil {
		t.prev.next = t.next
	} else {
		list.head = t.next
	}
	if t.next != nil {
		t.next.prev = t.prev
	} else {
		list.tail = t.prev
	}
	t.prev, t.next, t.list = nil, nil, nil
	// An empty list stays queued until its expiry comes round, as in Node; runTimers drops it.
}

// Stop disarms the timer.
func (t *Timer) Stop() {
	if !t.active {
		return
	}
	t.unlink()
	t.active = false
	if t.ref {
		t.loop.refTimer--
	}
}

// Active reports whether the timer is armed.
func (t *Timer) Active() bool { return t.active }

// StartTime is the loop time (ms) at which the timer was last armed.
func (t *Timer) StartTime() float64 { return t.start }

// SetRef sets whether the timer keeps the loop alive.
func (t *Timer) SetRef(ref bool) {
	if t.ref == ref {
		return
	}
	t.ref = ref
	if t.active {
		if ref {
			t.loop.refTimer++
		} else {
			t.loop.refTimer--
		}
	}
}

// HasRef reports whether the timer is ref'd.
func (t *Timer) HasRef() bool { return t.ref }

type timerHeap []*timerList

func (h timerHeap) Len() int           { return len(h) }
func (h timerHeap) Less(i, j int) bool { return h[i].expiry < h[j].expiry }
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}
func (h *timerHeap) Push(x any) {
	t := x.(*timerList)
	t.index = len(*h)
	*h = append(*h, t)
}
func (h *timerHeap) Pop() any {
	old := *h
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*h = old[:n-1]
	return t
}

// Immediate is a callback for the check phase (setImmediate).
type Immediate struct {
	loop      *Loop
	Callback  func()
	ref       bool
	cancelled bool
	queued    bool
}

// SetImmediate queues cb for the check phase. The immediate is ref'd.
func (l *Loop) SetImmediate(cb func()) *Immediate {
	im := &Immediate{loop: l, Callback: cb, ref: true, queued: true}
	l.immediates = append(l.immediates, im)
	l.refImmediates++
	return im
}

// Cancel removes a queued immediate.
func (im *Immediate) Cancel() {
	if !im.queued || im.cancelled {
		return
	}
	im.cancelled = true
	if im.ref {
		im.loop.refImmediates--
	}
}

// SetRef sets whether a queued immediate keeps the loop alive.
func (im *Immediate) SetRef(ref bool) {
	if im.ref == ref {
		return
	}
	im.ref = ref
	if im.queued && !im.cancelled {
		if ref {
			im.loop.refImmediates++
		} else {
			im.loop.refImmediates--
		}
	}
}

// HasRef reports whether the immediate is ref'd.
func (im *Immediate) HasRef() bool { return im.ref }

// Run runs the loop until nothing ref'd remains or Stop is called.
func (l *Loop) Run() {
	if l.ran.IsZero() {
		l.ran = time.Now()
	}
	l.UpdateTime()
	for !l.stopped && l.Alive() {
		l.RunOnce()
	}
}

// RunOnce runs one iteration of the loop: timers, pending, poll, check, close.
func (l *Loop) RunOnce() {
	l.UpdateTime()
	l.runTimers()
	if l.stopped {
		return
	}
	l.runPending()
	if l.stopped {
		return
	}
	l.poll()
	if l.stopped {
		return
	}
	l.runImmediates()
	if l.stopped {
		return
	}
	l.runClosing()
}

func (l *Loop) runTimers() {
	l.timersNow = l.NowMs()
	for !l.stopped && l.RunNextDueTimer() {
	}
}

// RunNextDueTimer runs the next timer due in this timers phase and reports whether there was
// one. The runtime calls it from inside a timer's dispatcher after an exception was handled, to
// go on with the next timer the way Node's processTimers is re-entered.
func (l *Loop) RunNextDueTimer() bool {
	now := l.timersNow
	for len(l.timers) > 0 {
		list := l.timers[0]
		if list.expiry > now {
			return false
		}
		t := list.head
		if t == nil {
			heap.Remove(&l.timers, list.index)
			delete(l.timerLists, list.duration)
			continue
		}
		if now-t.start < list.duration {
			list.expiry = t.start + list.duration
			if list.expiry < now+1 {
				list.expiry = now + 1
			}
			heap.Fix(&l.timers, list.index)
			continue
		}
		t.Stop()
		t.Callback()
		return true
	}
	return false
}

func (l *Loop) runPending() {
	for len(l.pending) > 0 && !l.stopped {
		q := l.pending
		l.pending = nil
		for i, fn := range q {
			if l.stopped {
				l.pending = append(q[i:], l.pending...)
				return
			}
			fn()
		}
	}
}

// pollTimeout is how long poll may block: zero when there is more to do now, -1 for forever.
func (l *Loop) pollTimeout() time.Duration {
	if l.stopped || len(l.immediatesLive()) > 0 || len(l.pending) > 0 || len(l.closing) > 0 {
		return 0
	}
	if !l.Alive() {
		return 0
	}
	if len(l.timers) > 0 {
		d := time.Duration(l.timers[0].expiry*float64(time.Millisecond)) - time.Since(l.start)
		if d < 0 {
			d = 0
		}
		return d
	}
	return -1
}

func (l *Loop) immediatesLive() []*Immediate {
	// cancelled immediates still in the slice do not count as work
	for _, im := range l.immediates {
		if !im.cancelled {
			return l.immediates
		}
	}
	return nil
}

func (l *Loop) takePosted() []func() {
	l.mu.Lock()
	p := l.posted
	l.posted = nil
	l.mu.Unlock()
	return p
}

func (l *Loop) poll() {
	reducerTurn()
	p := l.takePosted()
	if len(p) == 0 {
		timeout := l.pollTimeout()
		if timeout != 0 && l.BeforeBlock != nil {
			l.BeforeBlock()
		}
		switch {
		case timeout < 0:
			if l.refs > 0 {
				reducerBlocking()
				<-l.wake
				reducerWoke()
			}
		case timeout > 0:
			t := time.NewTimer(timeout)
			reducerBlocking()
			select {
			case <-l.wake:
			case <-t.C:
			}
			reducerWoke()
			t.Stop()
		}
		p = l.takePosted()
	}
	l.UpdateTime()
	for i, fn := range p {
		if l.stopped {
			l.mu.Lock()
			l.posted = append(p[i:], l.posted...)
			l.mu.Unlock()
			return
		}
		fn()
	}
}

func (l *Loop) runImmediates() {
	q := l.immediates
	l.immediates = nil
	for i, im := range q {
		if l.stopped {
			l.immediates = append(q[i:], l.immediates...)
			return
		}
		if im.cancelled {
			im.queued = false
			continue
		}
		im.queued = false
		if im.ref {
			l.refImmediates--
		}
		im.Callback()
	}
}

func (l *Loop) runClosing() {
	for len(l.closing) > 0 && !l.stopped {
		q := l.closing
		l.closing = nil
		for _, fn := range q {
			fn()
		}
	}
}
