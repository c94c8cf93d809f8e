// The catalogues as shipped: German and Arabic complete (nothing unfinished,
// nothing obsolete), every plural with the forms its language has (German
// two, Arabic six), every placeholder of the English kept, the Arabic one
// marked right to left; and no string of the sources missing from them
// (lupdate run over the sources into a copy adds nothing).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // translation's type attribute: unfinished, obsolete, vanished…
    bool numerus = false;
    QStringList forms; // the translation, or its numerus forms
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            if (!current.source.isNull())
                messages.append(current);
            current = Message{context, QString(), QString(), xml.attributes().value("numerus"_L1) == "yes"_L1, {}};
        } else if (name == "source"_L1) {
            current.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            current.type = xml.attributes().value("type"_L1).toString();
            if (!current.numerus)
                current.forms = {xml.readElementText()};
        } else if (name == "numerusform"_L1) {
            current.forms.append(xml.readElementText());
        }
    }
    if (!current.source.isNull())
        messages.append(current);
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%[1-9]"_s);
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

QString sourceDir()
{
    return qEnvironmentVariable("MASTHEAD_SOURCE_DIR");
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::addColumn<QString>("direction");
        QTest::newRow("German") << u"de"_s << 2 << u"LTR"_s;
        QTest::newRow("Arabic") << u"ar"_s << 6 << u"RTL"_s;
    }
    void catalogueIsComplete()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QFETCH(QString, direction);
        QString error;
        const QList<Message> messages
                = readCatalogue(sourceDir() + u"/translations/masthead_%1.ts"_s.arg(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 300);
        QStringList problems;
        bool directionSeen = false;
        for (const Message &m : messages) {
            const QString where = m.context + u": "_s + m.source;
            if (!m.type.isEmpty())
                problems.append(m.type + u" — "_s + where);
            if (m.numerus && m.forms.size() != pluralForms)
                problems.append(u"%1 plural forms, not %2 — %3"_s.arg(m.forms.size()).arg(pluralForms).arg(where));
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems.append(u"empty — "_s + where);
                if (placeholders(form) != placeholders(m.source))
                    problems.append(u"placeholders differ in “%1” — %2"_s.arg(form, where));
            }
            if (m.context == "QGuiApplication"_L1 && m.source == "QT_LAYOUT_DIRECTION"_L1) {
                directionSeen = true;
                if (m.forms.value(0) != direction)
                    problems.append(u"layout direction is %1"_s.arg(m.forms.value(0)));
            }
        }
        QVERIFY2(directionSeen, "QT_LAYOUT_DIRECTION is not in the catalogue");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Every tr() of the sources is in the catalogues: lupdate over the
    // sources into a copy finds nothing new and drops nothing.
    void cataloguesCoverTheSources()
    {
        const QString lupdate = QStringLiteral(MASTHEAD_LUPDATE);
        if (!QFileInfo::exists(lupdate))
            QSKIP("lupdate is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &language : {u"de"_s, u"ar"_s}) {
            const QString copy = dir.filePath(u"masthead_%1.ts"_s.arg(language));
            QVERIFY(QFile::copy(sourceDir() + u"/translations/masthead_%1.ts"_s.arg(language), copy));
            QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QProcess run;
            run.setWorkingDirectory(sourceDir());
            run.start(lupdate, {u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"src"_s, u"ui"_s, u"-ts"_s, copy});
            QVERIFY(run.waitForFinished(60000));
            QCOMPARE(run.exitCode(), 0);
            const QString output = QString::fromLocal8Bit(run.readAllStandardOutput());
            QVERIFY2(output.contains(u"(0 new and"_s), qPrintable(language + u": "_s + output));
            QString error;
            const QList<Message> after = readCatalogue(copy, &error);
            const QList<Message> before = readCatalogue(sourceDir() + u"/translations/masthead_%1.ts"_s.arg(language), &error);
            QVERIFY2(after.size() == before.size(),
                     qPrintable(u"%1: %2 strings in the sources, %3 in the catalogue; run "
                                "cmake --build build --target update_translations and translate"_s
                                        .arg(language).arg(after.size()).arg(before.size())));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
