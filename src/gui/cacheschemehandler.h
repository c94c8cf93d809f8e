#pragma once

#include <QString>
#include <QWebEngineUrlSchemeHandler>

// Serves masthead-cache:<key> to the article pane from the image cache
// folder: only files directly inside it, named <key>.<ext> with a key that is
// a SHA-256 in hex and an image extension, with the MIME type that extension
// stands for. Anything else is "not found".
class CacheSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    explicit CacheSchemeHandler(QObject *parent = nullptr);

    // Makes the scheme known to WebEngine. Must run before the QApplication
    // is constructed (main(), and the main() of GUI tests).
    static void registerScheme();
    static QByteArray schemeName();

    QString directory() const { return m_directory; }
    void setDirectory(const QString &directory);

    // The file a key stands for, empty when there is none.
    QString fileFor(const QString &key) const;

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QString m_directory;
};
