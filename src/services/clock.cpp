#include "clock.h"

#include <climits>

SystemClock::SystemClock(QObject *parent) : Clock(parent)
{
    m_timer.setSingleShot(true);
    // Plans are in seconds and minutes: a second's slack lets the system
    // bundle wake-ups.
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Clock::wake);
}

QDateTime SystemClock::now() const { return QDateTime::currentDateTimeUtc(); }

void SystemClock::wakeIn(qint64 ms) { m_timer.start(int(qBound(qint64(0), ms, qint64(INT_MAX)))); }

void SystemClock::cancelWake() { m_timer.stop(); }
