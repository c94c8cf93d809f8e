#include "threadpriority.h"

#include <QtGlobal>

#include <algorithm>
#include <cerrno>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {
constexpr int BackgroundNice = 10;
}

void lowerThisThreadsPriority()
{
    static thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // Relative to the process's own value (a process started with nice
    // keeps its order); failure (a sandbox forbidding it) changes nothing.
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
    if (errno == 0)
        (void)setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), std::min(19, current + BackgroundNice));
#endif
}
