// Time zone names and the localised month/day names of feed dates.

#include "feed/feeddatenames.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace FeedDateNames {

// Offset in minutes of a zone written as a name, a military letter or numerically
// ("+0530", "-05:00", "+05", "GMT+1", "Etc/GMT", "UT"). nullopt = not a zone.
std::optional<int> zoneOffsetMinutes(QStringView zone)
{
    QString z = zone.trimmed().toString().toLower();
    if (z.startsWith(u"etc/"))
        z = z.mid(4);
    if (z.isEmpty() || z == u"z" || z == u"ut" || z == u"utc" || z == u"gmt")
        return 0;
    for (const QStringView prefix : {u"gmt", u"utc", u"ut"}) {
        if (z.startsWith(prefix) && z.size() > prefix.size()
            && (z[prefix.size()] == u'+' || z[prefix.size()] == u'-')) {
            z = z.mid(prefix.size());
            break;
        }
    }
    if (z.startsWith(u'+') || z.startsWith(u'-')) {
        const int sign = z.startsWith(u'-') ? -1 : 1;
        QString digits = z.mid(1);
        digits.remove(u':');
        if (digits.isEmpty() || digits.size() > 4)
            return std::nullopt;
        for (QChar c : digits) {
            if (!c.isDigit())
                return std::nullopt;
        }
        int hours = 0;
        int minutes = 0;
        if (digits.size() <= 2) {
            hours = digits.toInt();
        } else {
            hours = digits.left(digits.size() - 2).toInt();
            minutes = digits.right(2).toInt();
        }
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        return sign * (hours * 60 + minutes);
    }
    static const QHash<QString, int> named = {
            {u"adt"_s, -3 * 60},  {u"ast"_s, -4 * 60},  {u"at"_s, -4 * 60},  {u"edt"_s, -4 * 60},
            {u"est"_s, -5 * 60},  {u"et"_s, -5 * 60},   {u"cdt"_s, -5 * 60}, {u"cst"_s, -6 * 60},
            {u"ct"_s, -6 * 60},   {u"mdt"_s, -6 * 60},  {u"mst"_s, -7 * 60}, {u"mt"_s, -7 * 60},
            {u"pdt"_s, -7 * 60},  {u"pst"_s, -8 * 60},  {u"pt"_s, -8 * 60},  {u"akst"_s, -9 * 60},
            {u"akdt"_s, -8 * 60}, {u"hst"_s, -10 * 60}, {u"bst"_s, 60},      {u"ist"_s, 330},
            {u"wet"_s, 0},        {u"west"_s, 60},      {u"cet"_s, 60},      {u"cest"_s, 120},
            {u"met"_s, 60},       {u"mest"_s, 120},     {u"eet"_s, 120},     {u"eest"_s, 180},
            {u"msk"_s, 180},      {u"jst"_s, 540},      {u"kst"_s, 540},     {u"hkt"_s, 480},
            {u"sgt"_s, 480},      {u"awst"_s, 480},     {u"acst"_s, 570},    {u"aest"_s, 600},
            {u"aedt"_s, 660},     {u"nzst"_s, 720},     {u"nzdt"_s, 780},
    };
    if (const auto it = named.constFind(z); it != named.constEnd())
        return *it;
    if (z.size() == 1) { // military zones, as feedparser reads them
        const char16_t c = z[0].unicode();
        if (c >= u'a' && c <= u'i')
            return -(c - u'a' + 1) * 60;
        if (c >= u'k' && c <= u'm')
            return -(c - u'a') * 60;
        if (c >= u'n' && c <= u'y')
            return (c - u'n' + 1) * 60;
    }
    return std::nullopt;
}

// Localised month/day names and markers rewritten to the English/ISO forms the
// generic patterns read. Sets koreanDefault when the input is Korean (KST).
QString delocalise(QStringView in, bool *korean)
{
    static const QList<std::pair<QString, QString>> replacements = {
            // Greek (feedparser's greek vectors)
            {u"Ιαν"_s, u"Jan"_s},
            {u"Φεβ"_s, u"Feb"_s},
            {u"Μάώ"_s, u"Mar"_s},
            {u"Μαώ"_s, u"Mar"_s},
            {u"Απρ"_s, u"Apr"_s},
            {u"Μάι"_s, u"May"_s},
            {u"Μαϊ"_s, u"May"_s},
            {u"Μαι"_s, u"May"_s},
            {u"Ιούν"_s, u"Jun"_s},
            {u"Ιον"_s, u"Jun"_s},
            {u"Ιούλ"_s, u"Jul"_s},
            {u"Ιολ"_s, u"Jul"_s},
            {u"Αύγ"_s, u"Aug"_s},
            {u"Αυγ"_s, u"Aug"_s},
            {u"Σεπ"_s, u"Sep"_s},
            {u"Οκτ"_s, u"Oct"_s},
            {u"Νοέ"_s, u"Nov"_s},
            {u"Νοε"_s, u"Nov"_s},
            {u"Δεκ"_s, u"Dec"_s},
            {u"Κυρ"_s, u"Sun"_s},
            {u"Δευ"_s, u"Mon"_s},
            {u"Τρι"_s, u"Tue"_s},
            {u"Τετ"_s, u"Wed"_s},
            {u"Πεμ"_s, u"Thu"_s},
            {u"Παρ"_s, u"Fri"_s},
            {u"Σαβ"_s, u"Sat"_s},
            // Hungarian
            {u"január"_s, u"01"_s},
            {u"februári"_s, u"02"_s},
            {u"február"_s, u"02"_s},
            {u"március"_s, u"03"_s},
            {u"április"_s, u"04"_s},
            {u"máujus"_s, u"05"_s},
            {u"május"_s, u"05"_s},
            {u"június"_s, u"06"_s},
            {u"július"_s, u"07"_s},
            {u"augusztus"_s, u"08"_s},
            {u"szeptember"_s, u"09"_s},
            {u"október"_s, u"10"_s},
            {u"november"_s, u"11"_s},
            {u"december"_s, u"12"_s},
    };
    QString s = in.toString();
    bool nonAscii = false;
    for (QChar c : s) {
        if (c.unicode() > 0x7f) {
            nonAscii = true;
            break;
        }
    }
    if (!nonAscii)
        return s;
    for (const auto &[from, to] : replacements)
        s.replace(from, to, Qt::CaseInsensitive);
    // Korean: 2004년 05월 28일 / 오전 (AM), 오후 (PM)
    if (s.contains(u'년') || s.contains(u"오전") || s.contains(u"오후")) {
        *korean = true;
        s.replace(u'년', u'-').replace(u'월', u'-').replace(u"일"_s, QString());
        s.remove(QChar(u' '));
        // restore the single space between date and time
        thread_local const QRegularExpression dateThenTime(u"^(\\d{4}-\\d{1,2}-\\d{1,2})(.*)$"_s);
        const auto m = dateThenTime.match(s);
        if (m.hasMatch())
            s = m.captured(1) + u' ' + m.captured(2);
    }
    return s;
}

} // namespace FeedDateNames
