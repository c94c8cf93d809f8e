#include "appsettings.h"

#include "retention.h"

#include <cmath>

#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

// The keys in settings.ini. retention/* and cache/* are those `masthead
// vacuum` has always read. No key lives in a "general" group: QSettings
// reads an INI section [General] (in any case) as keys without a group.
namespace Key {
constexpr char RefreshOnStart[] = "refresh/onStart";
constexpr char RefreshInterval[] = "refresh/intervalMinutes";
constexpr char MarkRead[] = "reading/markRead";
constexpr char MarkReadDelay[] = "reading/markReadDelaySeconds";
constexpr char FontFamily[] = "reading/fontFamily";
constexpr char FontSize[] = "reading/fontSize";
constexpr char LineWidth[] = "reading/lineWidth";
constexpr char LineSpacing[] = "reading/lineSpacing";
constexpr char Theme[] = "reading/theme";
constexpr char Language[] = "reading/language";
constexpr char KeepDays[] = "retention/maxAgeDays";
constexpr char KeepPerFeed[] = "retention/maxPerFeed";
constexpr char CacheMegabytes[] = "cache/maxMegabytes";
constexpr char WorkOffline[] = "network/workOffline";
constexpr char Proxy[] = "network/proxy";
constexpr char ProxyType[] = "network/proxyType";
constexpr char ProxyHost[] = "network/proxyHost";
constexpr char ProxyPort[] = "network/proxyPort";
} // namespace Key

template<typename E>
struct Choice
{
    const char *name;
    E value;
};

constexpr Choice<AppSettings::MarkRead> MarkReadChoices[] = {
        {"onOpen", AppSettings::MarkRead::OnOpen},
        {"afterDelay", AppSettings::MarkRead::AfterDelay},
        {"never", AppSettings::MarkRead::Never}};
constexpr Choice<AppSettings::Theme> ThemeChoices[] = {{"system", AppSettings::Theme::System},
                                                       {"light", AppSettings::Theme::Light},
                                                       {"dark", AppSettings::Theme::Dark}};
constexpr Choice<ProxySettings::Mode> ProxyChoices[] = {{"system", ProxySettings::Mode::System},
                                                        {"none", ProxySettings::Mode::None},
                                                        {"manual", ProxySettings::Mode::Manual}};
constexpr Choice<ProxySettings::Type> ProxyTypeChoices[] = {
        {"http", ProxySettings::Type::Http}, {"socks5", ProxySettings::Type::Socks5}};

template<typename E, std::size_t N>
QString nameOf(const Choice<E> (&choices)[N], E value)
{
    for (const auto &choice : choices) {
        if (choice.value == value)
            return QString::fromLatin1(choice.name);
    }
    return QString::fromLatin1(choices[0].name);
}

void note(QStringList *notes, const char *key, const QString &found, const QString &used)
{
    if (notes)
        notes->append(AppSettings::tr(
                              "settings.ini: %1 = \u201c%2\u201d is not allowed; using %3 instead.")
                              .arg(QLatin1StringView(key), found.left(80), used));
}

int clampInt(int value, int min, int max, const char *key, QStringList *notes)
{
    const int clamped = std::clamp(value, min, max);
    if (clamped != value)
        note(notes, key, QString::number(value), QString::number(clamped));
    return clamped;
}

// Reads raw values; what cannot be read at all is the default, noted.
class Reader final
{
public:
    Reader(const QSettings &settings, QStringList &notes) : m_settings(settings), m_notes(notes) { }

    bool boolean(const char *key, bool fallback) const
    {
        const QString raw = text(key);
        if (raw.isNull())
            return fallback;
        const QString v = raw.trimmed().toLower();
        if (v == "true"_L1 || v == "1"_L1 || v == "yes"_L1 || v == "on"_L1)
            return true;
        if (v == "false"_L1 || v == "0"_L1 || v == "no"_L1 || v == "off"_L1)
            return false;
        note(&m_notes, key, raw, fallback ? u"true"_s : u"false"_s);
        return fallback;
    }

    // Whole numbers; a fraction is rounded, anything else is the fallback.
    // Ranges are the clamp's job; this only keeps the value inside an int.
    int integer(const char *key, int fallback) const
    {
        return int(std::lround(std::clamp(number(key, fallback), -2.0e9, 2.0e9)));
    }

    double number(const char *key, double fallback) const
    {
        const QString raw = text(key);
        if (raw.isNull())
            return fallback;
        bool ok = false;
        const double v = raw.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            note(&m_notes, key, raw, QString::number(fallback));
            return fallback;
        }
        return v;
    }

    template<typename E, std::size_t N>
    E choice(const char *key, const Choice<E> (&choices)[N], E fallback) const
    {
        const QString raw = text(key);
        if (raw.isNull())
            return fallback;
        for (const auto &c : choices) {
            if (raw.trimmed().compare(QLatin1StringView(c.name), Qt::CaseInsensitive) == 0)
                return c.value;
        }
        note(&m_notes, key, raw, nameOf(choices, fallback));
        return fallback;
    }

    // A null string when the key is absent. A list (a stray comma in the
    // file) reads as its joined text.
    QString text(const char *key) const
    {
        const QString name = QString::fromLatin1(key);
        if (!m_settings.contains(name))
            return {};
        const QVariant v = m_settings.value(name);
        if (v.typeId() == QMetaType::QStringList)
            return v.toStringList().join(u", "_s);
        const QString s = v.toString();
        return s.isNull() ? u""_s : s;
    }

private:
    const QSettings &m_settings;
    QStringList &m_notes;
};

QString withoutControls(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isNonCharacter() && c.category() != QChar::Other_Control
            && c.category() != QChar::Other_Format)
            out += c;
    }
    return out;
}

} // namespace

RetentionPolicy AppSettings::Storage::retentionPolicy() const
{
    RetentionPolicy policy;
    policy.maxAgeDays = keepDays;
    policy.maxPerFeed = keepPerFeed;
    policy.maxCacheBytes = qint64(imageCacheMegabytes) * 1024 * 1024;
    return policy;
}

AppSettings::AppSettings(QSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
    m_general = readGeneral();
    m_reading = readReading();
    m_storage = readStorage();
    m_network = readNetwork();
}

QStringList AppSettings::takeNotes() { return std::exchange(m_notes, {}); }

AppSettings::General AppSettings::clamped(General g, QStringList *notes)
{
    g.refreshIntervalMinutes = clampInt(g.refreshIntervalMinutes, General::MinRefreshMinutes,
                                        General::MaxRefreshMinutes, Key::RefreshInterval, notes);
    g.markReadDelaySeconds = clampInt(g.markReadDelaySeconds, 0, General::MaxMarkReadDelaySeconds,
                                      Key::MarkReadDelay, notes);
    return g;
}

AppSettings::Reading AppSettings::clamped(Reading r, QStringList *notes)
{
    ReadingStyle &s = r.style;
    const QString family =
            withoutControls(s.fontFamily).simplified().left(ReadingStyle::MaxFontFamilyLength);
    if (family != s.fontFamily)
        note(notes, Key::FontFamily, s.fontFamily,
             family.isEmpty() ? AppSettings::tr("the default font") : family);
    s.fontFamily = family;
    s.fontSize = clampInt(s.fontSize, ReadingStyle::MinFontSize, ReadingStyle::MaxFontSize,
                          Key::FontSize, notes);
    s.lineWidth = clampInt(s.lineWidth, ReadingStyle::MinLineWidth, ReadingStyle::MaxLineWidth,
                           Key::LineWidth, notes);
    const double spacing = std::isfinite(s.lineSpacing)
            ? std::round(std::clamp(s.lineSpacing, ReadingStyle::MinLineSpacing,
                                    ReadingStyle::MaxLineSpacing)
                         * 100)
                    / 100
            : ReadingStyle::DefaultLineSpacing;
    if (std::abs(spacing - s.lineSpacing) > 0.005 || !std::isfinite(s.lineSpacing))
        note(notes, Key::LineSpacing, QString::number(s.lineSpacing), QString::number(spacing));
    s.lineSpacing = spacing;
    // A locale name as QLocale and the translation files spell it.
    static const QRegularExpression localeName(u"^[a-z]{2,3}(_[A-Za-z0-9]{2,8})*$"_s);
    QString language = r.language.trimmed();
    language.replace(u'-', u'_');
    if (language.compare("system"_L1, Qt::CaseInsensitive) == 0)
        language.clear();
    if (!language.isEmpty() && !localeName.match(language).hasMatch()) {
        note(notes, Key::Language, r.language, AppSettings::tr("the system language"));
        language.clear();
    }
    r.language = language;
    return r;
}

AppSettings::Storage AppSettings::clamped(Storage s, QStringList *notes)
{
    s.keepDays = clampInt(s.keepDays, 0, Storage::MaxKeepDays, Key::KeepDays, notes);
    s.keepPerFeed = clampInt(s.keepPerFeed, 0, Storage::MaxKeepPerFeed, Key::KeepPerFeed, notes);
    s.imageCacheMegabytes = clampInt(s.imageCacheMegabytes, 0, Storage::MaxImageCacheMegabytes,
                                     Key::CacheMegabytes, notes);
    return s;
}

AppSettings::Network AppSettings::clamped(Network n, QStringList *notes)
{
    ProxySettings &p = n.proxy;
    // A host name, an IPv4 address or an IPv6 one (bracketed or not).
    static const QRegularExpression hostName(
            u"^(\\[[0-9A-Fa-f:.]+\\]|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*|"
            "[A-Za-z0-9_]([A-Za-z0-9_.-]{0,251}[A-Za-z0-9_.])?)$"_s);
    const QString host = p.host.trimmed();
    if (!host.isEmpty() && !hostName.match(host).hasMatch()) {
        note(notes, Key::ProxyHost, p.host, AppSettings::tr("no host"));
        p.host.clear();
    } else {
        p.host = host;
    }
    p.port = clampInt(p.port, 1, 65535, Key::ProxyPort, notes);
    if (p.mode == ProxySettings::Mode::Manual && p.host.isEmpty()) {
        if (notes)
            notes->append(AppSettings::tr(
                                  "settings.ini: a manual proxy needs %1; using the system's proxy "
                                  "settings instead.")
                                  .arg(QLatin1StringView(Key::ProxyHost)));
        p.mode = ProxySettings::Mode::System;
    }
    return n;
}

AppSettings::General AppSettings::readGeneral()
{
    const Reader in(m_settings, m_notes);
    General g;
    g.refreshOnStart = in.boolean(Key::RefreshOnStart, g.refreshOnStart);
    g.refreshIntervalMinutes = in.integer(Key::RefreshInterval, g.refreshIntervalMinutes);
    g.markRead = in.choice(Key::MarkRead, MarkReadChoices, g.markRead);
    g.markReadDelaySeconds = in.integer(Key::MarkReadDelay, g.markReadDelaySeconds);
    return clamped(g, &m_notes);
}

AppSettings::Reading AppSettings::readReading()
{
    const Reader in(m_settings, m_notes);
    Reading r;
    r.style.fontFamily = in.text(Key::FontFamily);
    r.style.fontSize = in.integer(Key::FontSize, r.style.fontSize);
    r.style.lineWidth = in.integer(Key::LineWidth, r.style.lineWidth);
    r.style.lineSpacing = in.number(Key::LineSpacing, r.style.lineSpacing);
    r.theme = in.choice(Key::Theme, ThemeChoices, r.theme);
    r.language = in.text(Key::Language);
    return clamped(r, &m_notes);
}

AppSettings::Storage AppSettings::readStorage()
{
    const Reader in(m_settings, m_notes);
    Storage s;
    s.keepDays = in.integer(Key::KeepDays, s.keepDays);
    s.keepPerFeed = in.integer(Key::KeepPerFeed, s.keepPerFeed);
    s.imageCacheMegabytes = in.integer(Key::CacheMegabytes, s.imageCacheMegabytes);
    return clamped(s, &m_notes);
}

AppSettings::Network AppSettings::readNetwork()
{
    const Reader in(m_settings, m_notes);
    Network n;
    n.workOffline = in.boolean(Key::WorkOffline, n.workOffline);
    n.proxy.mode = in.choice(Key::Proxy, ProxyChoices, n.proxy.mode);
    n.proxy.type = in.choice(Key::ProxyType, ProxyTypeChoices, n.proxy.type);
    n.proxy.host = in.text(Key::ProxyHost);
    n.proxy.port = in.integer(Key::ProxyPort, n.proxy.port);
    return clamped(n, &m_notes);
}

void AppSettings::store(const char *key, const QVariant &value)
{
    m_settings.setValue(QString::fromLatin1(key), value);
}

void AppSettings::finishWrite() { m_settings.sync(); }

void AppSettings::setGeneral(const General &wanted)
{
    const General g = clamped(wanted, &m_notes);
    store(Key::RefreshOnStart, g.refreshOnStart);
    store(Key::RefreshInterval, g.refreshIntervalMinutes);
    store(Key::MarkRead, nameOf(MarkReadChoices, g.markRead));
    store(Key::MarkReadDelay, g.markReadDelaySeconds);
    finishWrite();
    if (std::exchange(m_general, g) != g)
        emit changed(Section::General);
}

void AppSettings::setReading(const Reading &wanted)
{
    const Reading r = clamped(wanted, &m_notes);
    store(Key::FontFamily, r.style.fontFamily);
    store(Key::FontSize, r.style.fontSize);
    store(Key::LineWidth, r.style.lineWidth);
    store(Key::LineSpacing, r.style.lineSpacing);
    store(Key::Theme, nameOf(ThemeChoices, r.theme));
    store(Key::Language, r.language);
    finishWrite();
    if (std::exchange(m_reading, r) != r)
        emit changed(Section::Reading);
}

void AppSettings::setStorage(const Storage &wanted)
{
    const Storage s = clamped(wanted, &m_notes);
    store(Key::KeepDays, s.keepDays);
    store(Key::KeepPerFeed, s.keepPerFeed);
    store(Key::CacheMegabytes, s.imageCacheMegabytes);
    finishWrite();
    if (std::exchange(m_storage, s) != s)
        emit changed(Section::Storage);
}

void AppSettings::setNetwork(const Network &wanted)
{
    const Network n = clamped(wanted, &m_notes);
    store(Key::WorkOffline, n.workOffline);
    store(Key::Proxy, nameOf(ProxyChoices, n.proxy.mode));
    store(Key::ProxyType, nameOf(ProxyTypeChoices, n.proxy.type));
    store(Key::ProxyHost, n.proxy.host);
    store(Key::ProxyPort, n.proxy.port);
    finishWrite();
    if (std::exchange(m_network, n) != n)
        emit changed(Section::Network);
}

void AppSettings::reload()
{
    m_settings.sync();
    if (const General g = readGeneral(); std::exchange(m_general, g) != g)
        emit changed(Section::General);
    if (const Reading r = readReading(); std::exchange(m_reading, r) != r)
        emit changed(Section::Reading);
    if (const Storage s = readStorage(); std::exchange(m_storage, s) != s)
        emit changed(Section::Storage);
    if (const Network n = readNetwork(); std::exchange(m_network, n) != n)
        emit changed(Section::Network);
}
