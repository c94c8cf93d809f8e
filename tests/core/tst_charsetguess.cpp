// CharsetGuess: undeclared CJK and Cyrillic bytes are recognised; a little
// Western text, UTF-8, ASCII and empty input give no guess (the callers keep
// their own defaults).

#include "charsetguess.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString japanese =
        u"政府は本日、物価高対策として新たな経済対策を閣議決定した。首相は記者会見で、"
        u"賃上げと投資の拡大を通じて景気の回復を確かなものにしたいと述べた。"
        u"東京都内の商店街では、値上げが続く食料品の価格に不安の声が上がっている。"_s;
const QString korean =
        u"정부는 오늘 물가 대책으로 새로운 경제 대책을 결정했다. 대통령은 기자회견에서 "
        u"임금 인상과 투자 확대를 통해 경기 회복을 확실히 하겠다고 말했다. "
        u"서울 시내 시장에서는 계속 오르는 식료품 가격에 대한 불안의 목소리가 나오고 있다."_s;
const QString chinese =
        u"政府今天宣布了新的经济刺激计划，以应对持续上涨的物价。总理在记者会上表示，"
        u"将通过提高工资和扩大投资来确保经济复苏。北京市内的市场里，消费者对食品价格上涨表示担忧。"_s;
const QString russian =
        u"Правительство сегодня объявило о новых мерах поддержки экономики в связи с ростом цен. "
        u"Премьер-министр заявил на пресс-конференции, что повышение зарплат и рост инвестиций "
        u"обеспечат восстановление экономики. Покупатели на рынках Москвы жалуются на цены."_s;

QByteArray encoded(const char *codec, const QString &text)
{
    QStringEncoder encoder(codec);
    return encoder(text);
}

} // namespace

class tst_CharsetGuess final : public QObject
{
    Q_OBJECT

private slots:
    void recognises_data();
    void recognises();
    void noGuess_data();
    void noGuess();
    void koreanNamedEucKr();
};

void tst_CharsetGuess::recognises_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("euc-jp") << encoded("EUC-JP", japanese) << japanese;
    QTest::newRow("shift_jis") << encoded("Shift_JIS", japanese) << japanese;
    QTest::newRow("euc-kr") << encoded("EUC-KR", korean) << korean;
    // 똠 and 햏 exist only in UHC, EUC-KR's Windows superset
    QTest::newRow("uhc") << encoded("windows-949", korean + u" 똠방각하 햏자"_s)
                         << korean + u" 똠방각하 햏자"_s;
    QTest::newRow("gb18030") << encoded("GB18030", chinese) << chinese;
    QTest::newRow("koi8-r") << encoded("KOI8-R", russian) << russian;
    QTest::newRow("windows-1251") << encoded("windows-1251", russian) << russian;
}

void tst_CharsetGuess::recognises()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!QByteArrayView(bytes).isValidUtf8());
    const QByteArray name = CharsetGuess::guess(bytes);
    QVERIFY2(!name.isEmpty(), QTest::currentDataTag());
    QStringDecoder decoder(name.constData());
    QVERIFY2(decoder.isValid(), name.constData());
    QCOMPARE(QString(decoder(bytes)), text);
    QVERIFY(!decoder.hasError());
}

void tst_CharsetGuess::noGuess_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("ascii") << QByteArray("<p>Plain news text, nothing special.</p>");
    QTest::newRow("utf-8") << japanese.toUtf8();
    QTest::newRow("a little windows-1252")
            << QByteArray("<p>Caf\xe9 cr\xe8me \x97 \x93quoted\x94 \xfc"
                          "ber</p>");
    const QString french =
            u"Le président de la République a annoncé mercredi une réforme économique. Les élèves "
            u"français étudient à l'école; les députés ont débattu pendant des heures à "
            u"l'Assemblée, où l'opposition a dénoncé un projet « inéquitable » et « précipité ». "_s;
    QTest::newRow("much windows-1252") << encoded("windows-1252", french + french + french);
    QTest::newRow("binary junk") << QByteArray("\x00\x01\x02\xff\xfe\x80", 6);
}

void tst_CharsetGuess::noGuess()
{
    QFETCH(QByteArray, bytes);
    const QByteArray name = CharsetGuess::guess(bytes);
    QVERIFY2(name.isEmpty() || name == "windows-1252", name.constData());
}

void tst_CharsetGuess::koreanNamedEucKr()
{
    // what the feed most likely declared, had it declared anything
    QCOMPARE(CharsetGuess::guess(encoded("EUC-KR", korean)), QByteArray("euc-kr"));
}

QTEST_GUILESS_MAIN(tst_CharsetGuess)
#include "tst_charsetguess.moc"
