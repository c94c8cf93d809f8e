#pragma once

// Reading back what the real article pane shows (offscreen WebEngine).
// JavaScript is off in the page's own world; these helpers run in the
// application world, which shares the DOM but not the page's scripts.

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QTest>
#include <QVariant>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace PaneTest {

// A PNG of one colour, for a test server or a cache file to hand out.
inline QByteArray solidPng(const QColor &color, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

inline QString plainText(QWebEngineView *view)
{
    QString text;
    bool done = false;
    view->page()->toPlainText([&](const QString &result) {
        text = result;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 20000);
    return text;
}

inline QVariant evaluate(QWebEngineView *view, const QString &script)
{
    QVariant value;
    bool done = false;
    view->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &result) {
        value = result;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 20000);
    return value;
}

// True once every <img> of the page has finished loading or failing.
inline bool waitForImages(QWebEngineView *view)
{
    return QTest::qWaitFor([&] {
        return evaluate(view, QStringLiteral("Array.from(document.images).every(i => i.complete)")).toBool();
    }, 20000);
}

} // namespace PaneTest
