#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

// The language of the window: Masthead's catalogue (:/i18n/masthead_<name>.qm
// over the English numerus forms) and Qt's own (qtbase_<name>.qm, the
// standard dialogs), for the person's choice or the desktop's locale. It
// makes that locale the default, so dates and numbers follow it too, and
// mirrors the application when the catalogue says the language is written
// right to left (the QT_LAYOUT_DIRECTION entry every RTL catalogue carries).
class UiLanguage final : public QObject
{
    Q_OBJECT

public:
    explicit UiLanguage(QString catalogueDirectory = QStringLiteral(":/i18n"), QObject *parent = nullptr);
    ~UiLanguage() override;

    // language: a locale name ("de", "ar", "pt_BR"); empty for the desktop's.
    // Replaces what an earlier call installed. Returns the locale in effect.
    QLocale apply(const QString &language);

    // Whether Masthead has its own catalogue for the locale (English always).
    bool hasCatalogue(const QLocale &locale) const;
    Qt::LayoutDirection layoutDirection() const { return m_direction; }

private:
    void removeInstalled();

    QString m_directory;
    QList<QTranslator *> m_installed;
    Qt::LayoutDirection m_direction = Qt::LeftToRight;
};
