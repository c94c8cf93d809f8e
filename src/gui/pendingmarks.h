#pragma once

#include <QHash>
#include <QList>

// Marks (read, starred) are shown at once and stored later, on the storage
// thread; a person may change an article's mark again before the first
// write ends. Each write is numbered, and only the newest one in flight for
// an article may set that article's row when it ends: an older write ending
// late must not undo what the person did since.
class PendingMarks final
{
public:
    // Numbers a write of these articles' marks; it is now the newest for each.
    quint64 begin(const QList<qint64> &ids)
    {
        ++m_last;
        for (qint64 id : ids)
            m_newest.insert(id, m_last);
        return m_last;
    }

    // Whether write `mark` was the newest for `id` (and so may set its row);
    // the article then has no write in flight.
    bool end(qint64 id, quint64 mark)
    {
        const auto it = m_newest.constFind(id);
        if (it == m_newest.cend() || it.value() != mark)
            return false;
        m_newest.erase(it);
        return true;
    }

    // Whether write `mark` may set `id`'s row: no newer write of it is in
    // flight. For writes that began with only some of their ids (the rows
    // shown then): an id never begun is free to set.
    bool settle(qint64 id, quint64 mark)
    {
        const auto it = m_newest.constFind(id);
        if (it == m_newest.cend())
            return true;
        if (it.value() != mark)
            return false;
        m_newest.erase(it);
        return true;
    }

    bool isEmpty() const { return m_newest.isEmpty(); }

private:
    quint64 m_last = 0;
    QHash<qint64, quint64> m_newest;
};
