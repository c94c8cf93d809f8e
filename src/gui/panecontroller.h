#pragma once

#include <QObject>

#include <functional>

class ArticlePane;
class FeedController;
class LibraryReader;
class QAction;
class QLabel;
struct ArticlePageData;

// The article pane's side of the window: asks the read side for an
// article's page and shows it (an older answer is dropped when a newer
// question was asked), and offers the images that are not stored offline —
// a note in the status bar and View › Load Remote Images, while online, for
// the article shown only.
class PaneController final : public QObject
{
    Q_OBJECT

public:
    // highlight: the words to mark in the article (the search being shown).
    PaneController(LibraryReader &reader, ArticlePane &pane, const FeedController &feeds,
                   std::function<QString()> highlight, QObject *parent);

    QAction *loadRemoteImagesAction() const { return m_loadRemoteImages; }
    // The status bar's note on images not stored offline.
    QLabel *imagesNote() const { return m_imagesNote; }

    void open(qint64 articleId, bool remoteImages = false);
    // A message in place of an article ("Nothing found", …).
    void showMessage(const QString &headline, const QString &text);
    // Shows the current article again with its images from the web.
    void loadRemoteImages();
    // Going offline takes back what Load Remote Images allowed.
    void offlineChanged(bool offline);

Q_SIGNALS:
    // An article (or a message) is in the pane.
    void shown();

private:
    void showPage(const ArticlePageData &page);
    void updateRemoteImages();

    LibraryReader &m_reader;
    ArticlePane &m_pane;
    const FeedController &m_feeds;
    std::function<QString()> m_highlight;
    QAction *m_loadRemoteImages = nullptr;
    QLabel *m_imagesNote = nullptr;
    quint64 m_request = 0;
};
