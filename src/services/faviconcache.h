#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

class Fetcher;

// Each site's icon, fetched once and kept in a folder of the data dir, so
// the tree shows it offline too: the page's <link rel="icon">, else
// /favicon.ico. A site that has none is remembered (a marker file) and not
// asked again; a failure of the network is not, and is tried next session.
// Asynchronous on the caller's thread; the page is parsed on the pool.
class FaviconCache final : public QObject
{
    Q_OBJECT

public:
    FaviconCache(Fetcher &fetcher, QString directory, QObject *parent = nullptr);

    // The stored icon file of the site of this address; empty when none.
    QString iconFile(const QUrl &address) const;
    // Fetches the icon of the site of this address unless it is stored,
    // known to have none, or asked already in this session.
    void ensure(const QUrl &address);

Q_SIGNALS:
    void iconStored(const QUrl &site);

private:
    static QUrl siteOf(const QUrl &address);
    void fetchIcon(const QUrl &site, const QUrl &icon, bool isFallback);
    void noIcon(const QUrl &site);

    Fetcher &m_fetcher;
    QString m_directory;
    QSet<QString> m_asked; // site keys this session
};
