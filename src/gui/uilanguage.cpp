#include "uilanguage.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

// Qt asks every catalogue for this in QGuiApplication's context; "RTL" from
// the Arabic one mirrors the widgets. Named here so lupdate keeps it.
[[maybe_unused]] static const char *const LayoutDirectionEntry
        = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

UiLanguage::UiLanguage(QString catalogueDirectory, QObject *parent)
    : QObject(parent), m_directory(std::move(catalogueDirectory))
{
}

UiLanguage::~UiLanguage()
{
    removeInstalled();
}

void UiLanguage::removeInstalled()
{
    for (QTranslator *translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
}

bool UiLanguage::hasCatalogue(const QLocale &locale) const
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    QTranslator probe;
    return probe.load(locale, u"masthead"_s, u"_"_s, m_directory);
}

QLocale UiLanguage::apply(const QString &language)
{
    removeInstalled();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const auto install = [this](const QLocale &from, const QString &name, const QString &directory) {
        auto *translator = new QTranslator(this);
        if (!translator->load(from, name, u"_"_s, directory)) {
            delete translator;
            return static_cast<QTranslator *>(nullptr);
        }
        QCoreApplication::installTranslator(translator);
        m_installed.append(translator);
        return translator;
    };
    // English numerus forms ("1 article") first; a language's own over them.
    install(QLocale(QLocale::English), u"masthead"_s, m_directory);
    QTranslator *own = nullptr;
    if (locale.language() != QLocale::English) {
        own = install(locale, u"masthead"_s, m_directory);
        // Qt's dialogs and context menus in the same language, when the
        // system has Qt's catalogues (Debian: qt6-translations-l10n).
        if (own)
            install(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    // Dates and numbers in the person's locale, with or without a catalogue.
    QLocale::setDefault(locale);
    m_direction = own && own->translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == "RTL"_L1
            ? Qt::RightToLeft
            : Qt::LeftToRight;
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(m_direction);
    return locale;
}
