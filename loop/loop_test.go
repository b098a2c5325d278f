package loop

import (
	"strings"
	"testing"
	"time"
)

type recorder struct{ log []string }

func (r *recorder) add(s string)   { r.log = append(r.log, s) }
func (r *recorder) String() string { return strings.Join(r.log, ",") }

func expectLog(t *testing.T, r *recorder, want string) {
	t.Helper()
	if got := r.String(); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestPhaseOrder(t *testing.T) {
	l := New()
	var r recorder
	l.Ref()
	go func() {
		l.Post(func() {
			r.add("poll")
			l.Unref()
			l.SetImmediate(func() { r.add("check") })
			tm := l.NewTimer(func() { r.add("timer") })
			tm.Start(0)
			l.OnClose(func() { r.add("close") })
		})
	}()
	l.Run()
	expectLog(t, &r, "poll,check,close,timer")
}

func TestImmediatesQueuedDuringCheckRunNextIteration(t *testing.T) {
	l := New()
	var r recorder
	l.SetImmediate(func() {
		r.add("a")
		l.SetImmediate(func() { r.add("c") })
	})
	l.SetImmediate(func() { r.add("b") })
	l.RunOnce()
	expectLog(t, &r, "a,b")
	l.RunOnce()
	expectLog(t, &r, "a,b,c")
}

func TestTimersSameDurationFireInStartOrder(t *testing.T) {
	l := New()
	var r recorder
	for _, name := range []string{"1", "2", "3"} {
		name := name
		l.NewTimer(func() { r.add(name) }).Start(1)
	}
	l.Run()
	expectLog(t, &r, "1,2,3")
}

// Node runs a whole list (one duration) before the next when several are due at once.
func TestDueTimersRunByList(t *testing.T) {
	l := New()
	var r recorder
	l.NewTimer(func() { r.add("x1") }).Start(1)
	l.NewTimer(func() { r.add("z5") }).Start(5)
	l.start = l.start.Add(-8 * time.Millisecond) // 8ms pass: y1 is due after z5, but in x1's list
	l.NewTimer(func() { r.add("y1") }).Start(1)
	l.start = l.start.Add(-50 * time.Millisecond)
	l.Run()
	expectLog(t, &r, "x1,y1,z5")
}

func TestUnrefTimerDoesNotKeepLoopAlive(t *testing.T) {
	l := New()
	fired := false
	tm := l.NewTimer(func() { fired = true })
	tm.Start(1000)
	tm.SetRef(false)
	if l.Alive() {
		t.Fatal("unref'd timer keeps the loop alive")
	}
	start := time.Now()
	l.Run()
	if fired || time.Since(start) > 500*time.Millisecond {
		t.Fatal("loop waited for an unref'd timer")
	}
}

func TestStopAndRestartTimer(t *testing.T) {
	l := New()
	n := 0
	tm := l.NewTimer(func() { n++ })
	tm.Start(1)
	tm.Stop()
	if l.Alive() {
		t.Fatal("stopped timer keeps loop alive")
	}
	tm.Start(1)
	tm.Start(2) // re-arming moves it, it does not duplicate it
	l.Run()
	if n != 1 {
		t.Fatalf("timer fired %d times", n)
	}
}

func TestCancelledImmediateDoesNotRun(t *testing.T) {
	l := New()
	ran := false
	im := l.SetImmediate(func() { ran = true })
	im.Cancel()
	l.Run()
	if ran || l.Alive() {
		t.Fatal("cancelled immediate ran or kept the loop alive")
	}
}

func TestPostFromGoroutinesWakesPoll(t *testing.T) {
	l := New()
	const n = 100
	got := 0
	for i := 0; i < n; i++ {
		l.Ref()
		go l.Post(func() { got++; l.Unref() })
	}
	done := make(chan struct{})
	go func() { l.Run(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("loop did not finish")
	}
	if got != n {
		t.Fatalf("ran %d of %d posted callbacks", got, n)
	}
}

func TestStopEndsRun(t *testing.T) {
	l := New()
	var r recorder
	l.SetImmediate(func() { r.add("a"); l.Stop() })
	l.SetImmediate(func() { r.add("b") })
	l.Run()
	expectLog(t, &r, "a")
}
