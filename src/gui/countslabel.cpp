#include "countslabel.h"
#include "nextturn.h"

#include "libraryreader.h"

#include <QLocale>

#include <climits>

CountsLabel::CountsLabel(LibraryReader &reader, QWidget *parent)
    : QLabel(parent),
      m_reader(reader)
{
    setAccessibleName(tr("Article counts"));
}

void CountsLabel::reread()
{
    const quint64 request = ++m_request;
    m_reader.figures().then(this, nextTurn(this, [this, request](const Result<LibraryFigures> &figures) {
        if (request != m_request)
            return;
        if (!figures) {
            Q_EMIT failed(figures.error().message);
            return;
        }
        setText(tr("%n article(s), %1 unread", nullptr, int(qMin<qint64>(figures->articles, INT_MAX)))
                        .arg(QLocale().toString(figures->unread)));
        Q_EMIT counted(figures.value());
    }));
}
