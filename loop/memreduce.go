package loop

import (
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"time"
)

// The memory reducer gives memory back to the system once the process goes idle after it grew,
// as V8's MemoryReducer does for Node. Go collects when the heap reaches its goal (two or three
// times the live heap, see cmd/gnode's GC percent) and returns free pages to the system only
// slowly, so a server that built up state and now waits (10,000 idle keep-alive connections)
// would keep the garbage of its busy phase resident. When the loops have been blocked in poll
// for reduceAfter, and the heap holds at least reduceMin more than was live after the last
// collection, one collection runs and the freed pages go back to the system. It runs on a
// timer's goroutine, so a loop that wakes meanwhile is not held up; a process that stays idle is
// checked once, not periodically.

const (
	reduceAfter = 100 * time.Millisecond
	reduceMin   = 32 << 20
)

var reducer struct {
	turns   atomic.Uint64 // poll phases run by any loop
	blocked atomic.Int64  // loops blocked in poll now
	mu      sync.Mutex
	armed   bool
	doneAt  uint64      // turns when the loops were last found idle
	running atomic.Bool // a reduction is collecting now
}

// reducerTurn counts one poll phase of a loop.
func reducerTurn() { reducer.turns.Add(1) }

// reducerBlocking is called by a loop about to block in poll; reducerWoke when it returns.
func reducerBlocking() {
	reducer.blocked.Add(1)
	turn := reducer.turns.Load()
	reducer.mu.Lock()
	if !reducer.armed && turn != reducer.doneAt {
		reducer.armed = true
		time.AfterFunc(reduceAfter, func() { reducerCheck(turn) })
	}
	reducer.mu.Unlock()
}

func reducerWoke() { reducer.blocked.Add(-1) }

var reducerSamples = []metrics.Sample{
	{Name: "/gc/heap/live:bytes"},
	{Name: "/memory/classes/heap/objects:bytes"},
	{Name: "/memory/classes/heap/free:bytes"},
}

func reducerCheck(turn uint64) {
	reducer.mu.Lock()
	reducer.armed = false
	now := reducer.turns.Load()
	if now != turn || reducer.blocked.Load() == 0 {
		// a loop ran since: look again once the loops are blocked again
		if reducer.blocked.Load() > 0 && now != reducer.doneAt {
			reducer.armed = true
			time.AfterFunc(reduceAfter, func() { reducerCheck(now) })
		}
		reducer.mu.Unlock()
		return
	}
	reducer.doneAt = turn
	reducer.mu.Unlock()
	// a collection of a large heap can take seconds; one at a time
	if !reducer.running.CompareAndSwap(false, true) {
		return
	}
	defer reducer.running.Store(false)
	metrics.Read(reducerSamples)
	live := reducerSamples[0].Value.Uint64()
	held := reducerSamples[1].Value.Uint64() + reducerSamples[2].Value.Uint64()
	if held >= live+reduceMin {
		debug.FreeOSMemory()
	}
}
