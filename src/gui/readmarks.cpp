#include "readmarks.h"
#include "nextturn.h"
#include "articlelistmodel.h"
#include "librarywriter.h"
#include "undohistory.h"

ReadMarks::ReadMarks(LibraryWriter &writer, ArticleListModel &list, UndoHistory &history, QObject *parent)
    : QObject(parent), m_writer(writer), m_list(list), m_history(history)
{
}

void ReadMarks::setRead(const QList<qint64> &ids, bool read)
{
    if (ids.isEmpty())
        return;
    // Only the rows shown now are tracked: Undo of Mark All Read hands over
    // every id of a library, and tracking 700k of them stalled the window.
    QHash<qint64, bool> before; // what a failure puts back
    QList<qint64> shown;
    for (qint64 id : ids) {
        if (const int at = m_list.rowOf(id); at >= 0) {
            before.insert(id, m_list.header(at).read);
            shown.append(id);
            m_list.setRead(at, read);
        }
    }
    const quint64 mark = m_readMarks.begin(shown);
    m_writer.setRead(ids, read).then(this, nextTurn(this, [this, ids, read, before, mark](const Result<> &done) {
        // Every id again, on success too: the list may have been reloaded
        // meanwhile. A row marked again since belongs to that mark.
        for (qint64 id : ids) {
            const int at = m_list.rowOf(id);
            if (!m_readMarks.settle(id, mark) || at < 0)
                continue;
            m_list.setRead(at, done ? read : before.value(id, m_list.header(at).read));
        }
        if (!done)
            Q_EMIT failed(done.error().message);
        Q_EMIT stored();
    }));
}

void ReadMarks::setStarred(qint64 articleId, bool starred)
{
    if (const int row = m_list.rowOf(articleId); row >= 0)
        m_list.setStarred(row, starred);
    const quint64 mark = m_starMarks.begin({articleId});
    m_writer.setStarred(articleId, starred).then(this, nextTurn(this, [this, articleId, starred, mark](const Result<> &done) {
        const bool newest = m_starMarks.end(articleId, mark);
        if (!done) {
            if (const int at = m_list.rowOf(articleId); newest && at >= 0)
                m_list.setStarred(at, !starred);
            Q_EMIT failed(done.error().message);
        }
        Q_EMIT stored();
    }));
}

void ReadMarks::markAllRead(const ListScope &scope)
{
    ListScope all = scope;
    all.unreadOnly = all.starredOnly = all.collapseStories = false;
    QList<qint64> shownUnread; // what a failure puts back
    for (int row = 0; row < m_list.rowCount(); ++row) {
        if (!m_list.header(row).read)
            shownUnread.append(m_list.header(row).id);
        m_list.setRead(row, true);
    }
    m_writer.markAllRead(all).then(this, nextTurn(this, [this, shownUnread](const Result<QList<qint64>> &marked) {
        if (!marked) {
            for (qint64 id : shownUnread) {
                if (const int at = m_list.rowOf(id); at >= 0)
                    m_list.setRead(at, false);
            }
            Q_EMIT failed(marked.error().message);
            Q_EMIT stored();
            return;
        }
        const QList<qint64> ids = marked.value();
        if (!ids.isEmpty())
            m_history.push({tr("Mark All Read"), [this, ids] { setRead(ids, false); }, nullptr});
        Q_EMIT markedAllRead(int(ids.size()));
        Q_EMIT stored();
    }));
}
