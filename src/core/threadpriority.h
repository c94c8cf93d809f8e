#pragma once

// Background work (parsing a refresh's feeds, storing them, indexing,
// extracting article pages) gives way to the window. On Linux every thread
// has its own nice value: a thread at +10 gets about a tenth of the CPU a
// thread at 0 gets when both want it, and all of it when the window is
// idle. Without this, four busy workers on a two-core machine preempt the
// GUI thread for tens of milliseconds at a time (measured: stalls of 60 ms
// during a cold refresh). Elsewhere it changes nothing.
//
// Call it on the thread to lower, as the first thing its work does; calling
// it again on the same thread costs nothing.
void lowerThisThreadsPriority();
