#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

// The time, and a wake-up call, for what plans by the clock
// (RefreshScheduler, and the times RefreshService stores). SystemClock is
// the real one; tests hand in a clock they move by hand, so a day of
// schedule runs in a second.
class Clock : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QDateTime now() const = 0; // UTC
    // Emits wake() once, about `ms` from now; replaces a wake-up pending.
    virtual void wakeIn(qint64 ms) = 0;
    virtual void cancelWake() = 0;

Q_SIGNALS:
    void wake();
};

class SystemClock final : public Clock
{
    Q_OBJECT

public:
    explicit SystemClock(QObject *parent = nullptr);

    QDateTime now() const override;
    void wakeIn(qint64 ms) override;
    void cancelWake() override;

private:
    QTimer m_timer;
};
