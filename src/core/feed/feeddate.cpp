#include "feed/feeddate.h"

#include "feed/feeddatenames.h"

#include <optional>
#include <vector>

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxDateLength = 128;

struct Fields
{
    int year = 0;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int offsetSeconds = 0; // local = UTC + offset
};

int monthFromName(QStringView name)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3)
        return 0;
    const QString lower = name.left(3).toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == QLatin1StringView(names[i]))
            return i + 1;
    }
    return 0;
}

int expandYear(QStringView digits)
{
    const int y = digits.toInt();
    if (digits.size() == 2)
        return y < 69 ? 2000 + y : 1900 + y;
    return y;
}

QDateTime build(const Fields &f)
{
    if (f.year < 1 || f.year > 9999 || f.month < 1 || f.month > 12 || f.day < 1)
        return {};
    if (f.hour > 24 || f.minute > 59 || f.second > 60
        || (f.hour == 24 && (f.minute > 0 || f.second > 0)))
        return {};
    const QDate date(f.year, f.month, f.day);
    if (!date.isValid())
        return {};
    const int second = qMin(f.second, 59);
    qint64 secs = QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    secs += qint64(f.hour) * 3600 + qint64(f.minute) * 60 + second - f.offsetSeconds;
    QDateTime utc = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    if (utc.date().year() < 1 || utc.date().year() > 9999)
        return {};
    return utc;
}

bool applyZone(Fields &f, QStringView zone, int defaultMinutes = 0)
{
    if (zone.trimmed().isEmpty()) {
        f.offsetSeconds = defaultMinutes * 60;
        return true;
    }
    const auto minutes = FeedDateNames::zoneOffsetMinutes(zone);
    if (!minutes)
        return false;
    f.offsetSeconds = *minutes * 60;
    return true;
}

// The date part of an ISO 8601 string, in every calendar, ordinal and week
// form, basic (no hyphens) and extended, with reduced precision. A two-digit
// year is the ISO 8601:2000 "implied century" form. Shapes that need today's
// date to mean anything (--MM-DD, ---DD, -DDD, a bare century) are rejected.
enum class IsoDate { Calendar, Ordinal, Week, YearMonth, Year };

struct IsoDateShape
{
    QRegularExpression re; // groups: year, then month / ordinal day / week (, weekday)
    IsoDate kind;
};

const std::vector<IsoDateShape> &isoDateShapes()
{
    thread_local const std::vector<IsoDateShape> shapes = {
            {QRegularExpression(u"^(\\d{4})-?(\\d{2})-?(\\d{2})$"_s), IsoDate::Calendar},
            {QRegularExpression(u"^(\\d{4})-0(\\d{2})-(\\d{2})$"_s),
             IsoDate::Calendar}, // 2003-012-31
            {QRegularExpression(u"^(\\d{4})-(\\d{2})$"_s), IsoDate::YearMonth},
            {QRegularExpression(u"^(\\d{4})-?(\\d{3})$"_s), IsoDate::Ordinal},
            {QRegularExpression(u"^(\\d{4})-?W(\\d{2})(?:-?(\\d))?$"_s,
                                QRegularExpression::CaseInsensitiveOption),
             IsoDate::Week},
            {QRegularExpression(u"^(\\d{4})$"_s), IsoDate::Year},
            {QRegularExpression(u"^(\\d{2})-?(\\d{2})-?(\\d{2})$"_s), IsoDate::Calendar}, // YYMMDD
            {QRegularExpression(u"^(\\d{2})-?(\\d{3})$"_s), IsoDate::Ordinal}, // YYDDD
            {QRegularExpression(u"^-(\\d{2})-?(\\d{2})$"_s), IsoDate::YearMonth}, // -YY-MM
    };
    return shapes;
}

bool readIsoDate(QStringView text, Fields &f)
{
    for (const IsoDateShape &shape : isoDateShapes()) {
        const auto m = shape.re.match(text);
        if (!m.hasMatch())
            continue;
        f.year = expandYear(m.capturedView(1));
        const int second = m.capturedView(2).toInt();
        switch (shape.kind) {
        case IsoDate::Calendar:
            f.month = second;
            f.day = m.capturedView(3).toInt();
            return true;
        case IsoDate::YearMonth:
            f.month = second;
            return true;
        case IsoDate::Year:
            return true;
        case IsoDate::Ordinal: {
            if (f.year < 1 || second < 1)
                return false;
            const QDate d = QDate(f.year, 1, 1).addDays(second - 1);
            if (d.year() != f.year)
                return false;
            f.month = d.month();
            f.day = d.day();
            return true;
        }
        case IsoDate::Week: {
            const int weekday = m.hasCaptured(3) ? m.capturedView(3).toInt() : 1;
            if (f.year < 1 || second < 1 || weekday < 1 || weekday > 7)
                return false;
            const QDate jan4(f.year, 1, 4); // always in week 1
            const QDate d =
                    jan4.addDays(-(jan4.dayOfWeek() - 1) + (second - 1) * 7 + (weekday - 1));
            int weekYear = 0;
            if (d.weekNumber(&weekYear) != second || weekYear != f.year)
                return false;
            f.year = d.year();
            f.month = d.month();
            f.day = d.day();
            return true;
        }
        }
    }
    return false;
}

// The time part after "T" or a space: hh:mm[:ss] or hh[mm[ss]], a decimal
// fraction of its last part, then an optional zone.
bool readIsoTime(QStringView text, Fields &f, QStringView *zone)
{
    thread_local const QRegularExpression re(
            uR"(^(?:(\d{1,2}):(\d{2})(?::(\d{2}))?|(\d{2})(\d{2})?(\d{2})?)(?:[.,](\d+))?\s*(Z|[+-]\d{1,2}(?::?\d{2})?|(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Za-z]{1,5})?$)"_s,
            QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    const int base = m.hasCaptured(1) ? 1 : 4;
    f.hour = m.capturedView(base).toInt();
    f.minute = m.capturedView(base + 1).toInt();
    f.second = m.capturedView(base + 2).toInt();
    if (m.hasCaptured(7)) { // a fraction of the last part given
        const double fraction = QString(u"0."_s).append(m.capturedView(7)).toDouble();
        const int unit = m.hasCaptured(base + 2) ? 1 : m.hasCaptured(base + 1) ? 60 : 3600;
        const int extra = int(fraction * unit); // whole seconds, less than one unit
        f.minute += extra / 60;
        f.second += unit > 1 ? extra % 60 : 0;
    }
    *zone = m.capturedView(8);
    return true;
}

QDateTime parseIso(const QString &s, int defaultZoneMinutes, bool pm, bool am)
{
    // The date ends at "T" or at a space; "2013-01-27-01" is no date at all.
    qsizetype split = 0;
    while (split < s.size() && s[split] != u'T' && s[split] != u't' && !s[split].isSpace())
        ++split;
    Fields f;
    if (!readIsoDate(QStringView(s).first(split), f))
        return {};
    QStringView rest = QStringView(s).sliced(split);
    const bool tSeparated = !rest.isEmpty() && (rest[0] == u'T' || rest[0] == u't');
    rest = rest.sliced(qMin<qsizetype>(rest.size(), 1)).trimmed();
    QStringView zone;
    if (!rest.isEmpty()) {
        if (!readIsoTime(rest, f, &zone)) {
            // a date alone may carry a zone name, never a bare number
            thread_local const QRegularExpression zoneName(
                    u"^(?:Z|[A-Za-z]{1,5})$"_s, QRegularExpression::CaseInsensitiveOption);
            if (tSeparated || !zoneName.match(rest).hasMatch())
                return {};
            zone = rest;
        } else {
            if (pm && f.hour < 12)
                f.hour += 12;
            if (am && f.hour == 12)
                f.hour = 0;
        }
    }
    if (!applyZone(f, zone, defaultZoneMinutes))
        return {};
    return build(f);
}

bool readTime(const QRegularExpressionMatch &m, int first, Fields &f)
{
    if (!m.hasCaptured(first))
        return true;
    f.hour = m.capturedView(first).toInt();
    f.minute = m.capturedView(first + 1).toInt();
    f.second = m.hasCaptured(first + 2) ? m.capturedView(first + 2).toInt() : 0;
    return true;
}

QDateTime parseRfc822(const QString &s)
{
    // [Weekday[,]] D Mon[th] YY[YY] [H:MM[:SS]] [zone]
    thread_local const QRegularExpression re(
            uR"(^(?:[a-z]{2,}\.?,?\s*)?(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*([a-z]{3,})\.?[\s\-/.,]*(\d{2,4})(?:(?:\s+|T|,\s*)(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*([a-z/]+(?:[+-][\d:]+)?|[+-][\w:]+)?$)"_s,
            QRegularExpression::CaseInsensitiveOption);
    // [Weekday[,]] Mon[th] D[,] YYYY [H:MM[:SS]] [zone]
    thread_local const QRegularExpression monthFirst(
            uR"(^(?:[a-z]{2,}\.?,?\s*)?([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:(?:\s+|,\s*)(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([a-z/]+(?:[+-][\d:]+)?|[+-][\w:]+)?$)"_s,
            QRegularExpression::CaseInsensitiveOption);
    Fields f;
    auto m = re.match(s);
    if (m.hasMatch()) {
        f.day = m.capturedView(1).toInt();
        f.month = monthFromName(m.capturedView(2));
        f.year = expandYear(m.capturedView(3));
    } else {
        m = monthFirst.match(s);
        if (!m.hasMatch())
            return {};
        f.month = monthFromName(m.capturedView(1));
        f.day = m.capturedView(2).toInt();
        f.year = m.capturedView(3).toInt();
    }
    if (f.month == 0 || m.capturedView(3).size() == 3)
        return {};
    readTime(m, 4, f);
    if (!applyZone(f, m.capturedView(7)))
        return {};
    return build(f);
}

QDateTime parseAsctime(const QString &s)
{
    // Sun Jan  4 16:29:06 [zone] 2004
    thread_local const QRegularExpression re(
            uR"(^(?:[a-z]{3},?\s+)?([a-z]{3})[a-z]*\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(?:([a-z]+|[+-]\d{2}:?\d{2})\s+)?(\d{4})$)"_s,
            QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(s);
    if (!m.hasMatch())
        return {};
    Fields f;
    f.month = monthFromName(m.capturedView(1));
    if (f.month == 0)
        return {};
    f.day = m.capturedView(2).toInt();
    readTime(m, 3, f);
    f.year = m.capturedView(7).toInt();
    if (!applyZone(f, m.capturedView(6)))
        return {};
    return build(f);
}

QDateTime parsePerforce(const QString &s)
{
    // [Weekday, ]YYYY/MM/DD HH:MM:SS [zone]
    thread_local const QRegularExpression re(
            uR"(^(?:[a-z]{3},?\s+)?(\d{4})/(\d{1,2})/(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([a-z]+|[+-]\d{2}:?\d{2})?$)"_s,
            QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(s);
    if (!m.hasMatch())
        return {};
    Fields f;
    f.year = m.capturedView(1).toInt();
    f.month = m.capturedView(2).toInt();
    f.day = m.capturedView(3).toInt();
    readTime(m, 4, f);
    if (!applyZone(f, m.capturedView(7)))
        return {};
    return build(f);
}

// The canonical RFC 822 shape most feeds use, read without regular
// expressions: "Ddd, DD Mon YYYY HH:MM:SS +ZZZZ" or "... GMT". Anything else
// (or any doubt) falls through to the general patterns.
QDateTime parseCommonRfc822(QStringView s)
{
    if (s.size() != 29 && s.size() != 31)
        return {};
    const auto digit = [&](qsizetype i) { return s[i].isDigit() ? s[i].unicode() - u'0' : -1; };
    const auto number = [&](qsizetype i, int n) {
        int v = 0;
        for (int k = 0; k < n; ++k) {
            const int d = digit(i + k);
            if (d < 0)
                return -1;
            v = v * 10 + d;
        }
        return v;
    };
    if (s[3] != u',' || s[4] != u' ' || s[7] != u' ' || s[11] != u' ' || s[16] != u' '
        || s[19] != u':' || s[22] != u':' || s[25] != u' ')
        return {};
    Fields f;
    f.day = number(5, 2);
    f.month = monthFromName(s.sliced(8, 3));
    f.year = number(12, 4);
    f.hour = number(17, 2);
    f.minute = number(20, 2);
    f.second = number(23, 2);
    if (f.day < 0 || f.month == 0 || f.year < 0 || f.hour < 0 || f.minute < 0 || f.second < 0)
        return {};
    const QStringView zone = s.sliced(26);
    if (zone == u"GMT") {
        f.offsetSeconds = 0;
    } else if (zone.size() == 5 && (zone[0] == u'+' || zone[0] == u'-')) {
        const int hours = number(27, 2);
        const int minutes = number(29, 2);
        if (hours < 0 || minutes < 0 || hours > 14 || minutes > 59)
            return {};
        f.offsetSeconds = (zone[0] == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    } else {
        return {};
    }
    return build(f);
}

} // namespace

QDateTime parseFeedDate(QStringView text)
{
    QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > maxDateLength)
        return {};
    if (const QDateTime fast = parseCommonRfc822(trimmed); fast.isValid())
        return fast;
    bool korean = false;
    QString s = FeedDateNames::delocalise(trimmed, &korean);
    // drop a trailing comment such as "(UTC)" or "(Pacific Standard Time)"
    if (s.endsWith(u')')) {
        const qsizetype open = s.lastIndexOf(u'(');
        if (open > 0)
            s = s.left(open).trimmed();
    }
    s = s.simplified();
    bool pm = false;
    bool am = false;
    if (korean) {
        pm = s.contains(u"오후");
        am = s.contains(u"오전");
        s.remove(u"오후"_s).remove(u"오전"_s);
        s = s.simplified();
    } else if (s.endsWith(u" PM", Qt::CaseInsensitive) || s.endsWith(u" AM", Qt::CaseInsensitive)) {
        pm = s.endsWith(u" PM", Qt::CaseInsensitive);
        am = !pm;
        s.chop(3);
    }
    const QChar first = s.at(0);
    if (first.isDigit() || first == u'-') {
        QDateTime d = parseIso(s, korean ? 9 * 60 : 0, pm, am);
        if (d.isValid())
            return d;
        d = parsePerforce(s);
        if (d.isValid())
            return d;
        return parseRfc822(s);
    }
    QDateTime d = parseRfc822(s);
    if (d.isValid())
        return d;
    d = parseAsctime(s);
    if (d.isValid())
        return d;
    return parsePerforce(s);
}
